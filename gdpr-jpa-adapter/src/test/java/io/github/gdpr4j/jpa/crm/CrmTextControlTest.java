package io.github.gdpr4j.jpa.crm;

import static io.github.gdpr4j.jpa.crm.Crm.CUSTOMER_RELATIONSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.jpa.Purposes;
import io.github.gdpr4j.jpa.TextBlockedException;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.Causes;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import io.github.gdpr4j.text.Finding;
import io.github.gdpr4j.text.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Nested;

/** Text control of the interaction comment at flush, checked in the database row itself. */
class CrmTextControlTest {

  private final Crm crm = new Crm();

  private static final String CARD = "4111 1111 1111 1111";

  private Long contact(EntityManagerFactory emf) {
    return Purposes.call(
        CUSTOMER_RELATIONSHIP,
        () ->
            emf.callInTransaction(
                em -> {
                  Contact c = new Contact("Ada Lovelace", "ada@example.org", null);
                  em.persist(c);
                  return c.id();
                }));
  }

  private Long note(EntityManagerFactory emf, Long contactId, String comment) {
    return Purposes.call(
        CUSTOMER_RELATIONSHIP,
        () ->
            emf.callInTransaction(
                em -> {
                  Interaction i =
                      new Interaction(
                          em.find(Contact.class, contactId),
                          comment,
                          Instant.parse("2026-01-15T10:00:00Z"));
                  em.persist(i);
                  return i.id();
                }));
  }

  @Nested
  class Persist {
    @AllDatabases
    void healthNote_isBlockedWithItsFinding_art9(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long contact = contact(emf);

      Throwable thrown =
          catchThrowable(() -> note(emf, contact, "Call back next week, she is diabetic."));

      TextBlockedException e =
          Causes.find(thrown, TextBlockedException.class)
              .orElseThrow(() -> new AssertionError("expected a block", thrown));
      assertThat(e.field()).isEqualTo("comment");
      assertThat(e.kinds()).containsKey("HEALTH");
      assertThat(e.findings())
          .singleElement()
          .isInstanceOfSatisfying(Finding.class, f -> assertThat(f.kind()).isEqualTo(Kind.HEALTH));
      assertThat(e.getMessage()).contains(Interaction.class.getName()).doesNotContain("diabetic");
      assertThat(db.queryForStrings("SELECT comment_text FROM crm_interaction")).isEmpty();
      assertThat(crm.audit.events("text.blocked"))
          .singleElement()
          .satisfies(a -> assertThat(a.outcome()).isEqualTo(AuditEvent.Outcome.DENIED));
    }

    @AllDatabases
    void cardNumber_isRedactedBeforeFlush_inTheRowItself(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long contact = contact(emf);

      note(emf, contact, "Paid the renewal by card " + CARD + " on the phone.");

      String stored = db.queryForStrings("SELECT comment_text FROM crm_interaction").get(0);
      assertThat(stored).doesNotContain("4111").contains("[PAYMENT_CARD]").startsWith("Paid");
      assertThat(crm.audit.events("text.redacted"))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.reasons()).containsExactly("PAYMENT_CARD");
                assertThat(a.details().toString()).doesNotContain("4111");
              });
    }

    @AllDatabases
    void plainNote_isStoredUnchanged(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long contact = contact(emf);

      note(emf, contact, "Discussed the renewal of the maintenance contract.");

      assertThat(db.queryForStrings("SELECT comment_text FROM crm_interaction"))
          .containsExactly("Discussed the renewal of the maintenance contract.");
      assertThat(crm.audit.events()).noneMatch(a -> a.action().startsWith("text."));
    }
  }

  @Nested
  class Update {
    @AllDatabases
    void cardAddedByUpdate_isRedactedToo(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long contact = contact(emf);
      Long id = note(emf, contact, "Renewal discussed.");

      Purposes.run(
          CUSTOMER_RELATIONSHIP,
          () ->
              emf.runInTransaction(
                  em -> em.find(Interaction.class, id).comment("Renewal paid with " + CARD)));

      assertThat(db.queryForStrings("SELECT comment_text FROM crm_interaction"))
          .containsExactly("Renewal paid with [PAYMENT_CARD]");
    }
  }
}
