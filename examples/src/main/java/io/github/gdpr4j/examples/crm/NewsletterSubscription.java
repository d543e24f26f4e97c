package io.github.gdpr4j.examples.crm;

import static io.github.gdpr4j.core.LegalBasis.CONSENT;

import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.LegalBasis;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A newsletter subscription: processing rests on consent (Art. 6(1)(a)). */
@Entity
@Table(name = "demo_newsletter_subscription")
@Purpose("newsletter")
@LegalBasis(CONSENT)
public class NewsletterSubscription {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @DataSubject @ManyToOne Contact contact;

  @PersonalData(category = "contact-details")
  String email;

  String frequency = "monthly";

  /** For JPA. */
  protected NewsletterSubscription() {}

  /**
   * Creates a subscription.
   *
   * @param contact the subscriber
   * @param email the address the newsletter goes to
   */
  public NewsletterSubscription(Contact contact, String email) {
    this.contact = contact;
    this.email = email;
  }
}
