package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A legal hold: data needed for the establishment, exercise or defence of legal claims is kept
 * beyond its retention period (Art. 17(3)(e)). While a hold is active, a due retention action is
 * suspended; the hold does not extend the period, so a record that became due during the hold is
 * due as soon as the hold is lifted.
 *
 * @param reference the controller's reference for the hold (a case or ticket number, never a
 *     person's name); 1 to 128 characters
 * @param placedAt when the hold was placed
 * @param liftedAt when it was lifted, or null while it is in force
 */
public record LegalHold(String reference, Instant placedAt, @Nullable Instant liftedAt) {

  /**
   * Validates the hold.
   *
   * @throws NullPointerException if {@code reference} or {@code placedAt} is null
   * @throws IllegalArgumentException if the reference is blank, too long or holds control
   *     characters, or if the hold is lifted before it was placed
   */
  public LegalHold {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(placedAt, "placedAt");
    Ids.check("legal hold reference", reference, 128);
    if (liftedAt != null && liftedAt.isBefore(placedAt)) {
      throw new IllegalArgumentException(
          "legal hold '" + reference + "' cannot be lifted before it was placed");
    }
  }

  /**
   * A hold in force since {@code placedAt}.
   *
   * @param reference the controller's case reference
   * @param placedAt when the hold was placed
   * @return the hold
   */
  public static LegalHold placed(String reference, Instant placedAt) {
    return new LegalHold(reference, placedAt, null);
  }

  /**
   * Returns this hold, lifted at {@code at}.
   *
   * @param at when the hold was lifted
   * @return the lifted hold
   * @throws IllegalArgumentException if {@code at} is before the hold was placed
   */
  public LegalHold liftedAt(Instant at) {
    return new LegalHold(reference, placedAt, Objects.requireNonNull(at, "at"));
  }

  /**
   * Tells whether the hold is in force at {@code at}: placed at or before it and not yet lifted.
   *
   * @param at the instant
   * @return true while the hold suspends retention actions
   */
  public boolean isActiveAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return !placedAt.isAfter(at) && (liftedAt == null || at.isBefore(liftedAt));
  }

  /**
   * Returns when the hold was lifted.
   *
   * @return the instant, or empty while in force
   */
  public Optional<Instant> lifted() {
    return Optional.ofNullable(liftedAt);
  }
}
