package io.github.gdpr4j.jpa.rights;

import io.github.gdpr4j.jpa.Anonymise;
import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.jpa.crm.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A support ticket: kept for the statistics when its contact is erased, but anonymised and unlinked
 * (the fifth annotated entity of the rights tests, declared with annotations).
 */
@Entity
@Table(name = "rights_support_ticket")
@Purpose("customer-relationship")
@Erasure(action = Erasure.Action.ANONYMISE)
public class SupportTicket {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @DataSubject @ManyToOne Contact contact;

  @PersonalData(category = "professional-life")
  @Anonymise(with = Anonymise.With.TOKEN)
  @Column(nullable = false)
  String summary;

  @PersonalData(category = "contact-details")
  @Anonymise(with = Anonymise.With.PSEUDONYM)
  String callbackEmail;

  String state = "closed";

  /** For JPA. */
  protected SupportTicket() {}

  public SupportTicket(Contact contact, String summary, String callbackEmail) {
    this.contact = contact;
    this.summary = summary;
    this.callbackEmail = callbackEmail;
  }
}
