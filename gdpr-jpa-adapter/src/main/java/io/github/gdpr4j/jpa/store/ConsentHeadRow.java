package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.SubjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of one subject's consent chain ({@code gdpr_consent_head}): the row appends lock, so
 * that two writers, in this JVM or another, never give two events the same sequence.
 */
@Entity(name = "Gdpr4jConsentHead")
@Table(name = "gdpr_consent_head")
class ConsentHeadRow {
  @Id
  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false)
  String subjectId;

  @Column(name = "last_seq", nullable = false)
  long lastSequence;

  @Column(name = "last_hash", length = 64, nullable = false)
  String lastHash;

  /** For JPA. */
  ConsentHeadRow() {
    subjectId = "";
    lastHash = "";
  }

  ConsentHeadRow(String subjectId, long lastSequence, String lastHash) {
    this.subjectId = subjectId;
    this.lastSequence = lastSequence;
    this.lastHash = lastHash;
  }
}
