package io.github.gdpr4j.jpa.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Instants as nanoseconds since the epoch in a {@code BIGINT}: exact on every database (timestamp
 * columns round to microseconds on PostgreSQL and MariaDB, which would break the consent hash
 * chain, whose hashes cover the exact instant) and free of time-zone conversions. Covers the years
 * 1678 to 2262.
 */
final class EpochNanos {
  private EpochNanos() {}

  static long of(Instant at) {
    try {
      return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("instant out of the storable range 1678-2262: " + at, e);
    }
  }

  static @Nullable Long ofNullable(@Nullable Instant at) {
    return at == null ? null : of(at);
  }

  static Instant toInstant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  static @Nullable Instant toInstant(@Nullable Long nanos) {
    return nanos == null ? null : toInstant(nanos.longValue());
  }
}
