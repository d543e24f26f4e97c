package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.ConsentEntry;
import io.github.gdpr4j.core.ConsentEvent;
import io.github.gdpr4j.core.ConsentHistory;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.spi.ConsentStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The consent ledger in two tables: {@code gdpr_consent_entry}, append-only, one row per event with
 * its chain position and hashes, and {@code gdpr_consent_head}, one row per subject, locked by each
 * append ({@code SELECT … FOR UPDATE}) so that chains stay gap-free and ordered across threads and
 * JVMs. The primary key {@code (subject_id, position)} rejects a second row at one position even if
 * the lock were bypassed.
 *
 * <p>Each append runs in its own resource-local transaction: a recorded consent or withdrawal stays
 * recorded whatever happens to the caller's business transaction (Art. 7(1) demonstrability).
 */
final class JpaConsentStore implements ConsentStore {
  private static final int MAX_ATTEMPTS = 5;

  private final EntityManagerFactory emf;

  JpaConsentStore(EntityManagerFactory emf) {
    this.emf = Objects.requireNonNull(emf, "emf");
  }

  @Override
  public ConsentEntry append(ConsentEvent event) {
    Objects.requireNonNull(event, "event");
    PersistenceException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        return emf.callInTransaction(em -> appendLocked(em, event));
      } catch (PersistenceException e) {
        // Two first appends for a new subject race to insert its head row; the loser retries and
        // then finds the row to lock. Other failures repeat and are rethrown.
        last = e;
      }
    }
    throw Objects.requireNonNull(last);
  }

  private static ConsentEntry appendLocked(EntityManager em, ConsentEvent event) {
    String subject = event.subject().value();
    ConsentHeadRow head = em.find(ConsentHeadRow.class, subject, LockModeType.PESSIMISTIC_WRITE);
    ConsentEntry entry;
    if (head == null) {
      entry = ConsentEntry.first(event);
      em.persist(new ConsentHeadRow(subject, entry.sequence(), entry.hash()));
    } else {
      long sequence = head.lastSequence + 1;
      entry =
          new ConsentEntry(
              event,
              sequence,
              head.lastHash,
              ConsentEntry.computeHash(event, sequence, head.lastHash));
      head.lastSequence = sequence;
      head.lastHash = entry.hash();
    }
    em.persist(ConsentEntryRow.of(entry, entry.sequence()));
    em.flush();
    return entry;
  }

  @Override
  public ConsentHistory history(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    return emf.callInTransaction(
        em -> {
          List<ConsentEntryRow> rows =
              em.createQuery(
                      "from Gdpr4jConsentEntry e where e.subjectId = :s order by e.position",
                      ConsentEntryRow.class)
                  .setParameter("s", subject.value())
                  .getResultList();
          List<ConsentEntry> entries = new ArrayList<>(rows.size());
          for (ConsentEntryRow r : rows) {
            entries.add(r.toEntry());
          }
          return new ConsentHistory(subject, entries);
        });
  }

  @Override
  public Set<SubjectId> subjects() {
    return emf.callInTransaction(
        em -> {
          Set<SubjectId> subjects = new LinkedHashSet<>();
          for (String s :
              em.createQuery(
                      "select distinct e.subjectId from Gdpr4jConsentEntry e order by e.subjectId",
                      String.class)
                  .getResultList()) {
            subjects.add(SubjectId.of(s));
          }
          return Set.copyOf(subjects);
        });
  }
}
