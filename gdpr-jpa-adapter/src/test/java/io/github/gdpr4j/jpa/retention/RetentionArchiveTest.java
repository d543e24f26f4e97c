package io.github.gdpr4j.jpa.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.ProcessingRefusedException;
import io.github.gdpr4j.jpa.Purposes;
import io.github.gdpr4j.jpa.crm.Crm;
import io.github.gdpr4j.jpa.store.JpaStores;
import io.github.gdpr4j.jpa.store.PurposeQueries;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.Causes;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/**
 * ARCHIVE retention (Art. 5(1)(e) storage limitation; the CNIL's intermediate archive): due rows
 * leave the active base for a restricted-access archive, and are purged when the archive period is
 * over as well.
 */
class RetentionArchiveTest {

  /** Now is 2026-01-15T09:00:00Z: the period (P1Y) of a row closed at this instant ends now. */
  static final Instant DUE_EXACTLY_NOW = Instant.parse("2025-01-15T09:00:00Z");

  static final Instant CLOSED_LONG_AGO = Instant.parse("2024-06-01T00:00:00Z");
  static final Instant CLOSED_RECENTLY = Instant.parse("2025-12-01T00:00:00Z");

  private final Crm crm = new Crm();

  /**
   * Accounts 1–20 closed long ago (due), 21 due exactly now, 22 one second short, 23–25 closed
   * recently; account 3's subject under a legal hold.
   */
  private EntityManagerFactory accounts(TestDatabase db) {
    List<Class<?>> classes = new ArrayList<>(JpaStores.entityClasses());
    classes.add(ClosedAccount.class);
    classes.add(SubjectHold.class);
    EntityManagerFactory emf =
        db.entityManagerFactory(
            Map.of(GdprJpa.CONFIG, crm.config()), classes.toArray(new Class<?>[0]));
    Purposes.run(
        Crm.CUSTOMER_RELATIONSHIP,
        () -> {
          EntityManager em = emf.createEntityManager();
          em.getTransaction().begin();
          for (long i = 1; i <= 25; i++) {
            Instant closed =
                i <= 20
                    ? CLOSED_LONG_AGO
                    : i == 21
                        ? DUE_EXACTLY_NOW
                        : i == 22 ? DUE_EXACTLY_NOW.plusSeconds(1) : CLOSED_RECENTLY;
            em.persist(new ClosedAccount(i, "Holder " + i, closed));
          }
          em.getTransaction().commit();
          em.close();
        });
    SubjectHolds.create(emf, crm.clock)
        .place(SubjectId.of("3"), SubjectHold.Kind.LEGAL_HOLD, "case-3");
    return emf;
  }

  private RetentionSweeper sweeper(EntityManagerFactory emf) {
    return RetentionSweeper.builder(emf).clock(crm.clock).auditSink(crm.audit).batchSize(5).build();
  }

  private static List<String> archivedIds(TestDatabase db) throws Exception {
    return db.queryForStrings(
        "SELECT id FROM retention_closed_account WHERE archived_at IS NOT NULL ORDER BY id");
  }

  private static List<String> ids(int from, int to, int... except) {
    List<String> ids = new ArrayList<>();
    outer:
    for (int i = from; i <= to; i++) {
      for (int e : except) {
        if (e == i) {
          continue outer;
        }
      }
      ids.add(Integer.toString(i));
    }
    return ids;
  }

  @Nested
  class Archive {
    @AllDatabases
    void dueRows_areArchivedAtTheDueDate_notBefore_andHeldOnesKeptActive(TestDatabase db)
        throws Exception {
      EntityManagerFactory emf = accounts(db);

      SweepReport report = sweeper(emf).sweep();

      assertThat(report.rows("ClosedAccount", RetentionAction.ARCHIVE))
          .as("Art. 5(1)(e): due rows (21 is due exactly now) but the held one")
          .isEqualTo(20);
      assertThat(report.purged("ClosedAccount")).as("no archive period is over").isZero();
      assertThat(archivedIds(db))
          .as("22 is one second short of its due date; 3 is under a legal hold")
          .containsExactlyElementsOf(ids(1, 21, 3));
      assertThat(db.queryForStrings("SELECT COUNT(*) FROM retention_closed_account"))
          .as("archiving keeps the rows")
          .containsExactly("25");
      assertThat(
              db.queryForStrings(
                  "SELECT COUNT(*) FROM retention_closed_account WHERE holder LIKE 'Holder %'"))
          .as("archived data is kept as it was, for claims")
          .containsExactly("25");
      assertThat(crm.audit.events("retention.sweep"))
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.details())
                      .containsEntry("ClosedAccount.ARCHIVE", "20")
                      .containsEntry("ClosedAccount.PURGE", "0"));
    }

    @AllDatabases
    void secondSweep_changesNothing(TestDatabase db) throws Exception {
      EntityManagerFactory emf = accounts(db);
      sweeper(emf).sweep();
      List<String> before =
          db.queryForStrings("SELECT id, archived_at FROM retention_closed_account ORDER BY id");

      SweepReport again = sweeper(emf).sweep();

      assertThat(again.rows("ClosedAccount", RetentionAction.ARCHIVE))
          .as("an archived row is not archived again")
          .isZero();
      assertThat(again.purged("ClosedAccount")).isZero();
      assertThat(
              db.queryForStrings(
                  "SELECT id, archived_at FROM retention_closed_account ORDER BY id"))
          .as("the archive instants are not moved")
          .isEqualTo(before);
    }

    @AllDatabases
    void dryRun_countsWithoutArchiving(TestDatabase db) throws Exception {
      EntityManagerFactory emf = accounts(db);

      SweepReport report =
          RetentionSweeper.builder(emf).clock(crm.clock).batchSize(5).dryRun(true).build().sweep();

      assertThat(report.dryRun()).isTrue();
      assertThat(report.rows("ClosedAccount", RetentionAction.ARCHIVE)).isEqualTo(20);
      assertThat(archivedIds(db)).as("a dry run changes nothing").isEmpty();
    }
  }

  @Nested
  class Purge {
    @AllDatabases
    void archivedRows_arePurgedWhenTheArchivePeriodIsOver_notBefore(TestDatabase db)
        throws Exception {
      EntityManagerFactory emf = accounts(db);
      sweeper(emf).sweep();
      // Accounts 1–20 closed 2024-06-01: archived 2025-06-01, purged from 2027-06-01.
      crm.clock.advance(
          java.time.Duration.between(crm.clock.instant(), Instant.parse("2027-05-31T23:59:59Z")));
      SweepReport early = sweeper(emf).sweep();
      crm.clock.advance(java.time.Duration.ofSeconds(1));

      SweepReport report = sweeper(emf).sweep();
      SweepReport again = sweeper(emf).sweep();

      assertThat(early.purged("ClosedAccount")).as("one second before the purge date").isZero();
      assertThat(report.purged("ClosedAccount"))
          .as("Art. 5(1)(e): purged at the end of the archive period, held subject 3 kept")
          .isEqualTo(19);
      assertThat(db.queryForStrings("SELECT id FROM retention_closed_account ORDER BY id"))
          .containsExactlyElementsOf(List.of("3", "21", "22", "23", "24", "25"));
      assertThat(archivedIds(db))
          .as("the rest reached their archive date in the meantime; 3 is still held")
          .containsExactlyElementsOf(List.of("21", "22", "23", "24", "25"));
      assertThat(again.purged("ClosedAccount")).as("a rerun changes nothing").isZero();
      assertThat(again.rows("ClosedAccount", RetentionAction.ARCHIVE)).isZero();
    }
  }

  @Nested
  class RestrictedAccess {
    @AllDatabases
    void archivedRow_refusesUse_activeRowAllowsIt(TestDatabase db) throws Exception {
      EntityManagerFactory emf = accounts(db);
      sweeper(emf).sweep();

      Throwable archived = catchThrowable(() -> rename(emf, 1L));
      rename(emf, 22L);

      assertThat(Causes.find(archived, ProcessingRefusedException.class))
          .as("an archived row is kept for storage only, not used")
          .hasValueSatisfying(
              e ->
                  assertThat(e.getMessage())
                      .contains(ClosedAccount.class.getName(), "archivedAt", "Art. 5(1)(e)")
                      .doesNotContain("Holder"));
      assertThat(
              db.queryForStrings("SELECT holder FROM retention_closed_account WHERE id IN (1, 22)"))
          .containsExactlyInAnyOrder("Holder 1", "Renamed");
    }

    @AllDatabases
    void purposeQueries_excludeArchivedRows(TestDatabase db) {
      EntityManagerFactory emf = accounts(db);
      sweeper(emf).sweep();

      List<Long> eligible =
          Purposes.call(
              Crm.CUSTOMER_RELATIONSHIP,
              () -> {
                EntityManager em = emf.createEntityManager();
                List<Long> found =
                    PurposeQueries.eligible(
                            em,
                            ClosedAccount.class,
                            "id",
                            crm.registry.purpose(Crm.CUSTOMER_RELATIONSHIP),
                            crm.clock.instant())
                        .getResultList()
                        .stream()
                        .map(a -> a.id)
                        .sorted()
                        .toList();
                em.close();
                return found;
              });

      assertThat(eligible)
          .as("only the active base is reachable for the purpose")
          .containsExactly(3L, 22L, 23L, 24L, 25L);
    }

    private void rename(EntityManagerFactory emf, long id) {
      Purposes.run(
          Crm.CUSTOMER_RELATIONSHIP,
          () -> {
            EntityManager em = emf.createEntityManager();
            try {
              em.getTransaction().begin();
              em.find(ClosedAccount.class, id).holder = "Renamed";
              em.getTransaction().commit();
            } finally {
              if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
              }
              em.close();
            }
          });
    }
  }

  @Nested
  class CrashSafety {
    @AllDatabases
    void failedBatch_rollsBackAlone_andRerunFinishesExactly(TestDatabase db) throws Exception {
      EntityManagerFactory emf = accounts(db);
      // A check constraint refuses to archive account 13: the third batch (12, 13, 14, 15, 16;
      // 3 is held) fails.
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute(
            "ALTER TABLE retention_closed_account ADD CONSTRAINT ck_not_13"
                + " CHECK (archived_at IS NULL OR id <> 13)");
      }

      Throwable thrown = catchThrowable(() -> sweeper(emf).sweep());

      assertThat(thrown).isNotNull();
      assertThat(archivedIds(db))
          .as("two batches of 5 committed, the third rolled back whole")
          .containsExactlyElementsOf(ids(1, 11, 3));
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("ALTER TABLE retention_closed_account DROP CONSTRAINT ck_not_13");
      }

      SweepReport rerun = sweeper(emf).sweep();

      assertThat(rerun.rows("ClosedAccount", RetentionAction.ARCHIVE))
          .as("the rerun does the rest, nothing twice")
          .isEqualTo(20 - 10);
      assertThat(archivedIds(db)).containsExactlyElementsOf(ids(1, 21, 3));
    }
  }
}
