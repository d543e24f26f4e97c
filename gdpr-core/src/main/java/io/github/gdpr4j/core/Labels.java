package io.github.gdpr4j.core;

import java.util.Objects;

/** Validation of the free-text labels of the purpose model; messages name the field. */
final class Labels {
  /** The longest accepted label (categories, recipients, references). */
  static final int MAX_LABEL = 200;

  /** The longest accepted description or assessment text. */
  static final int MAX_TEXT = 4000;

  private Labels() {}

  static String label(String what, String value) {
    Objects.requireNonNull(value, what);
    Ids.check(what, value, MAX_LABEL);
    return value;
  }

  /** Like {@link #label} but longer and allowing line breaks and tabs. */
  static String text(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_TEXT + " characters, got " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new IllegalArgumentException(
            what + " must not contain control characters (at index " + i + ")");
      }
    }
    return value;
  }
}
