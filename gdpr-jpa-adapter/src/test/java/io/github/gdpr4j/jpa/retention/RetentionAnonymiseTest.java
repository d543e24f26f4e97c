package io.github.gdpr4j.jpa.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.crm.Crm;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;

class RetentionAnonymiseTest {

  private final Crm crm = new Crm();

  /** 25 answers collected two years ago, 5 last month. */
  private EntityManagerFactory survey(TestDatabase db) throws Exception {
    EntityManagerFactory emf =
        db.entityManagerFactory(
            Map.of(GdprJpa.CONFIG, crm.config()), SurveyAnswer.class, SubjectHold.class);
    try (Connection c = db.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO retention_survey_answer (id, contact_id, respondent, answer, score,"
                    + " answered_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < 30; i++) {
        ps.setLong(1, i + 1);
        ps.setLong(2, 100 + i);
        ps.setString(3, "Respondent " + i);
        ps.setString(4, "Answer of respondent " + i);
        ps.setInt(5, i % 5);
        ps.setTimestamp(
            6,
            Timestamp.from(
                Instant.parse(i < 25 ? "2024-01-01T00:00:00Z" : "2025-12-15T00:00:00Z")));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return emf;
  }

  @Nested
  class Anonymise {
    @AllDatabases
    void dueRows_areAnonymisedInPlace_scoresKept_andOnlyOnce(TestDatabase db) throws Exception {
      EntityManagerFactory emf = survey(db);
      RetentionSweeper sweeper =
          RetentionSweeper.builder(emf).clock(crm.clock).batchSize(10).build();

      SweepReport report = sweeper.sweep();
      SweepReport again = sweeper.sweep();

      assertThat(report.rows("SurveyAnswer", RetentionAction.ANONYMISE))
          .as("Art. 5(1)(e): due answers anonymised (Recital 26)")
          .isEqualTo(25);
      assertThat(again.rows("SurveyAnswer", RetentionAction.ANONYMISE))
          .as("an anonymised row is no longer due")
          .isZero();
      assertThat(
              db.queryForStrings("SELECT respondent FROM retention_survey_answer WHERE id <= 25"))
          .hasSize(25)
          .containsOnly("[erased]");
      assertThat(db.queryForStrings("SELECT answer FROM retention_survey_answer WHERE id <= 25"))
          .containsOnlyNulls();
      assertThat(db.queryForStrings("SELECT score FROM retention_survey_answer WHERE id <= 25"))
          .doesNotContainNull();
      assertThat(db.queryForStrings("SELECT respondent FROM retention_survey_answer WHERE id > 25"))
          .allMatch(v -> v.startsWith("Respondent "));
    }
  }
}
