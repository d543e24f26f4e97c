package io.github.gdpr4j.jpa.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the erasure ledger ({@code gdpr_erasure_ledger}): which entity's rows were deleted,
 * anonymised or kept for which subject, under which request, when, how many — never a value. It is
 * written in the erasure's own transaction, before the rows are touched, so a ledger line exists
 * exactly when the erasure committed (Art. 5(2) accountability, Art. 17, Art. 19).
 *
 * <p>Add it to the persistence unit: {@link SubjectEraser#entityClasses()}.
 */
@Entity
@Table(
    name = "gdpr_erasure_ledger",
    indexes = @Index(name = "gdpr_erasure_ledger_subject", columnList = "subject_id"))
public class ErasureLedgerEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @Column(name = "request_id", nullable = false, length = 128)
  String requestId;

  @Column(name = "subject_id", nullable = false, length = 128)
  String subjectId;

  @Column(name = "entity_name", nullable = false, length = 255)
  String entityName;

  @Column(name = "erasure_action", nullable = false, length = 16)
  String action;

  @Column(name = "row_count", nullable = false)
  long rows;

  @Column(name = "exemption", length = 32)
  String exemption;

  @Column(name = "erased_at", nullable = false)
  Instant erasedAt;

  /** For JPA. */
  protected ErasureLedgerEntry() {}

  ErasureLedgerEntry(
      String requestId,
      String subjectId,
      String entityName,
      String action,
      long rows,
      String exemption,
      Instant erasedAt) {
    this.requestId = requestId;
    this.subjectId = subjectId;
    this.entityName = entityName;
    this.action = action;
    this.rows = rows;
    this.exemption = exemption;
    this.erasedAt = erasedAt;
  }

  /**
   * Returns the request id.
   *
   * @return the controller's request id
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Returns the entity name.
   *
   * @return the simple class name
   */
  public String entityName() {
    return entityName;
  }

  /**
   * Returns the action.
   *
   * @return DELETE, ANONYMISE or KEEP
   */
  public String action() {
    return action;
  }

  /**
   * Returns how many rows the action touched.
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "ErasureLedgerEntry["
        + requestId
        + ", "
        + entityName
        + ", "
        + action
        + ", "
        + rows
        + "]";
  }
}
