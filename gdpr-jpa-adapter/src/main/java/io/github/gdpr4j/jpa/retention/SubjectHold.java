package io.github.gdpr4j.jpa.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reason not to sweep a subject's rows ({@code gdpr_subject_hold}): a legal hold (Art. 17(3)(e),
 * litigation) or an open rights request (the data must stay as it is until the request is answered,
 * Art. 12(3), Art. 15). Managed through {@link SubjectHolds}; add it to the persistence unit with
 * {@link RetentionSweeper#entityClasses()}.
 */
@Entity
@Table(
    name = "gdpr_subject_hold",
    indexes = @Index(name = "gdpr_subject_hold_subject", columnList = "subject_id, lifted_at"))
public class SubjectHold {

  /** Why a subject is held. */
  public enum Kind {
    /** A legal hold (Art. 17(3)(e)): establishment, exercise or defence of legal claims. */
    LEGAL_HOLD,
    /** An open data-subject request (Art. 12 to 22). */
    RIGHTS_REQUEST
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @Column(name = "subject_id", nullable = false, length = 128)
  String subjectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "hold_kind", nullable = false, length = 16)
  Kind kind;

  @Column(name = "reference", nullable = false, length = 128)
  String reference;

  @Column(name = "placed_at", nullable = false)
  Instant placedAt;

  @Column(name = "lifted_at")
  Instant liftedAt;

  /** For JPA. */
  protected SubjectHold() {}

  SubjectHold(String subjectId, Kind kind, String reference, Instant placedAt) {
    this.subjectId = subjectId;
    this.kind = kind;
    this.reference = reference;
    this.placedAt = placedAt;
  }

  @Override
  public String toString() {
    return "SubjectHold[" + kind + ", " + reference + (liftedAt == null ? "" : ", lifted") + "]";
  }
}
