package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * The identifier of a data subject (Art. 4(1)) as the host application knows it: a contact id, a
 * customer number. It is a pseudonymous key, never the person's name or e-mail.
 *
 * @param value 1 to 128 characters, no control characters, not blank
 */
public record SubjectId(String value) {

  /** The longest accepted identifier. */
  public static final int MAX_LENGTH = 128;

  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank, too long or holds control characters
   */
  public SubjectId {
    Objects.requireNonNull(value, "subject id");
    Ids.check("subject id", value, MAX_LENGTH);
  }

  /**
   * Returns the subject id for {@code value}.
   *
   * @param value the host application's identifier
   * @return the validated id
   * @throws IllegalArgumentException if the value is not a valid id
   */
  public static SubjectId of(String value) {
    return new SubjectId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
