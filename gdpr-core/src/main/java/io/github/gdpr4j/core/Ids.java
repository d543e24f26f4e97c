package io.github.gdpr4j.core;

/** Shared validation of identifiers; messages never echo the value in full. */
final class Ids {
  private Ids() {}

  static void check(String what, String value, int maxLength) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          what + " must be at most " + maxLength + " characters, got " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            what + " must not contain control characters (at index " + i + ")");
      }
    }
  }
}
