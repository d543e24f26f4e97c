package io.github.gdpr4j.examples.crm;

import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.text.Action;
import io.github.gdpr4j.text.Kind;
import io.github.gdpr4j.text.validation.ControlledText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A call or meeting with a contact, with a free-text comment checked by text control. */
@Entity
@Table(name = "demo_interaction")
@Purpose("customer-relationship")
public class Interaction {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @DataSubject @ManyToOne Contact contact;

  // Identifiers (e-mail, phone, card numbers…) are redacted; special categories, criminal data and
  // insults are blocked (the defaults); credentials are always blocked.
  @ControlledText(identifiers = Action.REDACT, block = Kind.CREDENTIAL)
  @PersonalData(category = "professional-life")
  @Column(name = "comment_text", length = 4000)
  String comment;

  Instant at;

  /** For JPA. */
  protected Interaction() {}

  /**
   * Creates an interaction.
   *
   * @param contact the contact
   * @param comment the free-text comment
   * @param at when it happened
   */
  public Interaction(Contact contact, String comment, Instant at) {
    this.contact = contact;
    this.comment = comment;
    this.at = at;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public Long id() {
    return id;
  }
}
