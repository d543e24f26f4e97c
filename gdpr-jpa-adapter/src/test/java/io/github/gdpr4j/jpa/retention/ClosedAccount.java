package io.github.gdpr4j.jpa.retention;

import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
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
 * A closed customer account: moved to the intermediate archive a year after closing (kept for
 * claims), purged two years later.
 */
@Entity
@Table(name = "retention_closed_account")
@Purpose("customer-relationship")
@Retention(
    period = "P1Y",
    from = RetentionEvent.END_OF_RELATIONSHIP,
    startField = "closedAt",
    action = RetentionAction.ARCHIVE,
    purgeAfter = "P2Y",
    archivedField = "archivedAt")
public class ClosedAccount {
  @Id @DataSubject Long id;

  @PersonalData(category = "identity")
  String holder;

  @Column(name = "closed_at")
  Instant closedAt;

  @Column(name = "archived_at")
  Instant archivedAt;

  /** For JPA. */
  protected ClosedAccount() {}

  ClosedAccount(Long id, String holder, Instant closedAt) {
    this.id = id;
    this.holder = holder;
    this.closedAt = closedAt;
  }
}
