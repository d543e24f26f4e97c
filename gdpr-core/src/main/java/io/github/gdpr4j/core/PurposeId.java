package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * The stable identifier of a processing purpose (finalité), such as {@code prospecting} or {@code
 * newsletter}. Purposes are declared once in the {@code PurposeRegistry}; the id is what code,
 * annotations, consent records and audit events refer to.
 *
 * @param value 1 to 64 characters: a lower-case ASCII letter, then lower-case letters, digits,
 *     {@code -}, {@code _} or {@code .}
 */
public record PurposeId(String value) {

  /** The longest accepted id. */
  public static final int MAX_LENGTH = 64;

  /**
   * Validates the id.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it does not follow the documented form, naming the value
   */
  public PurposeId {
    Objects.requireNonNull(value, "purpose id");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "purpose id must have 1 to " + MAX_LENGTH + " characters: '" + value + "'");
    }
    char first = value.charAt(0);
    if (first < 'a' || first > 'z') {
      throw new IllegalArgumentException(
          "purpose id must start with a lower-case ASCII letter: '" + value + "'");
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
      if (!ok) {
        throw new IllegalArgumentException(
            "purpose id may hold only a-z, 0-9, '-', '_' and '.': '"
                + value
                + "' (index "
                + i
                + ")");
      }
    }
  }

  /**
   * Returns the purpose id for {@code value}.
   *
   * @param value the id, for example {@code "newsletter"}
   * @return the validated id
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public static PurposeId of(String value) {
    return new PurposeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
