package io.github.gdpr4j.jpa.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gdpr4j.core.GdprConfigurationException;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.crm.Crm;
import io.github.gdpr4j.jpa.rights.RightsFixture;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;

class RetentionSweeperTest {

  static final Instant ENDED_LONG_AGO = Instant.parse("2022-01-01T00:00:00Z");
  static final Instant ENDED_RECENTLY = Instant.parse("2025-06-01T00:00:00Z");

  /** 50 due contacts (2 of them held), 10 within their period, 5 whose period has not started. */
  private static RightsFixture crm(TestDatabase db) throws Exception {
    RightsFixture f = new RightsFixture(db);
    f.insertContacts(1_000_000, 50, ENDED_LONG_AGO);
    f.insertContacts(2_000_000, 10, ENDED_RECENTLY);
    f.insertContacts(3_000_000, 5, null);
    f.insertInteractions(5_000_000, 3, 1_000_003);
    SubjectHolds holds = SubjectHolds.create(f.emf, f.crm.clock);
    holds.place(SubjectId.of("1000007"), SubjectHold.Kind.LEGAL_HOLD, "case-1");
    holds.place(SubjectId.of("1000008"), SubjectHold.Kind.RIGHTS_REQUEST, "req-8");
    holds.place(SubjectId.of("1000009"), SubjectHold.Kind.LEGAL_HOLD, "case-9");
    holds.lift(SubjectId.of("1000009"), "case-9");
    return f;
  }

  private static RetentionSweeper.Builder sweeper(RightsFixture f) {
    return RetentionSweeper.builder(f.emf).clock(f.crm.clock).auditSink(f.crm.audit).batchSize(10);
  }

  @Nested
  class Sweep {
    @AllDatabases
    void dueRows_areDeleted_withTheirChildren_heldAndRecentOnesKept(TestDatabase db)
        throws Exception {
      RightsFixture f = crm(db);

      SweepReport report = sweeper(f).build().sweep();

      assertThat(report.rows("Contact", RetentionAction.DELETE))
          .as("Art. 5(1)(e): every due contact, but the two held ones")
          .isEqualTo(48);
      assertThat(report.rows("Interaction", RetentionAction.DELETE)).isEqualTo(3);
      assertThat(f.count("SELECT COUNT(*) FROM crm_contact WHERE id < 2000000"))
          .as("Art. 17(3)(e) legal hold and an open rights request are skipped")
          .isEqualTo(2);
      assertThat(f.db.queryForStrings("SELECT id FROM crm_contact WHERE id < 2000000"))
          .containsExactlyInAnyOrder("1000007", "1000008");
      assertThat(f.count("SELECT COUNT(*) FROM crm_contact WHERE id >= 2000000")).isEqualTo(15);
      assertThat(f.count("SELECT COUNT(*) FROM crm_interaction")).isZero();
      assertThat(f.crm.audit.events("retention.sweep"))
          .singleElement()
          .satisfies(e -> assertThat(e.details()).containsEntry("Contact.DELETE", "48"));
    }

    @AllDatabases
    void dryRun_reportsWithoutChangingAnything(TestDatabase db) throws Exception {
      RightsFixture f = crm(db);
      Map<String, java.util.List<String>> before = f.snapshot();

      SweepReport report = sweeper(f).dryRun(true).build().sweep();

      assertThat(report.dryRun()).isTrue();
      assertThat(report.rows("Contact", RetentionAction.DELETE)).isEqualTo(48);
      assertThat(f.snapshot()).as("a dry run changes nothing").isEqualTo(before);
    }

    @AllDatabases
    void secondSweep_findsNothingMore(TestDatabase db) throws Exception {
      RightsFixture f = crm(db);
      sweeper(f).build().sweep();

      SweepReport again = sweeper(f).build().sweep();

      assertThat(again.rows("Contact", RetentionAction.DELETE)).isZero();
    }
  }

  @Nested
  class CrashSafety {
    @AllDatabases
    void failedBatch_rollsBackAlone_andRerunFinishesWithNothingLostOrTwice(TestDatabase db)
        throws Exception {
      RightsFixture f = crm(db);
      // A row outside the model referencing a contact of the third batch makes that batch fail.
      f.execute("INSERT INTO rights_referral (id, contact_id) VALUES (1, ?)", 1_000_025L);

      Throwable thrown = catchThrowable(() -> sweeper(f).build().sweep());

      assertThat(thrown).isNotNull();
      assertThat(f.count("SELECT COUNT(*) FROM crm_contact WHERE id < 2000000"))
          .as("two batches of 10 committed, the third rolled back whole")
          .isEqualTo(50 - 20);
      assertThat(f.count("SELECT COUNT(*) FROM crm_contact WHERE id BETWEEN 1000022 AND 1000031"))
          .isEqualTo(10);
      f.execute("DELETE FROM rights_referral");

      SweepReport rerun = sweeper(f).build().sweep();

      assertThat(rerun.rows("Contact", RetentionAction.DELETE))
          .as("the rerun does the rest, nothing twice")
          .isEqualTo(48 - 20);
      assertThat(f.db.queryForStrings("SELECT id FROM crm_contact WHERE id < 2000000"))
          .containsExactlyInAnyOrder("1000007", "1000008");
    }
  }

  @Nested
  class BadInput {
    @AllDatabases
    void withoutTheHoldTable_isAConfigurationError(TestDatabase db) {
      var emf = db.entityManagerFactory(Map.of(GdprJpa.CONFIG, new Crm().config()), Crm.ENTITIES);

      assertThatThrownBy(() -> RetentionSweeper.builder(emf).build())
          .isInstanceOf(GdprConfigurationException.class)
          .hasMessageContaining(SubjectHold.class.getName());
    }

    @AllDatabases
    void badSettings_areRejected(TestDatabase db) {
      RightsFixture f = new RightsFixture(db);

      assertThatThrownBy(() -> RetentionSweeper.builder(f.emf).batchSize(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RetentionSweeper.builder(f.emf).progressEvery(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RetentionSweeper.builder(null))
          .isInstanceOf(NullPointerException.class);
      SubjectHolds holds = SubjectHolds.create(f.emf, f.crm.clock);
      assertThatThrownBy(() -> holds.place(SubjectId.of("1"), SubjectHold.Kind.LEGAL_HOLD, " "))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
