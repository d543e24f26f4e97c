package io.github.gdpr4j.jpa.crm;

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

/**
 * An invoice, kept under a legal obligation (Art. 6(1)(c)); the subject is a plain id column. An
 * erasure keeps the amount and date only (Art. 17(3)(b)), the billing address is cleared.
 */
@Entity
@Table(name = "crm_invoice")
@Purpose("invoicing")
@LegalBasis(LEGAL_OBLIGATION)
@Retention(preset = "ACCOUNTING", startField = "issuedAt")
@Erasure(
    action = Erasure.Action.KEEP,
    exemption = ErasureExemption.LEGAL_OBLIGATION,
    until = Invoice.KEPT_FOR,
    keep = {"amount", "issuedAt"})
public class Invoice {
  /** How long an erased subject's invoices stay (Art. 17(3)(b)), for the erasure report. */
  public static final String KEPT_FOR = "10 years (Code de commerce, art. L123-22)";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @DataSubject Long contactId;

  @PersonalData(category = "billing")
  String billingAddress;

  BigDecimal amount;

  Instant issuedAt;

  /** For JPA. */
  protected Invoice() {}

  public Invoice(Long contactId, String billingAddress, BigDecimal amount, Instant issuedAt) {
    this.contactId = contactId;
    this.billingAddress = billingAddress;
    this.amount = amount;
    this.issuedAt = issuedAt;
  }

  public Long id() {
    return id;
  }
}
