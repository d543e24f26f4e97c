package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.ObjectionRecord;
import io.github.gdpr4j.core.RestrictionRecord;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.SuppressionEntry;
import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.ObjectionStore;
import io.github.gdpr4j.core.spi.RestrictionStore;
import io.github.gdpr4j.core.spi.SuppressionStore;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The append-only registers over JPA; each call runs in its own resource-local transaction. */
final class JpaLogStores {
  private JpaLogStores() {}

  /**
   * A register of one subject's events over one JPA entity, appended to and read back in insertion
   * order.
   *
   * @param <R> the register's record
   * @param <W> the entity (row) class, with {@code subjectId} and a generated {@code id}
   */
  private abstract static class SubjectLog<R, W> {
    private final EntityManagerFactory emf;
    private final Class<W> rowClass;
    private final String historyQuery;
    private final Function<R, W> toRow;
    private final Function<W, R> toRecord;

    SubjectLog(
        EntityManagerFactory emf,
        Class<W> rowClass,
        String entityName,
        Function<R, W> toRow,
        Function<W, R> toRecord) {
      this.emf = Objects.requireNonNull(emf, "emf");
      this.rowClass = rowClass;
      this.historyQuery = "from " + entityName + " e where e.subjectId = :s order by e.id";
      this.toRow = toRow;
      this.toRecord = toRecord;
    }

    public void append(R record) {
      Objects.requireNonNull(record, "record");
      emf.runInTransaction(em -> em.persist(toRow.apply(record)));
    }

    public List<R> history(SubjectId subject) {
      Objects.requireNonNull(subject, "subject");
      return emf.callInTransaction(
          em ->
              em
                  .createQuery(historyQuery, rowClass)
                  .setParameter("s", subject.value())
                  .getResultList()
                  .stream()
                  .map(toRecord)
                  .toList());
    }
  }

  /** The objection register's events in {@code gdpr_objection}, in insertion order. */
  static final class Objections extends SubjectLog<ObjectionRecord, ObjectionRow>
      implements ObjectionStore {
    Objections(EntityManagerFactory emf) {
      super(emf, ObjectionRow.class, "Gdpr4jObjection", ObjectionRow::of, ObjectionRow::toRecord);
    }
  }

  /** The restriction register's events in {@code gdpr_restriction}, in insertion order. */
  static final class Restrictions extends SubjectLog<RestrictionRecord, RestrictionRow>
      implements RestrictionStore {
    Restrictions(EntityManagerFactory emf) {
      super(
          emf,
          RestrictionRow.class,
          "Gdpr4jRestriction",
          RestrictionRow::of,
          RestrictionRow::toRecord);
    }
  }

  /** The suppression list in {@code gdpr_suppression}; the first entry for a key wins. */
  static final class Suppressions implements SuppressionStore {
    private final EntityManagerFactory emf;

    Suppressions(EntityManagerFactory emf) {
      this.emf = Objects.requireNonNull(emf, "emf");
    }

    @Override
    public void add(SuppressionEntry entry) {
      Objects.requireNonNull(entry, "entry");
      try {
        emf.runInTransaction(
            em -> {
              SuppressionRow.Key key = new SuppressionRow.Key();
              key.kind = entry.kind();
              key.keyedHash = entry.keyedHash();
              if (em.find(SuppressionRow.class, key) == null) {
                em.persist(SuppressionRow.of(entry));
              }
            });
      } catch (jakarta.persistence.PersistenceException e) {
        // A concurrent add of the same key won: the first entry is kept, as documented.
        if (find(entry.kind(), entry.keyedHash()).isEmpty()) {
          throw e;
        }
      }
    }

    @Override
    public Optional<SuppressionEntry> find(IdentifierKind kind, String keyedHash) {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(keyedHash, "keyedHash");
      return emf.callInTransaction(
          em -> {
            SuppressionRow.Key key = new SuppressionRow.Key();
            key.kind = kind;
            key.keyedHash = keyedHash;
            return Optional.ofNullable(em.find(SuppressionRow.class, key))
                .map(SuppressionRow::toEntry);
          });
    }
  }

  /** Audit events in {@code gdpr_audit_event}. */
  static final class Audit implements AuditSink {
    private final EntityManagerFactory emf;

    Audit(EntityManagerFactory emf) {
      this.emf = Objects.requireNonNull(emf, "emf");
    }

    @Override
    public void record(AuditEvent event) {
      Objects.requireNonNull(event, "event");
      emf.runInTransaction(em -> em.persist(AuditEventRow.of(event)));
    }
  }
}
