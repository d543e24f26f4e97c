package io.github.gdpr4j.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A clock the tour moves forward ("three years later"); the SDK reads time only from the {@link
 * Clock} it is given. Thread-safe.
 */
public final class DemoClock extends Clock {
  private volatile Instant now;

  /**
   * Creates a clock stopped at {@code start}.
   *
   * @param start the initial instant
   */
  public DemoClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /**
   * Moves the clock forward by a duration.
   *
   * @param duration how far
   */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /**
   * Moves the clock forward by a calendar period, in UTC.
   *
   * @param period how far
   */
  public void advance(Period period) {
    now = ZonedDateTime.ofInstant(now, ZoneOffset.UTC).plus(period).toInstant();
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }
}
