package io.github.gdpr4j.core;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
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
 *     <p><b>Evaluation.</b> {@link #evaluate(RetentionFacts, Instant)} reads the facts known about
 *     a record and tells whether it is due:
 *     <ul>
 *       <li>The period starts at the instant of {@link #from()}. For {@link
 *           RetentionEvent#LAST_CONTACT_BY_SUBJECT} and {@link RetentionEvent#LAST_PURCHASE} it
 *           starts at the later of that event and {@link RetentionEvent#COLLECTION}: a subject who
 *           never replied or bought is counted from collection (CNIL 2021-131: "à compter de la
 *           collecte ou du dernier contact émanant du prospect").
 *       <li>A missing {@link RetentionEvent#COLLECTION} (or, for the two "last" events, a missing
 *           event and collection) gives {@link RetentionStatus.State#UNKNOWN}: nothing proves the
 *           record is within its period. A missing end event ({@link
 *           RetentionEvent#END_OF_RELATIONSHIP}, {@link RetentionEvent#CONSENT_WITHDRAWAL}, a
 *           custom event) gives {@link RetentionStatus.State#NOT_STARTED}: the relationship is
 *           ongoing and the clock has not started.
 *       <li>Facts later than the evaluated instant are treated as not yet happened, so a record can
 *           be evaluated as of a past instant.
 *       <li>The end is computed by adding {@link #duration()} to the start as a local date-time in
 *           a time zone ({@link ZoneOffset#UTC} unless given), so that "3 years" is three calendar
 *           years whatever the leap days, and 29 February plus one year is 28 February. The record
 *           is due from that instant on; a zero duration makes it due as soon as the event has
 *           happened. UTC is the default because it needs no configuration and differs from a
 *           controller's local reading by hours only; a controller whose authority counts in local
 *           days passes its zone.
 *       <li>For {@link RetentionAction#ARCHIVE}, once the archive period is over as well the due
 *           action becomes {@link RetentionAction#DELETE} (the purge).
 *       <li>A due action is {@link RetentionStatus.State#SUSPENDED} while a legal hold is in force
 *           (Art. 17(3)(e)); holds do not extend the period.
 *     </ul>
 *
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

  /**
   * Evaluates the rule for one record at {@code now}, counting in UTC.
   *
   * @param facts what is known about the record
   * @param now the instant to evaluate at, normally from the injected clock
   * @return the status; never null
   * @see #evaluate(RetentionFacts, Instant, ZoneId)
   */
  public RetentionStatus evaluate(RetentionFacts facts, Instant now) {
    return evaluate(facts, now, ZoneOffset.UTC);
  }

  /**
   * Evaluates the rule for one record at {@code now}, adding periods to local date-times in {@code
   * zone}. Pure and thread-safe.
   *
   * @param facts what is known about the record
   * @param now the instant to evaluate at
   * @param zone the zone whose calendar the periods are counted in
   * @return the status; never null
   * @throws NullPointerException if an argument is null
   */
  public RetentionStatus evaluate(RetentionFacts facts, Instant now, ZoneId zone) {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    List<LegalHold> holds = facts.activeHoldsAt(now);
    Instant collected = happened(facts.instantOf(RetentionEvent.COLLECTION), now);
    Instant start;
    switch (from) {
      case COLLECTION:
        start = collected;
        if (start == null) {
          return new RetentionStatus(
              RetentionStatus.State.UNKNOWN, null, null, null, holds, from.name());
        }
        break;
      case LAST_CONTACT_BY_SUBJECT:
      case LAST_PURCHASE:
        start = later(happened(facts.instantOf(from), now), collected);
        if (start == null) {
          return new RetentionStatus(
              RetentionStatus.State.UNKNOWN, null, null, null, holds, from.name());
        }
        break;
      case CUSTOM:
        start = happened(facts.instantOfCustom(Objects.requireNonNull(customEvent)), now);
        if (start == null) {
          return new RetentionStatus(
              RetentionStatus.State.NOT_STARTED, null, null, null, holds, customEvent);
        }
        break;
      default: // END_OF_RELATIONSHIP, CONSENT_WITHDRAWAL
        start = happened(facts.instantOf(from), now);
        if (start == null) {
          return new RetentionStatus(
              RetentionStatus.State.NOT_STARTED, null, null, null, holds, from.name());
        }
        break;
    }
    Instant end = plus(start, duration, zone);
    RetentionAction dueAction = action;
    Instant dueAt = end;
    if (action == RetentionAction.ARCHIVE) {
      Instant purgeAt = plus(end, Objects.requireNonNull(purgeAfter), zone);
      if (!now.isBefore(purgeAt)) {
        dueAction = RetentionAction.DELETE;
        dueAt = purgeAt;
      }
    }
    RetentionStatus.State state;
    if (now.isBefore(end)) {
      state = RetentionStatus.State.RUNNING;
    } else if (holds.isEmpty()) {
      state = RetentionStatus.State.DUE;
    } else {
      state = RetentionStatus.State.SUSPENDED;
    }
    return new RetentionStatus(state, start, dueAt, dueAction, holds, null);
  }

  private static @Nullable Instant happened(Optional<Instant> at, Instant now) {
    return at.filter(i -> !i.isAfter(now)).orElse(null);
  }

  private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isAfter(b) ? a : b;
  }

  private static Instant plus(Instant start, Period period, ZoneId zone) {
    return start.atZone(zone).plus(period).toInstant();
  }
}
