package io.github.gdpr4j.benchmarks;

import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.LegalBasis;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.jpa.Retention;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@link RetentionSweepBenchmark}: a subject's e-mail kept one year after the end. */
@Entity
@Table(name = "bench_sweep_row")
@Purpose("bench")
@LegalBasis(io.github.gdpr4j.core.LegalBasis.CONTRACT)
@Retention(
    period = "P1Y",
    from = RetentionEvent.END_OF_RELATIONSHIP,
    startField = "endedAt",
    action = RetentionAction.DELETE)
public class SweepBenchRow {
  @Id Long id;

  @DataSubject
  @Column(name = "subject_id")
  Long subjectId;

  @PersonalData(category = "contact-details")
  @Column(length = 100)
  String email;

  @Column(name = "ended_at")
  Instant endedAt;

  /** For JPA. */
  protected SweepBenchRow() {}
}
