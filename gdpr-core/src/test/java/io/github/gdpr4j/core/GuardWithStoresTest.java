package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.core.spi.ConsentStore;
import io.github.gdpr4j.core.spi.ObjectionStore;
import io.github.gdpr4j.core.spi.RestrictionStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The processing guard fed by the real consent ledger, objection and restriction registers and
 * retention rules: it denies after withdrawal, after objection, while restricted and after
 * retention, each with its reason and article.
 */
class GuardWithStoresTest {

  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final SubjectId ALICE = SubjectId.of("contact-1");
  private static final PurposeId NEWSLETTER = PurposeId.of("newsletter");
  private static final PurposeId PROSPECTING = PurposeId.of("prospecting");
  private static final PurposeId FRAUD = PurposeId.of("fraud-scoring");
  private static final PurposeId SUPPORT = PurposeId.of("support");
  private static final ConsentNotice NOTICE = ConsentNotice.of("newsletter-v1", "Weekly news.");

  private final MutableClock clock = new MutableClock(T0);
  private final StateAuditSink audit = new StateAuditSink();
  private final ConsentLedger consents =
      ConsentLedger.create(ConsentStore.inMemory(), clock, audit);
  private final ObjectionRegister objections =
      ObjectionRegister.create(ObjectionStore.inMemory(), clock, audit);
  private final RestrictionRegister restrictions =
      RestrictionRegister.create(RestrictionStore.inMemory(), clock, audit);
  private final ProcessingGuard guard =
      ProcessingGuard.builder(registry())
          .consents(consents)
          .objections(objections)
          .restrictions(restrictions)
          .auditSink(audit)
          .clock(clock)
          .build();

  private static LegitimateInterestAssessment lia() {
    return new LegitimateInterestAssessment(
        "Detecting payment fraud",
        "Scoring only the order data needed",
        "Subjects expect fraud checks; no effect beyond order review",
        LocalDate.of(2025, 1, 10));
  }

  private static PurposeRegistry registry() {
    return PurposeRegistry.builder()
        .purpose(
            "newsletter",
            p ->
                p.description("Lettre d'information", "Newsletter")
                    .consent("newsletter-v1")
                    .dataCategories("e-mail address")
                    .subjectCategories("customers")
                    .recipients(Recipient.processor("E-mail service provider"))
                    .retention(
                        RetentionRule.of(
                            Period.ZERO, RetentionEvent.CONSENT_WITHDRAWAL, RetentionAction.DELETE))
                    .directMarketing(true))
        .purpose(
            "prospecting",
            p ->
                p.description("Prospection", "Prospecting")
                    .legitimateInterests(lia())
                    .dataCategories("professional contact details")
                    .subjectCategories("prospects")
                    .recipients(Recipient.internal("Sales team"))
                    .retention(RetentionPresets.PROSPECT)
                    .directMarketing(true))
        .purpose(
            "fraud-scoring",
            p ->
                p.description("Lutte contre la fraude", "Fraud scoring")
                    .legitimateInterests(lia())
                    .dataCategories("orders")
                    .subjectCategories("customers")
                    .recipients(Recipient.internal("Risk team"))
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(5), RetentionEvent.COLLECTION, RetentionAction.DELETE)))
        .purpose(
            "support",
            p ->
                p.description("Assistance", "Support")
                    .contract("Terms of sale, art. 7")
                    .dataCategories("support tickets")
                    .subjectCategories("customers")
                    .recipients(Recipient.internal("Support team"))
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(2),
                            RetentionEvent.LAST_CONTACT_BY_SUBJECT,
                            RetentionAction.ANONYMISE)))
        .build();
  }

  private static Reason reasonOf(Decision d, Reason.Code code) {
    return d.reasons().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
  }

  @Nested
  class Withdrawal {
    @Test
    void withdrawnConsent_deniesWithArt7_3() {
      consents.give(
          ALICE,
          NEWSLETTER,
          ConsentCapture.of(ConsentChannel.WEB_FORM, "signup-form", NOTICE, "submission-1"));
      assertThat(guard.decide(ALICE, NEWSLETTER).isAllowed()).isTrue();
      clock.advance(Duration.ofDays(1));

      consents.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "unsubscribe-link");
      Decision d = guard.decide(ALICE, NEWSLETTER);

      assertThat(d.isDenied()).isTrue();
      assertThat(reasonOf(d, Reason.Code.CONSENT_WITHDRAWN).article())
          .as("Art. 7(3): withdrawal stops processing at once")
          .isEqualTo("Art. 7(3)");
    }

    @Test
    void pendingDoubleOptIn_deniesAsMissingConsent() {
      consents.request(
          ALICE,
          NEWSLETTER,
          ConsentCapture.of(ConsentChannel.WEB_FORM, "signup-form", NOTICE, "submission-1"));

      assertThat(guard.decide(ALICE, NEWSLETTER).deniedFor(Reason.Code.CONSENT_MISSING)).isTrue();
    }
  }

  @Nested
  class Objection {
    @Test
    void objectionToDirectMarketing_deniesWithArt21_3_evenAfterOverrideAttempt() {
      assertThat(guard.decide(ALICE, PROSPECTING).isAllowed()).isTrue();

      objections.lodgeAgainstDirectMarketing(ALICE, "unsubscribe-page");
      Decision d = guard.decide(ALICE, PROSPECTING);

      assertThat(reasonOf(d, Reason.Code.OBJECTION_LODGED).article())
          .as("Art. 21(3): objection to direct marketing is absolute")
          .isEqualTo("Art. 21(3)");

      objections.lodge(ALICE, PROSPECTING, "call-centre");
      objections.override(ALICE, PROSPECTING, "sales-director", "key account");
      objections.withdraw(ALICE, null, "sales-director"); // only the subject may; shown anyway

      assertThat(guard.decide(ALICE, PROSPECTING).deniedFor(Reason.Code.OBJECTION_LODGED))
          .as("Art. 21(3): no compelling grounds ever override it for direct marketing")
          .isTrue();
    }

    @Test
    void objectionToLegitimateInterest_deniesUntilCompellingGroundsRecorded() {
      objections.lodge(ALICE, FRAUD, "support");
      Decision denied = guard.decide(ALICE, FRAUD);
      assertThat(reasonOf(denied, Reason.Code.OBJECTION_LODGED).article()).isEqualTo("Art. 21(1)");
      clock.advance(Duration.ofDays(2));

      objections.override(ALICE, FRAUD, "dpo-7", "fraud pattern on the account (case F-12)");

      assertThat(guard.decide(ALICE, FRAUD).isAllowed())
          .as("Art. 21(1): compelling legitimate grounds recorded")
          .isTrue();
    }
  }

  @Nested
  class Restriction {
    @Test
    void whileRestricted_onlyStorageIsAllowed_untilLifted() {
      restrictions.place(ALICE, RestrictionGround.ACCURACY_CONTESTED, "dpo");

      Decision use =
          guard.decide(ProcessingRequest.of(ALICE, SUPPORT).withOperation(Operation.USE));
      Decision store =
          guard.decide(ProcessingRequest.of(ALICE, SUPPORT).withOperation(Operation.STORE));

      assertThat(reasonOf(use, Reason.Code.PROCESSING_RESTRICTED).article())
          .as("Art. 18(2): storage only")
          .isEqualTo("Art. 18(2)");
      assertThat(store.isAllowed()).isTrue();

      clock.advance(Duration.ofDays(5));
      restrictions.lift(ALICE, RestrictionGround.ACCURACY_CONTESTED, "dpo");

      assertThat(guard.decide(ALICE, SUPPORT).isAllowed()).isTrue();
    }
  }

  @Nested
  class Retention {
    private final RetentionFacts prospect =
        RetentionFacts.empty()
            .with(RetentionEvent.COLLECTION, Instant.parse("2022-03-01T09:00:00Z"));

    @Test
    void prospectPastThreeYears_deniedWithArt5_1_e() {
      Decision d =
          guard.decide(ProcessingRequest.of(ALICE, PROSPECTING).withRetentionFacts(prospect));

      assertThat(reasonOf(d, Reason.Code.RETENTION_PERIOD_OVER).article())
          .as("Art. 5(1)(e): CNIL 2021-131, 3 years for prospects")
          .isEqualTo("Art. 5(1)(e)");
    }

    @Test
    void prospectTheDayBefore_allowed() {
      clock.set(Instant.parse("2025-02-28T09:00:00Z"));

      assertThat(
              guard
                  .decide(ProcessingRequest.of(ALICE, PROSPECTING).withRetentionFacts(prospect))
                  .isAllowed())
          .isTrue();
    }

    @Test
    void contactInitiatedByProspect_keepsThemInRetention() {
      RetentionFacts replied =
          prospect.with(
              RetentionEvent.LAST_CONTACT_BY_SUBJECT, Instant.parse("2024-06-01T00:00:00Z"));

      assertThat(
              guard
                  .decide(ProcessingRequest.of(ALICE, PROSPECTING).withRetentionFacts(replied))
                  .isAllowed())
          .isTrue();
    }

    @Test
    void unknownCollection_deniedAsRetentionUnknown() {
      Decision d =
          guard.decide(
              ProcessingRequest.of(ALICE, FRAUD).withRetentionFacts(RetentionFacts.empty()));

      assertThat(d.deniedFor(Reason.Code.RETENTION_UNKNOWN)).isTrue();
    }
  }

  @Test
  void stateChangesAndDecisions_allReachTheAuditTrail() {
    consents.give(
        ALICE,
        NEWSLETTER,
        ConsentCapture.of(ConsentChannel.WEB_FORM, "signup-form", NOTICE, "submission-1"));
    consents.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "unsubscribe-link");
    guard.decide(ALICE, NEWSLETTER);

    assertThat(audit.actions()).containsExactly("consent.given", "consent.withdrawn", "decision");
    assertThat(audit.last().outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
  }
}
