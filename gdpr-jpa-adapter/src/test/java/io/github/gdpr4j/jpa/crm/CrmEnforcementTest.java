package io.github.gdpr4j.jpa.crm;

import static io.github.gdpr4j.jpa.crm.Crm.CUSTOMER_RELATIONSHIP;
import static io.github.gdpr4j.jpa.crm.Crm.INVOICING;
import static io.github.gdpr4j.jpa.crm.Crm.NEWSLETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.core.ConsentChannel;
import io.github.gdpr4j.core.Reason;
import io.github.gdpr4j.core.RestrictionGround;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.GdprJpaConfig;
import io.github.gdpr4j.jpa.ProcessingRefusedException;
import io.github.gdpr4j.jpa.PurposeScopeException;
import io.github.gdpr4j.jpa.Purposes;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.Causes;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import org.hibernate.Session;
import org.junit.jupiter.api.Nested;

/**
 * The example CRM on real databases: persist, update, remove and load under purposes, with consent,
 * objection and restriction read from the core registers.
 */
class CrmEnforcementTest {

  private final Crm crm = new Crm();

  /** Persists a company and a contact under the customer relationship; returns the contact id. */
  private static Long newContact(EntityManagerFactory emf) {
    return Purposes.call(
        CUSTOMER_RELATIONSHIP,
        () ->
            emf.callInTransaction(
                em -> {
                  Company acme = new Company("Acme");
                  em.persist(acme);
                  Contact c = new Contact("Ada Lovelace", "ada@example.org", acme);
                  em.persist(c);
                  return c.id();
                }));
  }

  private static ProcessingRefusedException refused(Throwable thrown) {
    assertThat(thrown).isNotNull();
    return Causes.find(thrown, ProcessingRefusedException.class)
        .orElseThrow(() -> new AssertionError("expected a refusal, got " + thrown, thrown));
  }

  private static PurposeScopeException outOfScope(Throwable thrown) {
    assertThat(thrown).isNotNull();
    return Causes.find(thrown, PurposeScopeException.class)
        .orElseThrow(() -> new AssertionError("expected a scope error, got " + thrown, thrown));
  }

  @Nested
  class Persist {
    @AllDatabases
    void contract_underItsPurpose_isStored(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());

      Long id = newContact(emf);

      assertThat(db.queryForStrings("SELECT full_name FROM crm_contact WHERE id = ?", id))
          .containsExactly("Ada Lovelace");
      assertThat(crm.audit.events("decision"))
          .anySatisfy(
              e -> {
                assertThat(e.subject()).isEqualTo(SubjectId.of(id.toString()));
                assertThat(e.purpose()).isEqualTo(CUSTOMER_RELATIONSHIP);
                assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.ALLOWED);
              });
    }

    @AllDatabases
    void newsletter_withoutConsent_isRefusedWithArt6Reason(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);

      Throwable thrown = catchThrowable(() -> subscribe(emf, id));

      ProcessingRefusedException e = refused(thrown);
      assertThat(e.decision().orElseThrow().deniedFor(Reason.Code.CONSENT_MISSING)).isTrue();
      assertThat(e.reasons()).containsExactly("CONSENT_MISSING (Art. 6(1)(a))");
      assertThat(e.getMessage())
          .contains(NewsletterSubscription.class.getName(), "newsletter", id.toString())
          .doesNotContain("ada@example.org");
      assertThat(db.queryForStrings("SELECT email FROM crm_newsletter_subscription")).isEmpty();
    }

    @AllDatabases
    void newsletter_withConsent_isStored(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);
      crm.giveNewsletterConsent(id);

      subscribe(emf, id);

      assertThat(db.queryForStrings("SELECT email FROM crm_newsletter_subscription"))
          .containsExactly("ada@example.org");
    }

    @AllDatabases
    void newsletter_afterWithdrawal_isRefusedWithArt7_3(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);
      crm.giveNewsletterConsent(id);
      Long subscription = subscribe(emf, id);
      crm.clock.advance(java.time.Duration.ofDays(1));
      crm.consents.withdraw(
          SubjectId.of(id.toString()), NEWSLETTER, ConsentChannel.WEB_FORM, "web");

      Throwable again = catchThrowable(() -> subscribe(emf, id));
      Throwable update =
          catchThrowable(
              () ->
                  Purposes.run(
                      NEWSLETTER,
                      () ->
                          emf.runInTransaction(
                              em ->
                                  em.find(NewsletterSubscription.class, subscription)
                                      .frequency("weekly"))));

      assertThat(refused(again).reasons()).containsExactly("CONSENT_WITHDRAWN (Art. 7(3))");
      assertThat(refused(update).reasons()).containsExactly("CONSENT_WITHDRAWN (Art. 7(3))");
      assertThat(db.queryForStrings("SELECT frequency FROM crm_newsletter_subscription"))
          .containsExactly("monthly");
    }

    @AllDatabases
    void newsletter_afterObjectionToDirectMarketing_isRefusedWithArt21_3(TestDatabase db) {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);
      crm.giveNewsletterConsent(id);
      crm.objections.lodgeAgainstDirectMarketing(SubjectId.of(id.toString()), "call-centre");

      Throwable thrown = catchThrowable(() -> subscribe(emf, id));

      assertThat(refused(thrown).reasons()).containsExactly("OBJECTION_LODGED (Art. 21(3))");
    }

    @AllDatabases
    void invoice_withBasicSubjectId_isStoredUnderLegalObligation(TestDatabase db)
        throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);

      Purposes.run(
          INVOICING,
          () ->
              emf.runInTransaction(
                  em ->
                      em.persist(
                          new Invoice(
                              id,
                              "1 rue de la Paix, Paris",
                              new BigDecimal("120.00"),
                              Instant.parse("2026-01-15T09:00:00Z")))));

      assertThat(db.queryForStrings("SELECT amount FROM crm_invoice"))
          .singleElement()
          .satisfies(a -> assertThat(new BigDecimal(a)).isEqualByComparingTo("120"));
      assertThat(crm.audit.events("decision"))
          .anySatisfy(
              e -> {
                assertThat(e.purpose()).isEqualTo(INVOICING);
                assertThat(e.subject()).isEqualTo(SubjectId.of(id.toString()));
              });
    }

    @AllDatabases
    void anyEntity_outsideAScope_isRefusedNamingTheEntity(TestDatabase db) {
      EntityManagerFactory emf = crm.emf(db, crm.config());

      Throwable thrown =
          catchThrowable(
              () -> emf.runInTransaction(em -> em.persist(new Contact("B", "b@x.org", null))));

      PurposeScopeException e = outOfScope(thrown);
      assertThat(e.purpose()).isEmpty();
      assertThat(e.entityName()).isEqualTo(Contact.class.getName());
      assertThat(e.getMessage()).contains("outside any purpose scope", "Art. 5(1)(b)");
      assertThat(crm.audit.events("write.outside-purpose"))
          .singleElement()
          .satisfies(a -> assertThat(a.outcome()).isEqualTo(AuditEvent.Outcome.DENIED));
    }

    @AllDatabases
    void invoice_underAPurposeItDoesNotDeclare_isRefused(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);

      Throwable thrown =
          catchThrowable(
              () ->
                  Purposes.run(
                      NEWSLETTER,
                      () ->
                          emf.runInTransaction(
                              em ->
                                  em.persist(
                                      new Invoice(id, "x", BigDecimal.ONE, Instant.EPOCH)))));

      PurposeScopeException e = outOfScope(thrown);
      assertThat(e.purpose()).contains(NEWSLETTER);
      assertThat(e.getMessage()).contains("invoicing");
      assertThat(db.queryForStrings("SELECT id FROM crm_invoice")).isEmpty();
    }
  }

  @Nested
  class Restriction {
    @AllDatabases
    void personalDataUpdate_whileRestricted_isRefusedWithArt18_2(TestDatabase db)
        throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);
      crm.restrictions.place(
          SubjectId.of(id.toString()), RestrictionGround.ACCURACY_CONTESTED, "dpo");

      Throwable thrown =
          catchThrowable(
              () ->
                  Purposes.run(
                      CUSTOMER_RELATIONSHIP,
                      () ->
                          emf.runInTransaction(
                              em -> em.find(Contact.class, id).rename("Ada King"))));

      assertThat(refused(thrown).reasons()).containsExactly("PROCESSING_RESTRICTED (Art. 18(2))");
      assertThat(db.queryForStrings("SELECT full_name FROM crm_contact"))
          .containsExactly("Ada Lovelace");
    }

    @AllDatabases
    void nonPersonalUpdate_whileRestricted_isStorageAndAllowed(TestDatabase db)
        throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);
      crm.restrictions.place(
          SubjectId.of(id.toString()), RestrictionGround.ACCURACY_CONTESTED, "dpo");

      Purposes.run(
          CUSTOMER_RELATIONSHIP,
          () -> emf.runInTransaction(em -> em.find(Contact.class, id).status("restricted")));

      assertThat(db.queryForStrings("SELECT status FROM crm_contact"))
          .containsExactly("restricted");
      assertThat(crm.audit.events("decision"))
          .last()
          .satisfies(e -> assertThat(e.details()).containsEntry("operation", "STORE"));
    }

    @AllDatabases
    void remove_whileRestricted_isRefusedAndAudited(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);
      crm.restrictions.place(SubjectId.of(id.toString()), RestrictionGround.LEGAL_CLAIMS, "dpo");

      Throwable thrown =
          catchThrowable(
              () ->
                  Purposes.run(
                      CUSTOMER_RELATIONSHIP,
                      () -> emf.runInTransaction(em -> em.remove(em.find(Contact.class, id)))));

      assertThat(refused(thrown).reasons())
          .containsExactly("PROCESSING_RESTRICTED (Art. 18(2))", "LEGAL_CLAIMS (Art. 18(1)(c))");
      assertThat(db.queryForStrings("SELECT id FROM crm_contact")).hasSize(1);
      assertThat(crm.audit.events("erasure"))
          .singleElement()
          .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DENIED));
    }

    @AllDatabases
    void remove_notRestricted_isAllowedAndAudited(TestDatabase db) throws SQLException {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);

      Purposes.run(
          CUSTOMER_RELATIONSHIP,
          () -> emf.runInTransaction(em -> em.remove(em.find(Contact.class, id))));

      assertThat(db.queryForStrings("SELECT id FROM crm_contact")).isEmpty();
      assertThat(crm.audit.events("erasure"))
          .singleElement()
          .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.ALLOWED));
    }
  }

  @Nested
  class Load {
    @AllDatabases
    void load_underADeclaredPurpose_isSilent(TestDatabase db) {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);
      crm.audit.clear();

      Contact c =
          Purposes.call(NEWSLETTER, () -> emf.callInTransaction(em -> em.find(Contact.class, id)));

      assertThat(c.fullName()).isEqualTo("Ada Lovelace");
      assertThat(crm.audit.events()).isEmpty();
    }

    @AllDatabases
    void load_outsideAnyScope_isDeniedByDefault(TestDatabase db) {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      Long id = newContact(emf);

      Throwable thrown =
          catchThrowable(() -> emf.runInTransaction(em -> em.find(Contact.class, id)));

      assertThat(outOfScope(thrown).getMessage()).contains("load of " + Contact.class.getName());
      assertThat(crm.audit.events("read.outside-purpose"))
          .singleElement()
          .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.DENIED));
    }

    @AllDatabases
    void load_underUndeclaredPurpose_withAuditPolicy_isWarnedAndNeverDirties(TestDatabase db) {
      EntityManagerFactory emf =
          crm.emf(db, crm.config(b -> b.readPolicy(GdprJpaConfig.ReadPolicy.AUDIT)));
      Long id = newContact(emf);
      crm.audit.clear();

      try (EntityManager em = emf.createEntityManager()) {
        Purposes.run(
            PurposeIdOf.of("marketing-analytics"),
            () -> {
              Contact c = em.find(Contact.class, id);
              assertThat(c).isNotNull();
              assertThat(em.unwrap(Session.class).isDirty()).isFalse();
            });
      }

      assertThat(crm.audit.events())
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.action()).isEqualTo("read.outside-purpose");
                assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.WARNED);
                assertThat(e.details()).containsEntry("entity", "Contact");
              });
    }

    @AllDatabases
    void unannotatedEntity_outsideAnyScope_isUntouched(TestDatabase db) {
      EntityManagerFactory emf = crm.emf(db, crm.config());
      crm.audit.clear();

      assertThatCode(() -> emf.runInTransaction(em -> em.persist(new Company("Initech"))))
          .doesNotThrowAnyException();
      assertThat(crm.audit.events()).isEmpty();
    }
  }

  /** Subscribes a contact to the newsletter under that purpose; returns the subscription id. */
  private static Long subscribe(EntityManagerFactory emf, Long contactId) {
    return Purposes.call(
        NEWSLETTER,
        () ->
            emf.callInTransaction(
                em -> {
                  NewsletterSubscription s =
                      new NewsletterSubscription(
                          em.getReference(Contact.class, contactId), "ada@example.org");
                  em.persist(s);
                  return s.id();
                }));
  }

  /** Purpose ids used only here. */
  private static final class PurposeIdOf {
    static io.github.gdpr4j.core.PurposeId of(String id) {
      return io.github.gdpr4j.core.PurposeId.of(id);
    }
  }
}
