package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.SuppressionEntry;
import io.github.gdpr4j.core.SuppressionReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One suppressed identifier ({@code gdpr_suppression}): a keyed hash, never the identifier itself,
 * so the list proves a past objection or erasure without keeping the data (Art. 17, Art. 21).
 */
@Entity(name = "Gdpr4jSuppression")
@Table(name = "gdpr_suppression")
@IdClass(SuppressionRow.Key.class)
class SuppressionRow {

  /** The primary key. */
  static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    @Nullable IdentifierKind kind;
    @Nullable String keyedHash;

    Key() {}

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key k && kind == k.kind && Objects.equals(keyedHash, k.keyedHash);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, keyedHash);
    }
  }

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  IdentifierKind kind = IdentifierKind.OTHER;

  @Id
  @Column(name = "keyed_hash", length = 64, nullable = false)
  String keyedHash = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", length = 32, nullable = false)
  SuppressionReason reason = SuppressionReason.OBJECTION;

  @Column(name = "added_at_ns", nullable = false)
  long addedAtNanos;

  /** For JPA. */
  SuppressionRow() {}

  static SuppressionRow of(SuppressionEntry e) {
    SuppressionRow row = new SuppressionRow();
    row.kind = e.kind();
    row.keyedHash = e.keyedHash();
    row.reason = e.reason();
    row.addedAtNanos = EpochNanos.of(e.at());
    return row;
  }

  SuppressionEntry toEntry() {
    return new SuppressionEntry(kind, keyedHash, reason, EpochNanos.toInstant(addedAtNanos));
  }
}
