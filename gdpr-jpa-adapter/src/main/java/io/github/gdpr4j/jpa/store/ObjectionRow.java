package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.ObjectionEventType;
import io.github.gdpr4j.core.ObjectionRecord;
import io.github.gdpr4j.core.PurposeId;
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

/** One event of the objection register ({@code gdpr_objection}), append-only. */
@Entity(name = "Gdpr4jObjection")
@Table(
    name = "gdpr_objection",
    indexes = @Index(name = "gdpr_objection_subject", columnList = "subject_id, id"))
class ObjectionRow {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  @Nullable Long id;

  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false)
  String subjectId = "";

  /** Null for an objection to all direct marketing (Art. 21(2)). */
  @Column(name = "purpose_id", length = PurposeId.MAX_LENGTH)
  @Nullable String purposeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", length = 16, nullable = false)
  ObjectionEventType type = ObjectionEventType.LODGED;

  @Column(name = "occurred_at_ns", nullable = false)
  long occurredAtNanos;

  @Column(name = "actor", length = 128, nullable = false)
  String actor = "";

  @Column(name = "grounds", length = ObjectionRecord.MAX_GROUNDS_LENGTH)
  @Nullable String grounds;

  /** For JPA. */
  ObjectionRow() {}

  static ObjectionRow of(ObjectionRecord r) {
    ObjectionRow row = new ObjectionRow();
    row.subjectId = r.subject().value();
    row.purposeId = r.purpose() == null ? null : r.purpose().value();
    row.type = r.type();
    row.occurredAtNanos = EpochNanos.of(r.at());
    row.actor = r.actor();
    row.grounds = r.grounds();
    return row;
  }

  ObjectionRecord toRecord() {
    return new ObjectionRecord(
        SubjectId.of(subjectId),
        purposeId == null ? null : PurposeId.of(purposeId),
        type,
        EpochNanos.toInstant(occurredAtNanos),
        actor,
        grounds);
  }
}
