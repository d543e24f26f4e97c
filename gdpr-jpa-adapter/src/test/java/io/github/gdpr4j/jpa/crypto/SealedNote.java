package io.github.gdpr4j.jpa.crypto;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note whose text is encrypted under its subject's key. */
@Entity
@Table(name = "crypto_sealed_note")
public class SealedNote {
  @Id Long id;

  @Convert(converter = SealedConverter.class)
  Sealed text;

  /** For JPA. */
  protected SealedNote() {}

  public SealedNote(Long id, Sealed text) {
    this.id = id;
    this.text = text;
  }
}
