package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link RetentionRule#evaluate}: whether a record may still be kept (Art. 5(1)(e)),
 * and if not, since when and what must happen to it.
 *
 * @param state the state
 * @param startedAt when the retention period started; null for {@link State#NOT_STARTED} and {@link
 *     State#UNKNOWN}
 * @param dueAt when {@code action} became or becomes due; null when not started or unknown
 * @param action the action that is due ({@link State#DUE}), suspended ({@link State#SUSPENDED}) or
 *     next ({@link State#RUNNING}); for an archive rule past its archive period this is {@link
 *     RetentionAction#DELETE} (the purge). Null when not started or unknown
 * @param activeHolds the legal holds in force at the evaluated instant
 * @param missingEvent for {@link State#UNKNOWN} and {@link State#NOT_STARTED}: the event the period
 *     runs from that the facts do not know (a custom event by its name); null otherwise
 */
public record RetentionStatus(
    State state,
    @Nullable Instant startedAt,
    @Nullable Instant dueAt,
    @Nullable RetentionAction action,
    List<LegalHold> activeHolds,
    @Nullable String missingEvent) {

  /** Where a record stands against its retention rule. */
  public enum State {
    /**
     * The event the period runs from has not happened: the relationship is ongoing, the consent was
     * not withdrawn, the custom event has not occurred. The record may be kept.
     */
    NOT_STARTED,
    /** The period is running and not over. The record may be kept. */
    RUNNING,
    /** The period is over: {@link #action()} must be applied since {@link #dueAt()}. */
    DUE,
    /** The period is over but a legal hold suspends the action (Art. 17(3)(e)). */
    SUSPENDED,
    /**
     * The start cannot be determined: the facts do not know when the data was collected. The record
     * cannot be shown to be within its period; callers should treat it as needing review.
     */
    UNKNOWN
  }

  /**
   * Validates the status.
   *
   * @throws NullPointerException if {@code state} or {@code activeHolds} is null
   * @throws IllegalArgumentException if the instants and action do not fit the state
   */
  public RetentionStatus {
    Objects.requireNonNull(state, "state");
    activeHolds = List.copyOf(activeHolds);
    boolean timed = state == State.RUNNING || state == State.DUE || state == State.SUSPENDED;
    if (timed != (startedAt != null && dueAt != null && action != null)) {
      throw new IllegalArgumentException(
          "startedAt, dueAt and action must be given exactly for RUNNING, DUE and SUSPENDED,"
              + " got state "
              + state);
    }
    if (state == State.SUSPENDED && activeHolds.isEmpty()) {
      throw new IllegalArgumentException("a SUSPENDED status needs an active legal hold");
    }
  }

  /**
   * Tells whether the action must be applied now.
   *
   * @return true only for {@link State#DUE}
   */
  public boolean isDue() {
    return state == State.DUE;
  }

  /**
   * Tells whether the record may still be processed under its retention rule: the period has not
   * started or is running. A suspended record is kept for legal claims only, not processed.
   *
   * @return true for {@link State#NOT_STARTED} and {@link State#RUNNING}
   */
  public boolean isWithinRetention() {
    return state == State.NOT_STARTED || state == State.RUNNING;
  }

  /**
   * Returns when the period started.
   *
   * @return the instant, or empty when not started or unknown
   */
  public Optional<Instant> started() {
    return Optional.ofNullable(startedAt);
  }

  /**
   * Returns when the action became or becomes due.
   *
   * @return the instant, or empty when not started or unknown
   */
  public Optional<Instant> due() {
    return Optional.ofNullable(dueAt);
  }

  /**
   * Returns the action due, suspended or next.
   *
   * @return the action, or empty when not started or unknown
   */
  public Optional<RetentionAction> dueAction() {
    return Optional.ofNullable(action);
  }
}
