package io.github.gdpr4j.core.tck;

import io.github.gdpr4j.core.ConsentChannel;
import io.github.gdpr4j.core.ConsentEvent;
import io.github.gdpr4j.core.ConsentEventType;
import io.github.gdpr4j.core.ConsentNotice;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.SubjectId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Valid consent events for tests and for the contract tests of store implementations. */
public final class ConsentEvents {

  /** A notice used by every fixture event. */
  public static final ConsentNotice NOTICE = ConsentNotice.of("notice-v1", "We will e-mail you.");

  private ConsentEvents() {}

  /**
   * Returns a valid event of {@code type}: notice and proof where the type needs them, no expiry.
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param type the type
   * @param at the instant
   * @return the event
   */
  public static ConsentEvent of(
      SubjectId subject, PurposeId purpose, ConsentEventType type, Instant at) {
    return of(subject, purpose, type, at, null);
  }

  /**
   * Returns a valid event of {@code type} with an optional expiry (ignored for types that do not
   * grant consent).
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param type the type
   * @param at the instant
   * @param expiresAt the expiry, or null
   * @return the event
   */
  public static ConsentEvent of(
      SubjectId subject,
      PurposeId purpose,
      ConsentEventType type,
      Instant at,
      @Nullable Instant expiresAt) {
    boolean notice =
        type == ConsentEventType.REQUESTED
            || type == ConsentEventType.GIVEN
            || type == ConsentEventType.RENEWED;
    return new ConsentEvent(
        subject,
        purpose,
        type,
        at,
        ConsentChannel.WEB_FORM,
        "signup-form",
        notice ? NOTICE : null,
        type.grants() ? "proof-" + at.toEpochMilli() : null,
        type.grants() ? expiresAt : null);
  }

  /**
   * Returns a GIVEN event.
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param at the instant
   * @return the event
   */
  public static ConsentEvent given(SubjectId subject, PurposeId purpose, Instant at) {
    return of(subject, purpose, ConsentEventType.GIVEN, at);
  }

  /**
   * Returns a WITHDRAWN event.
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param at the instant
   * @return the event
   */
  public static ConsentEvent withdrawn(SubjectId subject, PurposeId purpose, Instant at) {
    return of(subject, purpose, ConsentEventType.WITHDRAWN, at);
  }
}
