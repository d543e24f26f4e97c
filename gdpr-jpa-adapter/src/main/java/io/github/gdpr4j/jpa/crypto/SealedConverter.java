package io.github.gdpr4j.jpa.crypto;

import jakarta.persistence.AttributeConverter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Converts a {@link Sealed} attribute to its AES-256-GCM column text (format in {@link
 * SubjectCipher}) and back. The converter finds the subject's key from the value when writing (a
 * {@link Sealed} knows its subject) and from the key id inside the column text when reading; a
 * shredded key reads as a {@link Sealed#isShredded() shredded} value instead of failing the load.
 *
 * <p>It needs the {@link SubjectCipher}: pass {@link CryptoShredding#properties} to the persistence
 * unit (a Hibernate bean container that hands this converter its cipher), or, with CDI or Spring,
 * make the container build it with {@link #SealedConverter(SubjectCipher)}. Thread-safe.
 */
public final class SealedConverter implements AttributeConverter<Sealed, String> {
  private final @Nullable SubjectCipher cipher;

  /** For providers that instantiate converters reflectively: fails at first use, explaining why. */
  public SealedConverter() {
    this.cipher = null;
  }

  /**
   * Creates the converter.
   *
   * @param cipher the cipher
   */
  public SealedConverter(SubjectCipher cipher) {
    this.cipher = Objects.requireNonNull(cipher, "cipher");
  }

  private SubjectCipher cipher() {
    if (cipher == null) {
      throw new IllegalStateException(
          "SealedConverter has no SubjectCipher: add CryptoShredding.properties(cipher) to the"
              + " persistence unit properties");
    }
    return cipher;
  }

  @Override
  public @Nullable String convertToDatabaseColumn(@Nullable Sealed attribute) {
    if (attribute == null) {
      return null;
    }
    String stored = attribute.ciphertext();
    if (stored != null) {
      return stored; // unchanged since it was read: keep the ciphertext (and a shredded one stays)
    }
    return cipher()
        .encrypt(Objects.requireNonNull(attribute.subject()), attribute.value().orElseThrow());
  }

  @Override
  public @Nullable Sealed convertToEntityAttribute(@Nullable String column) {
    if (column == null) {
      return null;
    }
    return Sealed.read(column, cipher().decrypt(column).orElse(null));
  }
}
