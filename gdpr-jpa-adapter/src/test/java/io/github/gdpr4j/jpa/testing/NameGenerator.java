package io.github.gdpr4j.jpa.testing;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Names isolated test namespaces {@code gdpr4j_t<epoch seconds>_<random>}: lower-case, unquoted
 * identifiers valid on H2, PostgreSQL and MariaDB, unique across concurrent runs, and datable so
 * that leftovers of killed runs can be recognised.
 */
final class NameGenerator {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration STALE_AFTER = Duration.ofHours(1);

  private NameGenerator() {}

  static String next() {
    byte[] bytes = new byte[5];
    RANDOM.nextBytes(bytes);
    return Database.NAME_PREFIX
        + Instant.now().getEpochSecond()
        + "_"
        + HexFormat.of().formatHex(bytes);
  }

  static boolean isStale(String name) {
    if (!name.startsWith(Database.NAME_PREFIX)) {
      return false;
    }
    int underscore = name.indexOf('_', Database.NAME_PREFIX.length());
    if (underscore < 0) {
      return false;
    }
    try {
      long created = Long.parseLong(name.substring(Database.NAME_PREFIX.length(), underscore));
      return Instant.ofEpochSecond(created).plus(STALE_AFTER).isBefore(Instant.now());
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
