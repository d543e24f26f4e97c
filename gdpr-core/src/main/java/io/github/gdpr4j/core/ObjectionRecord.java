package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the objection register (Art. 21): an objection lodged, overridden or withdrawn, for
 * one purpose or for all direct marketing.
 *
 * @param subject the data subject
 * @param purpose the purpose objected to, or null for "all direct marketing" (Art. 21(2))
 * @param type what happened
 * @param at when it happened
 * @param actor the user or system id that recorded it
 * @param grounds for OVERRIDDEN only: the controller's compelling legitimate grounds (Art. 21(1));
 *     required then, absent otherwise. Redacted from {@link #toString()}: free text may name people
 */
public record ObjectionRecord(
    SubjectId subject,
    @Nullable PurposeId purpose,
    ObjectionEventType type,
    Instant at,
    String actor,
    @Nullable String grounds) {

  /** The longest accepted statement of grounds. */
  public static final int MAX_GROUNDS_LENGTH = 4000;

  /**
   * Validates the record.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if grounds are missing for OVERRIDDEN or given otherwise, if
   *     an objection to all direct marketing is overridden (Art. 21(3)), or the actor is invalid
   */
  public ObjectionRecord {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Ids.check("objection actor", actor, 128);
    if ((type == ObjectionEventType.OVERRIDDEN) != (grounds != null)) {
      throw new IllegalArgumentException(
          "objection grounds must be given exactly when the objection is OVERRIDDEN (subject "
              + subject
              + ", "
              + type
              + ")");
    }
    if (grounds != null && (grounds.isBlank() || grounds.length() > MAX_GROUNDS_LENGTH)) {
      throw new IllegalArgumentException(
          "objection grounds must be 1 to " + MAX_GROUNDS_LENGTH + " characters, not blank");
    }
    if (purpose == null && type == ObjectionEventType.OVERRIDDEN) {
      throw new IllegalArgumentException(
          "an objection to direct marketing cannot be overridden (Art. 21(3)), subject " + subject);
    }
  }

  /**
   * Tells whether this record is about all direct marketing rather than one purpose.
   *
   * @return true when {@code purpose} is null
   */
  public boolean allDirectMarketing() {
    return purpose == null;
  }

  /**
   * Returns the purpose objected to.
   *
   * @return the purpose, or empty for all direct marketing
   */
  public Optional<PurposeId> purposeId() {
    return Optional.ofNullable(purpose);
  }

  /**
   * Returns the grounds of an override.
   *
   * @return the grounds, or empty
   */
  public Optional<String> overrideGrounds() {
    return Optional.ofNullable(grounds);
  }

  @Override
  public String toString() {
    return "ObjectionRecord[subject="
        + subject
        + ", purpose="
        + (purpose == null ? "ALL_DIRECT_MARKETING" : purpose)
        + ", type="
        + type
        + ", at="
        + at
        + ", actor="
        + actor
        + (grounds == null ? "" : ", grounds=<redacted>")
        + "]";
  }
}
