package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.ConsentEntry;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.spi.ConsentStore;
import io.github.gdpr4j.core.spi.ObjectionStore;
import io.github.gdpr4j.core.spi.RestrictionStore;
import io.github.gdpr4j.core.spi.SuppressionStore;
import io.github.gdpr4j.core.tck.ConsentStoreContract;
import io.github.gdpr4j.core.tck.ObjectionStoreContract;
import io.github.gdpr4j.core.tck.RestrictionStoreContract;
import io.github.gdpr4j.core.tck.SuppressionStoreContract;
import io.github.gdpr4j.jpa.testing.Database;
import io.github.gdpr4j.jpa.testing.DatabaseAware;
import io.github.gdpr4j.jpa.testing.OnDatabase;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Nested;

/**
 * The JPA stores pass gdpr-core's store contract tests, the same the in-memory stores pass, on H2,
 * PostgreSQL and MariaDB.
 */
class JpaStoresContractTest {

  /** A factory over the {@code gdpr_} tables of a fresh database. */
  static EntityManagerFactory emf(TestDatabase db) {
    return db.entityManagerFactory(Map.of(), JpaStores.entityClasses().toArray(new Class<?>[0]));
  }

  /** Replaces a subject's stored chain, as an attacker with database access could. */
  static void overwrite(EntityManagerFactory emf, SubjectId subject, List<ConsentEntry> entries) {
    emf.runInTransaction(
        em -> {
          em.createQuery("delete from Gdpr4jConsentEntry e where e.subjectId = :s")
              .setParameter("s", subject.value())
              .executeUpdate();
          long position = 0;
          for (ConsentEntry e : entries) {
            em.persist(ConsentEntryRow.of(e, position++));
          }
        });
  }

  /** The consent ledger on one database. */
  abstract static class ConsentOn extends ConsentStoreContract implements DatabaseAware {
    private EntityManagerFactory emf;

    @Override
    public void useDatabase(TestDatabase db) {
      emf = emf(db);
    }

    @Override
    protected ConsentStore newStore() {
      return JpaStores.consentStore(Objects.requireNonNull(emf));
    }

    /** Every append is one transaction on a server: 8 × 500 events keep the test in seconds. */
    @Override
    protected int loadEventsPerThread() {
      return 500;
    }

    @Override
    protected void overwriteStoredChain(
        ConsentStore store, SubjectId subject, List<ConsentEntry> entries) {
      overwrite(emf, subject, entries);
    }
  }

  /** The objection register on one database. */
  abstract static class ObjectionOn extends ObjectionStoreContract implements DatabaseAware {
    private EntityManagerFactory emf;

    @Override
    public void useDatabase(TestDatabase db) {
      emf = emf(db);
    }

    @Override
    protected ObjectionStore newStore() {
      return JpaStores.objectionStore(Objects.requireNonNull(emf));
    }
  }

  /** The restriction register on one database. */
  abstract static class RestrictionOn extends RestrictionStoreContract implements DatabaseAware {
    private EntityManagerFactory emf;

    @Override
    public void useDatabase(TestDatabase db) {
      emf = emf(db);
    }

    @Override
    protected RestrictionStore newStore() {
      return JpaStores.restrictionStore(Objects.requireNonNull(emf));
    }
  }

  /** The suppression list on one database. */
  abstract static class SuppressionOn extends SuppressionStoreContract implements DatabaseAware {
    private EntityManagerFactory emf;

    @Override
    public void useDatabase(TestDatabase db) {
      emf = emf(db);
    }

    @Override
    protected SuppressionStore newStore() {
      return JpaStores.suppressionStore(Objects.requireNonNull(emf));
    }
  }

  @Nested
  @OnDatabase(Database.H2)
  class ConsentOnH2 extends ConsentOn {}

  @Nested
  @OnDatabase(Database.POSTGRESQL)
  class ConsentOnPostgresql extends ConsentOn {}

  @Nested
  @OnDatabase(Database.MARIADB)
  class ConsentOnMariadb extends ConsentOn {}

  @Nested
  @OnDatabase(Database.H2)
  class ObjectionOnH2 extends ObjectionOn {}

  @Nested
  @OnDatabase(Database.POSTGRESQL)
  class ObjectionOnPostgresql extends ObjectionOn {}

  @Nested
  @OnDatabase(Database.MARIADB)
  class ObjectionOnMariadb extends ObjectionOn {}

  @Nested
  @OnDatabase(Database.H2)
  class RestrictionOnH2 extends RestrictionOn {}

  @Nested
  @OnDatabase(Database.POSTGRESQL)
  class RestrictionOnPostgresql extends RestrictionOn {}

  @Nested
  @OnDatabase(Database.MARIADB)
  class RestrictionOnMariadb extends RestrictionOn {}

  @Nested
  @OnDatabase(Database.H2)
  class SuppressionOnH2 extends SuppressionOn {}

  @Nested
  @OnDatabase(Database.POSTGRESQL)
  class SuppressionOnPostgresql extends SuppressionOn {}

  @Nested
  @OnDatabase(Database.MARIADB)
  class SuppressionOnMariadb extends SuppressionOn {}
}
