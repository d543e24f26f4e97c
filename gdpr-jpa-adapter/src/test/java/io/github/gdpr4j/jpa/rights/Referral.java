package io.github.gdpr4j.jpa.rights;

import io.github.gdpr4j.jpa.crm.Contact;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A row outside the GDPR model that references a contact by foreign key: deleting the contact then
 * fails in the database, which is how the tests inject a failure in the middle of an erasure or a
 * sweep batch without any hook in the production code.
 */
@Entity
@Table(name = "rights_referral")
public class Referral {
  @Id Long id;

  @ManyToOne Contact contact;

  /** For JPA. */
  protected Referral() {}

  public Referral(Long id, Contact contact) {
    this.id = id;
    this.contact = contact;
  }
}
