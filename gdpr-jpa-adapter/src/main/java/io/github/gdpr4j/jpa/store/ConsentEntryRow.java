package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.ConsentChannel;
import io.github.gdpr4j.core.ConsentEntry;
import io.github.gdpr4j.core.ConsentEvent;
import io.github.gdpr4j.core.ConsentEventType;
import io.github.gdpr4j.core.ConsentNotice;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.SubjectId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One row of the append-only consent ledger ({@code gdpr_consent_entry}). */
@Entity(name = "Gdpr4jConsentEntry")
@Table(
    name = "gdpr_consent_entry",
    indexes = {
      // Hibernate orders the key columns (position, subject_id): reads go by subject first.
      @Index(name = "gdpr_consent_entry_subject", columnList = "subject_id, position"),
      @Index(name = "gdpr_consent_entry_purpose", columnList = "purpose_id, subject_id")
    })
@IdClass(ConsentEntryRow.Key.class)
class ConsentEntryRow {

  /**
   * The primary key: a subject and the row's position in its chain. The position is the storage
   * order and equals the entry's sequence for every row written by the store; keeping them apart
   * means verification reads rows in the order they are stored, so a reordered or duplicated
   * sequence written behind the store's back is detected rather than silently sorted away.
   */
  static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    @Nullable String subjectId;
    long position;

    Key() {}

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key k && Objects.equals(subjectId, k.subjectId) && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(subjectId, position);
    }
  }

  @Id
  @Column(name = "subject_id", length = SubjectId.MAX_LENGTH, nullable = false)
  String subjectId;

  @Id
  @Column(name = "position", nullable = false)
  long position;

  @Column(name = "seq", nullable = false)
  long sequence;

  @Column(name = "purpose_id", length = PurposeId.MAX_LENGTH, nullable = false)
  String purposeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", length = 16, nullable = false)
  ConsentEventType type;

  @Column(name = "occurred_at_ns", nullable = false)
  long occurredAtNanos;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16, nullable = false)
  ConsentChannel channel;

  @Column(name = "collected_by", length = 200, nullable = false)
  String collectedBy;

  @Column(name = "notice_version", length = 128)
  @Nullable String noticeVersion;

  @Column(name = "notice_sha256", length = 64)
  @Nullable String noticeSha256;

  @Column(name = "proof_reference", length = ConsentEvent.MAX_PROOF_LENGTH)
  @Nullable String proofReference;

  @Column(name = "expires_at_ns")
  @Nullable Long expiresAtNanos;

  @Column(name = "previous_hash", length = 64, nullable = false)
  String previousHash;

  @Column(name = "hash", length = 64, nullable = false)
  String hash;

  /** For JPA. */
  ConsentEntryRow() {
    subjectId = "";
    purposeId = "";
    type = ConsentEventType.REQUESTED;
    channel = ConsentChannel.API;
    collectedBy = "";
    previousHash = "";
    hash = "";
  }

  static ConsentEntryRow of(ConsentEntry entry, long position) {
    ConsentEvent e = entry.event();
    ConsentEntryRow r = new ConsentEntryRow();
    r.subjectId = e.subject().value();
    r.position = position;
    r.sequence = entry.sequence();
    r.purposeId = e.purpose().value();
    r.type = e.type();
    r.occurredAtNanos = EpochNanos.of(e.at());
    r.channel = e.channel();
    r.collectedBy = e.collectedBy();
    r.noticeVersion = e.notice() == null ? null : e.notice().version();
    r.noticeSha256 = e.notice() == null ? null : e.notice().sha256();
    r.proofReference = e.proofReference();
    r.expiresAtNanos = EpochNanos.ofNullable(e.expiresAt());
    r.previousHash = entry.previousHash();
    r.hash = entry.hash();
    return r;
  }

  /** The entry exactly as stored, so that verification sees any change made in the database. */
  ConsentEntry toEntry() {
    ConsentNotice notice =
        noticeVersion == null || noticeSha256 == null
            ? null
            : new ConsentNotice(noticeVersion, noticeSha256);
    ConsentEvent event =
        new ConsentEvent(
            SubjectId.of(subjectId),
            PurposeId.of(purposeId),
            type,
            EpochNanos.toInstant(occurredAtNanos),
            channel,
            collectedBy,
            notice,
            proofReference,
            EpochNanos.toInstant(expiresAtNanos));
    return new ConsentEntry(event, sequence, previousHash, hash);
  }
}
