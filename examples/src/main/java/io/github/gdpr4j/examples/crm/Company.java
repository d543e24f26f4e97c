package io.github.gdpr4j.examples.crm;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer company: a legal person, so no personal data and no gdpr4j annotation. */
@Entity
@Table(name = "demo_company")
public class Company {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  String name;

  /** For JPA. */
  protected Company() {}

  /**
   * Creates a company.
   *
   * @param name its name
   */
  public Company(String name) {
    this.name = name;
  }
}
