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

/** The append-only registers over JPA; each call runs in its own resource-local transaction. */
final class JpaLogStores {
  private JpaLogStores() {}

  /** The objection register's events in {@code gdpr_objection}, in insertion order. */
  static final class Objections implements ObjectionStore {
    private final EntityManagerFactory emf;

    Objections(EntityManagerFactory emf) {
      this.emf = Objects.requireNonNull(emf, "emf");
    }

    @Override
    public void append(ObjectionRecord record) {
      Objects.requireNonNull(record, "record");
      emf.runInTransaction(em -> em.persist(ObjectionRow.of(record)));
    }

    @Override
    public List<ObjectionRecord> history(SubjectId subject) {
      Objects.requireNonNull(subject, "subject");
      return emf.callInTransaction(
          em ->
              em
                  .createQuery(
                      "from Gdpr4jObjection o where o.subjectId = :s order by o.id",
                      ObjectionRow.class)
                  .setParameter("s", subject.value())
                  .getResultList()
                  .stream()
                  .map(ObjectionRow::toRecord)
                  .toList());
    }
  }

  /** The restriction register's events in {@code gdpr_restriction}, in insertion order. */
  static final class Restrictions implements RestrictionStore {
    private final EntityManagerFactory emf;

    Restrictions(EntityManagerFactory emf) {
      this.emf = Objects.requireNonNull(emf, "emf");
    }

    @Override
    public void append(RestrictionRecord record) {
      Objects.requireNonNull(record, "record");
      emf.runInTransaction(em -> em.persist(RestrictionRow.of(record)));
    }

    @Override
    public List<RestrictionRecord> history(SubjectId subject) {
      Objects.requireNonNull(subject, "subject");
      return emf.callInTransaction(
          em ->
              em
                  .createQuery(
                      "from Gdpr4jRestriction r where r.subjectId = :s order by r.id",
                      RestrictionRow.class)
                  .setParameter("s", subject.value())
                  .getResultList()
                  .stream()
                  .map(RestrictionRow::toRecord)
                  .toList());
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
