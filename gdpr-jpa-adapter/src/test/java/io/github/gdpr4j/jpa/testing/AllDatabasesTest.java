package io.github.gdpr4j.jpa.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AllDatabasesTest {

  @Nested
  class Harness {
    @AllDatabases
    void entity_persisted_isReadBackWithPlainJdbc(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = db.entityManagerFactory(Map.of(), HarnessNote.class);
      Instant at = Instant.parse("2026-03-01T10:15:30.123456Z");
      String body = "é".repeat(1000) + "€";
      emf.runInTransaction(em -> em.persist(new HarnessNote(body, at)));

      assertThat(db.queryForStrings("SELECT body FROM harness_note")).containsExactly(body);
      HarnessNote read =
          emf.callInTransaction(
              em -> em.createQuery("from HarnessNote", HarnessNote.class).getSingleResult());
      // Microsecond precision survives on all three databases.
      assertThat(read.writtenAt).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
    }

    @AllDatabases
    void twoNamespaces_onOneServer_doNotSeeEachOthersTables(TestDatabase db, Database database)
        throws SQLException {
      assertThat(db.database()).isEqualTo(database);
      db.entityManagerFactory(Map.of(), HarnessNote.class);
      try (TestDatabase other = database.open()) {
        assertThat(other.namespace()).isNotEqualTo(db.namespace());
        try (Connection c = other.connect();
            var s = c.createStatement()) {
          assertThatThrownBy(() -> s.executeQuery("SELECT body FROM harness_note"))
              .isInstanceOf(SQLException.class);
        }
      }
    }
  }

  @Nested
  class Selection {
    @Test
    void selection_withBlanksCaseAndDuplicates_isNormalised() {
      assertThat(Database.parseSelection(" MariaDB, h2 ,,h2"))
          .containsExactly(Database.H2, Database.MARIADB);
    }

    @Test
    void selection_withUnknownName_failsNamingIt() {
      assertThatThrownBy(() -> Database.parseSelection("h2,oracle"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("oracle")
          .hasMessageContaining(Database.SELECTION_PROPERTY);
    }

    @Test
    void selection_empty_fails() {
      assertThatThrownBy(() -> Database.parseSelection(" , "))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Urls {
    @Test
    void mariadbUrl_withDatabaseAndParameters_getsDatabaseReplaced() {
      assertThat(Database.withDatabase("jdbc:mariadb://db:3307/test?useSsl=false", "x"))
          .isEqualTo("jdbc:mariadb://db:3307/x?useSsl=false");
    }

    @Test
    void mariadbUrl_withoutDatabase_getsOne() {
      assertThat(Database.withDatabase("jdbc:mariadb://db", "x")).isEqualTo("jdbc:mariadb://db/x");
      assertThat(Database.withDatabase("jdbc:mariadb://db?a=b", "x"))
          .isEqualTo("jdbc:mariadb://db/x?a=b");
    }

    @Test
    void mariadbUrl_withoutAuthority_isRejected() {
      assertThatThrownBy(() -> Database.withDatabase("mariadb:test", "x"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postgresqlUrl_withOrWithoutParameters_getsSchemaParameter() {
      assertThat(Database.withParameter("jdbc:postgresql://h/test", "currentSchema", "s"))
          .isEqualTo("jdbc:postgresql://h/test?currentSchema=s");
      assertThat(Database.withParameter("jdbc:postgresql://h/test?ssl=false", "currentSchema", "s"))
          .isEqualTo("jdbc:postgresql://h/test?ssl=false&currentSchema=s");
    }
  }

  @Nested
  class Names {
    @Test
    void newName_isFreshAndUnique() {
      String a = NameGenerator.next();
      assertThat(a).matches("gdpr4j_t[0-9]+_[0-9a-f]{10}").isNotEqualTo(NameGenerator.next());
      assertThat(NameGenerator.isStale(a)).isFalse();
    }

    @Test
    void oldOrForeignName_isStaleOnlyIfOurs() {
      assertThat(NameGenerator.isStale("gdpr4j_t1000_abcdef")).isTrue();
      assertThat(NameGenerator.isStale("gdpr4j_tx_abc")).isFalse();
      assertThat(NameGenerator.isStale("public")).isFalse();
      assertThat(NameGenerator.isStale("gdpr4j_t1000")).isFalse();
    }
  }
}
