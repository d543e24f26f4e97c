package io.github.gdpr4j.jpa.crm;

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

/** A call or meeting with a contact, with a free-text comment. */
@Entity
@Table(name = "crm_interaction")
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

  public Interaction(Contact contact, String comment, Instant at) {
    this.contact = contact;
    this.comment = comment;
    this.at = at;
  }

  public Long id() {
    return id;
  }

  public void comment(String comment) {
    this.comment = comment;
  }

  public String comment() {
    return comment;
  }
}
