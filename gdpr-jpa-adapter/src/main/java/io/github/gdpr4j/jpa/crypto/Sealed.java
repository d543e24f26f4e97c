package io.github.gdpr4j.jpa.crypto;

import io.github.gdpr4j.core.SubjectId;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A personal value stored encrypted under its subject's key, for an entity attribute converted by
 * {@link SealedConverter}. Create one with {@link #of}; a value read back after the key was
 * shredded {@link #isShredded() is shredded}: {@link #value()} is empty, and no exception is thrown
 * while loading. Immutable; {@link #toString()} shows no value.
 *
 * <pre>{@code
 * @Convert(converter = SealedConverter.class) Sealed email;
 * contact.email = Sealed.of(SubjectId.of("42"), "ada@example.org");
 * }</pre>
 */
@Immutable
public final class Sealed {
  private final @Nullable SubjectId subject;
  private final @Nullable String value;
  private final @Nullable String ciphertext;

  private Sealed(@Nullable SubjectId subject, @Nullable String value, @Nullable String ciphertext) {
    this.subject = subject;
    this.value = value;
    this.ciphertext = ciphertext;
  }

  /**
   * A new value of a subject, encrypted under the subject's key when flushed.
   *
   * @param subject the subject the value belongs to
   * @param value the value
   * @return the sealed value
   */
  public static Sealed of(SubjectId subject, String value) {
    return new Sealed(
        Objects.requireNonNull(subject, "subject"), Objects.requireNonNull(value, "value"), null);
  }

  static Sealed read(String ciphertext, @Nullable String value) {
    return new Sealed(null, value, ciphertext);
  }

  /**
   * Returns the value.
   *
   * @return the value, or empty if its key was shredded
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Tells whether the key was shredded, so that the value is gone for good (Art. 17).
   *
   * @return true if shredded
   */
  public boolean isShredded() {
    return value == null;
  }

  @Nullable SubjectId subject() {
    return subject;
  }

  @Nullable String ciphertext() {
    return ciphertext;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sealed s
        && Objects.equals(value, s.value)
        && (value != null || Objects.equals(ciphertext, s.ciphertext));
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return isShredded() ? "Sealed[shredded]" : "Sealed[***]";
  }
}
