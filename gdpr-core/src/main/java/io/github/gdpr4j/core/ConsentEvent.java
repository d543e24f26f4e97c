package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One event in the history of a subject's consent for one purpose: the unit of the consent ledger.
 * Consent is recorded per purpose, never bundled (Art. 7(2), EDPB Guidelines 05/2020 §3.2).
 *
 * <p>Events that make consent valid ({@link ConsentEventType#grants()}) must carry the proof the
 * controller needs under Art. 7(1): the proof reference, and for GIVEN and RENEWED the notice
 * shown; a REQUESTED event must carry the notice too.
 *
 * @param subject the data subject
 * @param purpose the purpose consent is about
 * @param type what happened
 * @param at when it happened (the subject's act, not the time of recording)
 * @param channel how it was collected
 * @param collectedBy the user or system id that collected it; 1 to 128 characters
 * @param notice the notice shown; required for REQUESTED, GIVEN and RENEWED
 * @param proofReference the id of the evidence (form submission id, confirmation token id, call
 *     reference); required for GIVEN, CONFIRMED and RENEWED; 1 to 256 characters
 * @param expiresAt when the consent must be refreshed; only for GIVEN, CONFIRMED and RENEWED, and
 *     after {@code at}
 */
public record ConsentEvent(
    SubjectId subject,
    PurposeId purpose,
    ConsentEventType type,
    Instant at,
    ConsentChannel channel,
    String collectedBy,
    @Nullable ConsentNotice notice,
    @Nullable String proofReference,
    @Nullable Instant expiresAt) {

  /** The longest accepted proof reference. */
  public static final int MAX_PROOF_LENGTH = 256;

  /**
   * Validates the event.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a component required by {@code type} is missing, an expiry
   *     is given for a type that does not grant consent or is not after {@code at}, or an id is
   *     malformed; the message names the subject, purpose and type
   */
  public ConsentEvent {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(collectedBy, "collectedBy");
    Ids.check("consent collectedBy", collectedBy, 128);
    String where = " (subject " + subject + ", purpose " + purpose + ", " + type + ")";
    boolean needsNotice =
        type == ConsentEventType.REQUESTED
            || type == ConsentEventType.GIVEN
            || type == ConsentEventType.RENEWED;
    if (needsNotice && notice == null) {
      throw new IllegalArgumentException(
          "a consent event must name the notice shown (Art. 7(2))" + where);
    }
    if (type.grants() && proofReference == null) {
      throw new IllegalArgumentException(
          "a consent event that grants consent needs a proof reference (Art. 7(1))" + where);
    }
    if (proofReference != null) {
      Ids.check("consent proofReference", proofReference, MAX_PROOF_LENGTH);
    }
    if (expiresAt != null) {
      if (!type.grants()) {
        throw new IllegalArgumentException(
            "only an event that grants consent may carry an expiry" + where);
      }
      if (!expiresAt.isAfter(at)) {
        throw new IllegalArgumentException("consent expiry must be after the event" + where);
      }
    }
  }

  /**
   * Returns the state this event implies at {@code instant}, which must not be before {@link
   * #at()}: the event's resulting state, or {@link ConsentStatus#EXPIRED} once its expiry date is
   * reached.
   *
   * @param instant the instant
   * @return the implied state
   */
  public ConsentStatus statusAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (expiresAt != null && !instant.isBefore(expiresAt)) {
      return ConsentStatus.EXPIRED;
    }
    return type.resultingStatus();
  }

  /**
   * Returns the notice shown.
   *
   * @return the notice, or empty
   */
  public Optional<ConsentNotice> noticeShown() {
    return Optional.ofNullable(notice);
  }

  /**
   * Returns the proof reference.
   *
   * @return the reference, or empty
   */
  public Optional<String> proof() {
    return Optional.ofNullable(proofReference);
  }

  /**
   * Returns the expiry or refresh date.
   *
   * @return the instant, or empty
   */
  public Optional<Instant> expiry() {
    return Optional.ofNullable(expiresAt);
  }
}
