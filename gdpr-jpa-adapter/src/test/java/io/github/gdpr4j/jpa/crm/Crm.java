package io.github.gdpr4j.jpa.crm;

import io.github.gdpr4j.core.ConsentCapture;
import io.github.gdpr4j.core.ConsentChannel;
import io.github.gdpr4j.core.ConsentLedger;
import io.github.gdpr4j.core.ConsentNotice;
import io.github.gdpr4j.core.ObjectionRegister;
import io.github.gdpr4j.core.ProcessingGuard;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.core.RestrictionRegister;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.core.RetentionRule;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.spi.ConsentStore;
import io.github.gdpr4j.core.spi.ObjectionStore;
import io.github.gdpr4j.core.spi.RestrictionStore;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.GdprJpaConfig;
import io.github.gdpr4j.jpa.testing.MutableClock;
import io.github.gdpr4j.jpa.testing.RecordingAuditSink;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import io.github.gdpr4j.text.TextControl;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The example CRM: its purpose registry, in-memory registers, a recording audit sink and a clock,
 * wired into a {@link GdprJpaConfig}.
 */
public final class Crm {
  public static final PurposeId CUSTOMER_RELATIONSHIP = PurposeId.of("customer-relationship");
  public static final PurposeId NEWSLETTER = PurposeId.of("newsletter");
  public static final PurposeId INVOICING = PurposeId.of("invoicing");

  /** The CRM's model. */
  public static final Class<?>[] ENTITIES = {
    Company.class, Contact.class, Interaction.class, NewsletterSubscription.class, Invoice.class
  };

  /** Built once: the bundled vocabularies take a moment to compile. */
  public static final TextControl TEXT = TextControl.builder().build();

  public final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T09:00:00Z"));
  public final RecordingAuditSink audit = new RecordingAuditSink();
  public final PurposeRegistry registry = registry();
  public final ConsentLedger consents = ConsentLedger.create(ConsentStore.inMemory(), clock, audit);
  public final ObjectionRegister objections =
      ObjectionRegister.create(ObjectionStore.inMemory(), clock, audit);
  public final RestrictionRegister restrictions =
      RestrictionRegister.create(RestrictionStore.inMemory(), clock, audit);
  public final ProcessingGuard guard =
      ProcessingGuard.builder(registry)
          .consents(consents)
          .objections(objections)
          .restrictions(restrictions)
          .auditSink(audit)
          .clock(clock)
          .build();

  /** The registry of the example CRM. */
  public static PurposeRegistry registry() {
    return PurposeRegistry.builder()
        .purpose(
            "customer-relationship",
            p ->
                p.description("Gestion de la relation client", "Customer relationship management")
                    .contract("crm-terms-v1")
                    .dataCategories("identity", "contact-details", "professional-life")
                    .subjectCategories("customers")
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(3),
                            RetentionEvent.END_OF_RELATIONSHIP,
                            RetentionAction.DELETE)))
        .purpose(
            "newsletter",
            p ->
                p.description("Lettre d'information", "Newsletter")
                    .consent("newsletter-v1")
                    .dataCategories("identity", "contact-details")
                    .subjectCategories("customers")
                    .directMarketing(true)
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(3),
                            RetentionEvent.CONSENT_WITHDRAWAL,
                            RetentionAction.DELETE)))
        .purpose(
            "invoicing",
            p ->
                p.description("Facturation", "Invoicing")
                    .legalObligation("Code de commerce, art. L123-22")
                    .dataCategories("identity", "billing")
                    .subjectCategories("customers")
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(10), RetentionEvent.COLLECTION, RetentionAction.DELETE)))
        .build();
  }

  /** The configuration with defaults. */
  public GdprJpaConfig config() {
    return config(UnaryOperator.identity());
  }

  /** The configuration, adjusted. */
  public GdprJpaConfig config(UnaryOperator<GdprJpaConfig.Builder> adjust) {
    return adjust
        .apply(
            GdprJpaConfig.builder(guard)
                .restrictions(restrictions)
                .auditSink(audit)
                .clock(clock)
                .textControl(TEXT))
        .build();
  }

  /** An entity manager factory for the CRM model on {@code db}, enforcing {@code config}. */
  public EntityManagerFactory emf(TestDatabase db, GdprJpaConfig config) {
    Map<String, Object> props = new HashMap<>();
    props.put(GdprJpa.CONFIG, config);
    return db.entityManagerFactory(props, ENTITIES);
  }

  /** Records consent to the newsletter, as a web form would. */
  public void giveNewsletterConsent(Long contactId) {
    consents.give(
        SubjectId.of(contactId.toString()),
        NEWSLETTER,
        ConsentCapture.of(
            ConsentChannel.WEB_FORM,
            "web",
            ConsentNotice.of("newsletter-v1", "Receive our monthly newsletter."),
            "form-submission-1"));
  }
}
