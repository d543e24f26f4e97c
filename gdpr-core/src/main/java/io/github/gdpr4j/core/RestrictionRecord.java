package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the restriction register (Art. 18): a restriction placed or lifted on one ground. A
 * subject may be restricted on several grounds at once; each is lifted separately.
 *
 * @param subject the data subject
 * @param ground the Art. 18(1) ground
 * @param type placed or lifted
 * @param at when it happened
 * @param actor the user or system id that recorded it
 */
public record RestrictionRecord(
    SubjectId subject,
    RestrictionGround ground,
    RestrictionEventType type,
    Instant at,
    String actor) {

  /**
   * Validates the record.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the actor is not a valid id
   */
  public RestrictionRecord {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Ids.check("restriction actor", actor, 128);
  }
}
