package io.github.gdpr4j.jpa.testing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An entity that exercises the portable mapping choices: sequence ids, long text, instants. */
@Entity
@Table(name = "harness_note")
public class HarnessNote {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;

  @Column(name = "body", length = 4000)
  String body;

  @Column(name = "written_at")
  Instant writtenAt;

  /** For JPA. */
  protected HarnessNote() {}

  HarnessNote(String body, Instant writtenAt) {
    this.body = body;
    this.writtenAt = writtenAt;
  }
}
