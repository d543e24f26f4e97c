package io.github.gdpr4j.jpa.crm;

import static io.github.gdpr4j.core.LegalBasis.CONSENT;
import static io.github.gdpr4j.core.LegalBasis.CONTRACT;
import static io.github.gdpr4j.core.LegalBasis.LEGAL_OBLIGATION;

import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.LegalBasis;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.jpa.Retention;
import io.github.gdpr4j.jpa.SuppressOnErasure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person at a customer: the data subject of the CRM. */
@Entity
@Table(name = "crm_contact")
@Purpose("customer-relationship")
@Purpose("newsletter")
@Purpose("invoicing")
@LegalBasis({CONTRACT, CONSENT, LEGAL_OBLIGATION})
@Retention(
    period = "P3Y",
    from = RetentionEvent.END_OF_RELATIONSHIP,
    startField = "relationshipEndedAt",
    action = RetentionAction.DELETE)
public class Contact {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  @DataSubject
  Long id;

  @PersonalData(category = "identity")
  @Column(name = "full_name")
  String fullName;

  /** On erasure its keyed hash goes on the suppression list (Art. 17, Art. 21(3)). */
  @PersonalData(category = "contact-details")
  @SuppressOnErasure(IdentifierKind.EMAIL)
  String email;

  @ManyToOne Company company;

  /** Not personal data: a workflow state, changeable while processing is restricted. */
  String status = "active";

  @Column(name = "relationship_ended_at")
  Instant relationshipEndedAt;

  /** For JPA. */
  protected Contact() {}

  public Contact(String fullName, String email, Company company) {
    this.fullName = fullName;
    this.email = email;
    this.company = company;
  }

  public Long id() {
    return id;
  }

  public void rename(String fullName) {
    this.fullName = fullName;
  }

  public void status(String status) {
    this.status = status;
  }

  public String fullName() {
    return fullName;
  }
}
