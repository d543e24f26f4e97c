package io.github.gdpr4j.core;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How long data kept for a purpose may be stored (Art. 5(1)(e)), from which event, and what happens
 * when the period is over.
 *
 * @param duration how long after {@code from} the data may be kept; zero means "as soon as the
 *     event has happened"
 * @param from the event the period runs from
 * @param customEvent the host application's name of the event, required iff {@code from} is {@link
 *     RetentionEvent#CUSTOM}
 * @param action what happens when the period is over
 * @param purgeAfter for {@link RetentionAction#ARCHIVE}: how long the archive is kept before it is
 *     purged; required for ARCHIVE, absent otherwise
 */
public record RetentionRule(
    Period duration,
    RetentionEvent from,
    @Nullable String customEvent,
    RetentionAction action,
    @Nullable Period purgeAfter) {

  /**
   * Validates the rule.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a period is negative, a custom event has no name, or the
   *     archive period is missing for ARCHIVE or given for another action
   */
  public RetentionRule {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("retention duration must not be negative: " + duration);
    }
    if ((from == RetentionEvent.CUSTOM) != (customEvent != null)) {
      throw new IllegalArgumentException(
          "customEvent must be named exactly when the rule runs from a CUSTOM event");
    }
    if (customEvent != null && customEvent.isBlank()) {
      throw new IllegalArgumentException("customEvent must not be blank");
    }
    if ((action == RetentionAction.ARCHIVE) != (purgeAfter != null)) {
      throw new IllegalArgumentException(
          "purgeAfter must be given exactly when the action is ARCHIVE, got action " + action);
    }
    if (purgeAfter != null && purgeAfter.isNegative()) {
      throw new IllegalArgumentException("purgeAfter must not be negative: " + purgeAfter);
    }
  }

  /**
   * A rule that deletes or anonymises data {@code duration} after {@code from}.
   *
   * @param duration the retention period
   * @param from the event it runs from (not CUSTOM: use {@link #custom})
   * @param action DELETE or ANONYMISE (for ARCHIVE use {@link #archive})
   * @return the rule
   */
  public static RetentionRule of(Period duration, RetentionEvent from, RetentionAction action) {
    return new RetentionRule(duration, from, null, action, null);
  }

  /**
   * A rule that moves data to an intermediate archive {@code duration} after {@code from}, then
   * purges it {@code purgeAfter} later.
   *
   * @param duration the active-base retention period
   * @param from the event it runs from
   * @param purgeAfter how long the archive is kept
   * @return the rule
   */
  public static RetentionRule archive(Period duration, RetentionEvent from, Period purgeAfter) {
    return new RetentionRule(duration, from, null, RetentionAction.ARCHIVE, purgeAfter);
  }

  /**
   * A rule that runs from an event the host application names.
   *
   * @param duration the retention period
   * @param eventName the event's name, such as {@code "warranty-end"}
   * @param action DELETE or ANONYMISE
   * @return the rule
   */
  public static RetentionRule custom(Period duration, String eventName, RetentionAction action) {
    return new RetentionRule(duration, RetentionEvent.CUSTOM, eventName, action, null);
  }

  /**
   * Returns the archive period of an ARCHIVE rule.
   *
   * @return the period, or empty for other actions
   */
  public Optional<Period> archivePeriod() {
    return Optional.ofNullable(purgeAfter);
  }
}
