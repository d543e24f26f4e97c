package io.github.gdpr4j.jpa.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One subject key of {@link JpaSubjectKeyStore} ({@code gdpr_subject_key}); deleting the row shreds
 * every value encrypted under it.
 */
@Entity
@Table(name = "gdpr_subject_key")
public class SubjectKeyRow {
  @Id
  @Column(name = "subject_id", length = 128)
  String subjectId;

  @Column(name = "key_id", nullable = false, unique = true, length = 64)
  String keyId;

  @Column(name = "key_bytes", nullable = false, length = 32)
  byte[] key;

  /** For JPA. */
  protected SubjectKeyRow() {}

  SubjectKeyRow(String subjectId, String keyId, byte[] key) {
    this.subjectId = subjectId;
    this.keyId = keyId;
    this.key = key.clone();
  }

  @Override
  public String toString() {
    return "SubjectKeyRow[" + keyId + "]";
  }
}
