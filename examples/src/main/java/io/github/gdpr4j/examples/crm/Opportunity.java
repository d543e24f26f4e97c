package io.github.gdpr4j.examples.crm;

import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A sales opportunity with a contact's company. */
@Entity
@Table(name = "demo_opportunity")
@Purpose("customer-relationship")
public class Opportunity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @DataSubject @ManyToOne Contact contact;

  /** The contact's role in the purchase: about the person, so personal data. */
  @PersonalData(category = "professional-life")
  String buyingRole;

  String stage = "qualification";

  BigDecimal amount;

  /** For JPA. */
  protected Opportunity() {}

  /**
   * Creates an opportunity.
   *
   * @param contact the contact
   * @param buyingRole the contact's role in the purchase
   * @param amount the expected amount
   */
  public Opportunity(Contact contact, String buyingRole, BigDecimal amount) {
    this.contact = contact;
    this.buyingRole = buyingRole;
    this.amount = amount;
  }
}
