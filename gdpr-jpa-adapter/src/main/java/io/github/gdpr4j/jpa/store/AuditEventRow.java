package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.AuditEvent;
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
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One audit event ({@code gdpr_audit_event}), append-only. Reasons and details are stored as text:
 * codes and ids only, never personal data values (the events carry none).
 */
@Entity(name = "Gdpr4jAuditEvent")
@Table(
    name = "gdpr_audit_event",
    indexes = @Index(name = "gdpr_audit_event_subject", columnList = "subject_id, at_ns"))
class AuditEventRow {
  static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  @Nullable Long id;

  @Column(name = "at_ns", nullable = false)
  long atNanos;

  @Column(name = "action", length = 64, nullable = false)
  String action = "";

  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH)
  @Nullable String subjectId;

  @Column(name = "purpose_id", length = PurposeId.MAX_LENGTH)
  @Nullable String purposeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 16, nullable = false)
  AuditEvent.Outcome outcome = AuditEvent.Outcome.RECORDED;

  @Column(name = "reasons", length = MAX_TEXT, nullable = false)
  String reasons = "";

  @Column(name = "actor", length = 128, nullable = false)
  String actor = "";

  @Column(name = "details", length = MAX_TEXT, nullable = false)
  String details = "";

  /** For JPA. */
  AuditEventRow() {}

  static AuditEventRow of(AuditEvent e) {
    AuditEventRow row = new AuditEventRow();
    row.atNanos = EpochNanos.of(e.at());
    row.action = e.action();
    row.subjectId = e.subject() == null ? null : e.subject().value();
    row.purposeId = e.purpose() == null ? null : e.purpose().value();
    row.outcome = e.outcome();
    row.reasons = clip(String.join("; ", e.reasons()));
    row.actor = e.actor();
    row.details = clip(new TreeMap<String, String>(e.details()).toString());
    return row;
  }

  private static String clip(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
  }
}
