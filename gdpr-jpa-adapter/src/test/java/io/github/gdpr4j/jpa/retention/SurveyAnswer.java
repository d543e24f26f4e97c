package io.github.gdpr4j.jpa.retention;

import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.jpa.Anonymise;
import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.jpa.Retention;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A satisfaction-survey answer: anonymised a year after collection, the score kept for statistics.
 */
@Entity
@Table(name = "retention_survey_answer")
@Purpose("customer-relationship")
@Retention(
    period = "P1Y",
    from = RetentionEvent.COLLECTION,
    startField = "answeredAt",
    action = RetentionAction.ANONYMISE)
public class SurveyAnswer {
  @Id Long id;

  @DataSubject
  @Column(name = "contact_id")
  Long contactId;

  @PersonalData(category = "identity")
  @Anonymise(with = Anonymise.With.TOKEN)
  @Column(name = "respondent", nullable = false)
  String respondent;

  @PersonalData(category = "professional-life")
  String answer;

  Integer score;

  @Column(name = "answered_at")
  Instant answeredAt;

  /** For JPA. */
  protected SurveyAnswer() {}
}
