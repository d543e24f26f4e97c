package io.github.gdpr4j.examples.crm;

import static io.github.gdpr4j.core.LegalBasis.LEGAL_OBLIGATION;

import io.github.gdpr4j.core.ErasureExemption;
import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.LegalBasis;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.jpa.Retention;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * An invoice, kept under a legal obligation (Art. 6(1)(c)) for ten years: an erasure request keeps
 * the amount and date (Art. 17(3)(b)) and erases the rest; the retention sweep deletes it ten years
 * after it was issued.
 */
@Entity
@Table(name = "demo_invoice")
@Purpose("invoicing")
@LegalBasis(LEGAL_OBLIGATION)
@Retention(preset = "ACCOUNTING", startField = "financialYearEnd", archivedField = "archivedAt")
@Erasure(
    action = Erasure.Action.KEEP,
    exemption = ErasureExemption.LEGAL_OBLIGATION,
    keep = {"amount", "issuedAt"},
    until = "10 years (Code de commerce, art. L123-22)")
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @DataSubject Long contactId;

  @PersonalData(category = "billing")
  String billingAddress;

  BigDecimal amount;

  Instant issuedAt;

  /** The close of the financial year of issue: the start of the accounting retention. */
  LocalDate financialYearEnd;

  /** Set by the retention sweep when the invoice moves to the intermediate archive. */
  Instant archivedAt;

  /** For JPA. */
  protected Invoice() {}

  /**
   * Creates an invoice.
   *
   * @param contactId the billed contact
   * @param billingAddress the billing address
   * @param amount the amount
   * @param issuedAt the issue date
   */
  public Invoice(Long contactId, String billingAddress, BigDecimal amount, Instant issuedAt) {
    this.contactId = contactId;
    this.billingAddress = billingAddress;
    this.amount = amount;
    this.issuedAt = issuedAt;
    this.financialYearEnd =
        LocalDate.ofInstant(issuedAt, ZoneOffset.UTC).withDayOfYear(1).plusYears(1).minusDays(1);
  }
}
