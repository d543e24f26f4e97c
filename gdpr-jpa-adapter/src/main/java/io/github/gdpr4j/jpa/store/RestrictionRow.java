package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.RestrictionEventType;
import io.github.gdpr4j.core.RestrictionGround;
import io.github.gdpr4j.core.RestrictionRecord;
import io.github.gdpr4j.core.SubjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One event of the restriction register ({@code gdpr_restriction}), append-only. */
@Entity(name = "Gdpr4jRestriction")
@Table(
    name = "gdpr_restriction",
    indexes = @Index(name = "gdpr_restriction_subject", columnList = "subject_id, id"))
class RestrictionRow {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  @Nullable Long id;

  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false)
  String subjectId = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "ground", length = 32, nullable = false)
  RestrictionGround ground = RestrictionGround.ACCURACY_CONTESTED;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", length = 16, nullable = false)
  RestrictionEventType type = RestrictionEventType.PLACED;

  @Column(name = "occurred_at_ns", nullable = false)
  long occurredAtNanos;

  @Column(name = "actor", length = 128, nullable = false)
  String actor = "";

  /** For JPA. */
  RestrictionRow() {}

  static RestrictionRow of(RestrictionRecord r) {
    RestrictionRow row = new RestrictionRow();
    row.subjectId = r.subject().value();
    row.ground = r.ground();
    row.type = r.type();
    row.occurredAtNanos = EpochNanos.of(r.at());
    row.actor = r.actor();
    return row;
  }

  RestrictionRecord toRecord() {
    return new RestrictionRecord(
        SubjectId.of(subjectId), ground, type, EpochNanos.toInstant(occurredAtNanos), actor);
  }
}
