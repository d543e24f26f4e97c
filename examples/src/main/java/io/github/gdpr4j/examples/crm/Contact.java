package io.github.gdpr4j.examples.crm;

import static io.github.gdpr4j.core.LegalBasis.CONSENT;
import static io.github.gdpr4j.core.LegalBasis.CONTRACT;
import static io.github.gdpr4j.core.LegalBasis.LEGAL_OBLIGATION;
import static io.github.gdpr4j.core.LegalBasis.LEGITIMATE_INTERESTS;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person at a customer or prospect: the data subject of the CRM. Ids are assigned by the CRM's
 * numbering, so consent can be recorded before the contact row exists (the sign-up form).
 */
@Entity
@Table(name = "demo_contact")
@Purpose("prospecting")
@Purpose("customer-relationship")
@Purpose("newsletter")
@Purpose("invoicing")
@LegalBasis({LEGITIMATE_INTERESTS, CONTRACT, CONSENT, LEGAL_OBLIGATION})
@Retention(
    period = "P3Y",
    from = RetentionEvent.END_OF_RELATIONSHIP,
    startField = "relationshipEndedAt",
    action = RetentionAction.DELETE)
public class Contact {
  @Id @DataSubject Long id;

  @PersonalData(category = "identity")
  @Column(name = "full_name")
  String fullName;

  @PersonalData(category = "contact-details")
  String email;

  @ManyToOne Company company;

  @Column(name = "relationship_ended_at")
  Instant relationshipEndedAt;

  /** For JPA. */
  protected Contact() {}

  /**
   * Creates a contact.
   *
   * @param id the CRM's contact number
   * @param fullName the name
   * @param email the e-mail address
   * @param company the employer, or null
   */
  public Contact(Long id, String fullName, String email, Company company) {
    this.id = id;
    this.fullName = fullName;
    this.email = email;
    this.company = company;
  }

  /**
   * Returns the id.
   *
   * @return the contact number
   */
  public Long id() {
    return id;
  }

  /**
   * Returns the e-mail address.
   *
   * @return the address
   */
  public String email() {
    return email;
  }

  /**
   * Records the end of the commercial relationship, which starts the retention period.
   *
   * @param at when it ended
   */
  public void endRelationship(Instant at) {
    this.relationshipEndedAt = at;
  }
}
