package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.ConsentLookup;
import io.github.gdpr4j.core.spi.ObjectionLookup;
import io.github.gdpr4j.core.spi.RestrictionLookup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProcessingGuardTest {

  static final SubjectId ALICE = SubjectId.of("contact-42");
  static final Instant NOW = SampleCrm.CLOCK.instant();

  /** Fixed state for one subject; each field can be changed before the guard is built. */
  static final class State {
    ConsentStatus consent = ConsentStatus.GIVEN;
    ObjectionStatus objection = ObjectionStatus.NONE;
    Optional<RestrictionGround> restriction = Optional.empty();
    final List<AuditEvent> audit = new ArrayList<>();
    final List<Boolean> directMarketingAsked = new ArrayList<>();

    ConsentLookup consents() {
      return (s, p, at) -> consent;
    }

    ObjectionLookup objections() {
      return (s, p, dm, at) -> {
        directMarketingAsked.add(dm);
        return objection;
      };
    }

    RestrictionLookup restrictions() {
      return (s, at) -> restriction;
    }

    ProcessingGuard guard(PurposeRegistry registry) {
      return ProcessingGuard.builder(registry)
          .consents(consents())
          .objections(objections())
          .restrictions(restrictions())
          .auditSink(audit::add)
          .clock(SampleCrm.CLOCK)
          .build();
    }

    ProcessingGuard guard() {
      return guard(SampleCrm.registry());
    }
  }

  @Nested
  class Consent {
    @Test
    void givenConsent_allowsConsentPurpose() {
      Decision d = new State().guard().decide(ALICE, SampleCrm.NEWSLETTER);
      assertThat(d.isAllowed()).as("Art. 6(1)(a): consent given").isTrue();
      assertThat(d.reasons()).isEmpty();
    }

    @Test
    void withdrawnConsent_deniesProcessing() {
      State s = new State();
      s.consent = ConsentStatus.WITHDRAWN;
      Decision d = s.guard().decide(ALICE, SampleCrm.NEWSLETTER);
      assertThat(d.reasons())
          .as("Art. 7(3): withdrawn consent stops processing")
          .containsExactly(new Reason(Reason.Code.CONSENT_WITHDRAWN, "Art. 7(3)"));
    }

    @Test
    void missingOrPendingConsent_denies() {
      for (ConsentStatus status : List.of(ConsentStatus.NONE, ConsentStatus.PENDING)) {
        State s = new State();
        s.consent = status;
        assertThat(s.guard().decide(ALICE, SampleCrm.NEWSLETTER).reasons())
            .as("Art. 6(1)(a): %s is no consent", status)
            .containsExactly(new Reason(Reason.Code.CONSENT_MISSING, "Art. 6(1)(a)"));
      }
    }

    @Test
    void expiredConsent_denies() {
      State s = new State();
      s.consent = ConsentStatus.EXPIRED;
      assertThat(
              s.guard().decide(ALICE, SampleCrm.NEWSLETTER).deniedFor(Reason.Code.CONSENT_EXPIRED))
          .as("Art. 6(1)(a): expired consent")
          .isTrue();
    }

    @Test
    void nonConsentPurpose_ignoresConsentState() {
      State s = new State();
      s.consent = ConsentStatus.WITHDRAWN;
      assertThat(s.guard().decide(ALICE, SampleCrm.INVOICING).isAllowed())
          .as("Art. 6(1)(c): a legal obligation does not rest on consent")
          .isTrue();
    }

    @Test
    void explicitConsentForSpecialCategories_isChecked_evenOnContractBasis() {
      PurposeRegistry r =
          PurposeRegistry.builder()
              .purpose(
                  "coaching",
                  PurposeRegistryTest.valid(
                      p ->
                          p.specialCategories(SpecialCategory.HEALTH)
                              .art9Condition(Art9Condition.EXPLICIT_CONSENT)
                              .consentNotice("coaching-v1")))
              .build();
      State s = new State();
      s.consent = ConsentStatus.NONE;
      assertThat(s.guard(r).decide(ALICE, PurposeId.of("coaching")).reasons())
          .as("Art. 9(2)(a): health data needs explicit consent")
          .containsExactly(new Reason(Reason.Code.CONSENT_MISSING, "Art. 9(2)(a)"));
    }
  }

  @Nested
  class Objection {
    @Test
    void lodgedObjection_toLegitimateInterests_denies() {
      State s = new State();
      s.objection = ObjectionStatus.LODGED;
      PurposeRegistry r = liRegistry(false);
      assertThat(s.guard(r).decide(ALICE, PurposeId.of("analytics")).reasons())
          .as("Art. 21(1): objection to legitimate interests")
          .containsExactly(new Reason(Reason.Code.OBJECTION_LODGED, "Art. 21(1)"));
    }

    @Test
    void overriddenObjection_toLegitimateInterests_allows() {
      State s = new State();
      s.objection = ObjectionStatus.OVERRIDDEN;
      assertThat(s.guard(liRegistry(false)).decide(ALICE, PurposeId.of("analytics")).isAllowed())
          .as("Art. 21(1): compelling legitimate grounds override the objection")
          .isTrue();
    }

    @Test
    void overriddenObjection_toDirectMarketing_stillDenies() {
      State s = new State();
      s.objection = ObjectionStatus.OVERRIDDEN;
      assertThat(s.guard().decide(ALICE, SampleCrm.PROSPECTING).reasons())
          .as("Art. 21(3): objection to direct marketing is absolute")
          .containsExactly(new Reason(Reason.Code.OBJECTION_LODGED, "Art. 21(3)"));
    }

    @Test
    void objection_toConsentBasedDirectMarketing_denies_andAsksForDirectMarketing() {
      State s = new State();
      s.objection = ObjectionStatus.LODGED;
      assertThat(s.guard().decide(ALICE, SampleCrm.NEWSLETTER).reasons())
          .as("Art. 21(2): direct marketing can be objected to on any basis")
          .containsExactly(new Reason(Reason.Code.OBJECTION_LODGED, "Art. 21(3)"));
      assertThat(s.directMarketingAsked).containsExactly(true);
    }

    @Test
    void objection_toContractPurpose_isNotRead() {
      State s = new State();
      s.objection = ObjectionStatus.LODGED;
      assertThat(s.guard().decide(ALICE, SampleCrm.SUPPORT).isAllowed())
          .as("Art. 21(1): no right to object to processing necessary for a contract")
          .isTrue();
      assertThat(s.directMarketingAsked).isEmpty();
    }

    private PurposeRegistry liRegistry(boolean dm) {
      return PurposeRegistry.builder()
          .purpose(
              "analytics",
              p ->
                  p.description("Statistiques", "Usage statistics")
                      .legitimateInterests(
                          new LegitimateInterestAssessment("i", "n", "b", LocalDate.of(2025, 1, 1)))
                      .dataCategories("usage")
                      .subjectCategories("customers")
                      .retention(PurposeRegistryTest.THREE_YEARS)
                      .directMarketing(dm))
          .build();
    }
  }

  @Nested
  class Restriction {
    @Test
    void restricted_allowsStorageOnly() {
      State s = new State();
      s.restriction = Optional.of(RestrictionGround.ACCURACY_CONTESTED);
      ProcessingGuard guard = s.guard();
      for (Operation op : Operation.values()) {
        Decision d = guard.decide(ProcessingRequest.of(ALICE, SampleCrm.SUPPORT).withOperation(op));
        assertThat(d.isAllowed())
            .as("Art. 18(2): %s while restricted", op)
            .isEqualTo(op == Operation.STORE);
        if (op != Operation.STORE) {
          assertThat(d.reasons())
              .containsExactly(new Reason(Reason.Code.PROCESSING_RESTRICTED, "Art. 18(2)"));
        }
      }
      assertThat(s.audit.get(0).details()).containsEntry("restrictionGround", "ACCURACY_CONTESTED");
    }
  }

  @Nested
  class Retention {
    private ProcessingRequest supportTicket(Instant lastContact, Operation op) {
      return ProcessingRequest.of(ALICE, SampleCrm.SUPPORT)
          .withOperation(op)
          .withRetentionFacts(
              RetentionFacts.empty()
                  .with(RetentionEvent.COLLECTION, lastContact.minusSeconds(86_400))
                  .with(RetentionEvent.LAST_CONTACT_BY_SUBJECT, lastContact));
    }

    @Test
    void withinPeriod_allows() {
      Decision d =
          new State().guard().decide(supportTicket(NOW.minusSeconds(86_400), Operation.USE));
      assertThat(d.isAllowed()).as("Art. 5(1)(e): within the retention period").isTrue();
    }

    @Test
    void periodOver_denies_evenStorage() {
      Instant threeYearsAgo = NOW.minusSeconds(3L * 366 * 86_400);
      ProcessingGuard guard = new State().guard();
      for (Operation op : Operation.values()) {
        assertThat(guard.decide(supportTicket(threeYearsAgo, op)).reasons())
            .as("Art. 5(1)(e): support data is anonymised after 2 years, %s denied", op)
            .containsExactly(new Reason(Reason.Code.RETENTION_PERIOD_OVER, "Art. 5(1)(e)"));
      }
    }

    @Test
    void archivePeriod_allowsStorageInArchive_only() {
      // customer-management: 3 years after the end of the relationship, then 2 years archive
      Instant ended = NOW.minusSeconds(4L * 366 * 86_400);
      RetentionFacts facts =
          RetentionFacts.empty()
              .with(RetentionEvent.COLLECTION, ended.minusSeconds(86_400))
              .with(RetentionEvent.END_OF_RELATIONSHIP, ended);
      ProcessingGuard guard = new State().guard();
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.CUSTOMER_MANAGEMENT).withRetentionFacts(facts);
      assertThat(guard.decide(r.withOperation(Operation.STORE)).isAllowed())
          .as("Art. 5(1)(e): intermediate archive may be kept")
          .isTrue();
      assertThat(
              guard
                  .decide(r.withOperation(Operation.USE))
                  .deniedFor(Reason.Code.RETENTION_PERIOD_OVER))
          .as("Art. 5(1)(e): archived data is not used")
          .isTrue();
    }

    @Test
    void legalHold_keepsStorage_butNotUse() {
      Instant threeYearsAgo = NOW.minusSeconds(3L * 366 * 86_400);
      RetentionFacts facts =
          RetentionFacts.empty()
              .with(RetentionEvent.COLLECTION, threeYearsAgo)
              .with(RetentionEvent.LAST_CONTACT_BY_SUBJECT, threeYearsAgo)
              .withLegalHold(LegalHold.placed("case-2026-001", NOW.minusSeconds(86_400)));
      ProcessingGuard guard = new State().guard();
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.SUPPORT).withRetentionFacts(facts);
      assertThat(guard.decide(r.withOperation(Operation.STORE)).isAllowed())
          .as("Art. 17(3)(e): kept for legal claims")
          .isTrue();
      assertThat(guard.decide(r).isDenied()).as("Art. 17(3)(e): storage only").isTrue();
    }

    @Test
    void unknownStart_deniesUse_butKeepsStorage() {
      PurposeRegistry reg =
          PurposeRegistry.builder().purpose("crm", PurposeRegistryTest.valid(p -> {})).build();
      ProcessingRequest unknown =
          ProcessingRequest.of(ALICE, PurposeId.of("crm"))
              .withRetentionFacts(RetentionFacts.empty());
      ProcessingGuard guard = new State().guard(reg);
      assertThat(guard.decide(unknown).reasons())
          .as("Art. 5(1)(e): the collection date is unknown, so the period cannot be shown running")
          .containsExactly(new Reason(Reason.Code.RETENTION_UNKNOWN, "Art. 5(1)(e)"));
      assertThat(guard.decide(unknown.withOperation(Operation.STORE)).isAllowed()).isTrue();
    }

    @Test
    void periodNotStarted_allows() {
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.INVOICING)
              .withRetentionFacts(RetentionFacts.empty().with(RetentionEvent.COLLECTION, NOW));
      assertThat(new State().guard().decide(r).isAllowed())
          .as("Art. 5(1)(e): the relationship is ongoing, the 10 years have not started")
          .isTrue();
    }
  }

  @Nested
  class FurtherUse {
    @Test
    void declaredCompatiblePurpose_allowed() {
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.SUPPORT)
              .withCollectionPurpose(SampleCrm.CUSTOMER_MANAGEMENT);
      assertThat(new State().guard().decide(r).isAllowed())
          .as("Art. 6(4): support was assessed compatible with customer management")
          .isTrue();
    }

    @Test
    void undeclaredFurtherPurpose_denied() {
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.PROSPECTING)
              .withCollectionPurpose(SampleCrm.INVOICING);
      assertThat(new State().guard().decide(r).reasons())
          .as("Art. 6(4): invoicing data may not be reused for prospecting")
          .containsExactly(new Reason(Reason.Code.FURTHER_USE_INCOMPATIBLE, "Art. 6(4)"));
    }

    @Test
    void compatibilityIsDirected() {
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.CUSTOMER_MANAGEMENT)
              .withCollectionPurpose(SampleCrm.SUPPORT);
      assertThat(new State().guard().decide(r).deniedFor(Reason.Code.FURTHER_USE_INCOMPATIBLE))
          .as("Art. 6(4): support data was not assessed for customer management")
          .isTrue();
    }

    @Test
    void furtherPurposeOnConsent_needsNoAssessment() {
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.NEWSLETTER)
              .withCollectionPurpose(SampleCrm.CUSTOMER_MANAGEMENT);
      assertThat(new State().guard().decide(r).isAllowed())
          .as("Art. 6(4): further processing based on consent")
          .isTrue();
    }

    @Test
    void samePurpose_isNoFurtherUse() {
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.SUPPORT).withCollectionPurpose(SampleCrm.SUPPORT);
      assertThat(new State().guard().decide(r).isAllowed()).isTrue();
    }

    @Test
    void unknownCollectionPurpose_denied() {
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.SUPPORT)
              .withCollectionPurpose(PurposeId.of("legacy-import"));
      assertThat(new State().guard().decide(r).deniedFor(Reason.Code.FURTHER_USE_INCOMPATIBLE))
          .isTrue();
    }
  }

  @Nested
  class Combined {
    @Test
    void everyFailingCheck_addsItsReason_inStableOrder() {
      State s = new State();
      s.consent = ConsentStatus.WITHDRAWN;
      s.objection = ObjectionStatus.LODGED;
      s.restriction = Optional.of(RestrictionGround.LEGAL_CLAIMS);
      ProcessingRequest r =
          ProcessingRequest.of(ALICE, SampleCrm.NEWSLETTER)
              .withCollectionPurpose(SampleCrm.INVOICING)
              .withRetentionFacts(
                  RetentionFacts.empty()
                      .with(RetentionEvent.COLLECTION, NOW.minusSeconds(10))
                      .with(RetentionEvent.CONSENT_WITHDRAWAL, NOW.minusSeconds(5)));
      assertThat(s.guard().decide(r).reasons())
          .extracting(Reason::code)
          .containsExactly(
              Reason.Code.CONSENT_WITHDRAWN,
              Reason.Code.OBJECTION_LODGED,
              Reason.Code.PROCESSING_RESTRICTED,
              Reason.Code.RETENTION_PERIOD_OVER);
    }

    @Test
    void undeclaredPurpose_deniedForNoLegalBasis() {
      Decision d = new State().guard().decide(ALICE, PurposeId.of("data-resale"));
      assertThat(d.reasons())
          .as("Art. 6(1): a purpose not declared has no legal basis")
          .containsExactly(new Reason(Reason.Code.NO_LEGAL_BASIS, "Art. 6(1)"));
    }
  }

  @Nested
  class Audit {
    @Test
    void everyDecision_isAudited_withoutPersonalData() {
      State s = new State();
      s.consent = ConsentStatus.WITHDRAWN;
      ProcessingGuard guard = s.guard();
      guard.decide(ALICE, SampleCrm.INVOICING);
      guard.decide(ProcessingRequest.of(ALICE, SampleCrm.NEWSLETTER).withActor("agent-7"));
      assertThat(s.audit).hasSize(2);
      AuditEvent allowed = s.audit.get(0);
      assertThat(allowed.action()).isEqualTo("decision");
      assertThat(allowed.outcome()).isEqualTo(AuditEvent.Outcome.ALLOWED);
      assertThat(allowed.at()).isEqualTo(NOW);
      assertThat(allowed.subjectId()).contains(ALICE);
      assertThat(allowed.purposeId()).contains(SampleCrm.INVOICING);
      assertThat(allowed.actor()).isEqualTo("system");
      AuditEvent denied = s.audit.get(1);
      assertThat(denied.outcome()).isEqualTo(AuditEvent.Outcome.DENIED);
      assertThat(denied.reasons()).containsExactly("CONSENT_WITHDRAWN (Art. 7(3))");
      assertThat(denied.actor()).isEqualTo("agent-7");
      assertThat(denied.details()).containsEntry("operation", "USE");
    }

    @Test
    void defaultSink_isSlf4j_andDoesNotThrow() {
      ProcessingGuard guard =
          ProcessingGuard.builder(SampleCrm.registry())
              .consents(new State().consents())
              .objections(new State().objections())
              .restrictions(new State().restrictions())
              .build();
      assertThat(guard.decide(ALICE, SampleCrm.SUPPORT).isAllowed()).isTrue();
    }
  }

  @Nested
  class OrThrow {
    @Test
    void allowed_returnsTheDecision() {
      Decision d = new State().guard().decide(ALICE, SampleCrm.SUPPORT);
      assertThat(d.orThrow()).isSameAs(d);
    }

    @Test
    void denied_throwsCarryingTheDecision_andNamingReasons() {
      State s = new State();
      s.consent = ConsentStatus.WITHDRAWN;
      Decision d = s.guard().decide(ALICE, SampleCrm.NEWSLETTER);
      assertThatThrownBy(d::orThrow)
          .isInstanceOfSatisfying(
              ProcessingDeniedException.class, e -> assertThat(e.decision()).isSameAs(d))
          .hasMessage(
              "USE of subject contact-42 for purpose 'newsletter' denied: [CONSENT_WITHDRAWN (Art. 7(3))]");
    }
  }

  @Nested
  class BadInput {
    @Test
    void missingLookups_allReportedAtBuild() {
      assertThatThrownBy(() -> ProcessingGuard.builder(SampleCrm.registry()).build())
          .isInstanceOfSatisfying(
              GdprConfigurationException.class,
              e ->
                  assertThat(e.problems())
                      .satisfiesExactly(
                          m -> assertThat(m).contains("ConsentLookup", "newsletter"),
                          m ->
                              assertThat(m)
                                  .contains("ObjectionLookup", "prospecting", "newsletter"),
                          m -> assertThat(m).contains("RestrictionLookup")));
    }

    @Test
    void nulls_rejectedByName() {
      ProcessingGuard guard = new State().guard();
      assertThatThrownBy(() -> guard.decide(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("request");
      assertThatThrownBy(() -> guard.decide(null, SampleCrm.SUPPORT))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("subject");
      assertThatThrownBy(() -> guard.decide(ALICE, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("purpose");
      assertThatThrownBy(() -> ProcessingGuard.builder(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("registry");
      assertThatThrownBy(() -> ProcessingGuard.builder(SampleCrm.registry()).clock(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("clock");
    }

    @Test
    void lookupReturningNull_failsClosed_namingTheLookup() {
      ProcessingGuard guard =
          ProcessingGuard.builder(SampleCrm.registry())
              .consents((s, p, at) -> null)
              .objections(new State().objections())
              .restrictions(new State().restrictions())
              .auditSink(AuditSink.allOf(List.of()))
              .build();
      assertThatThrownBy(() -> guard.decide(ALICE, SampleCrm.NEWSLETTER))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("ConsentLookup returned null");
    }

    @Test
    void blankActor_rejected() {
      assertThatThrownBy(() -> ProcessingRequest.of(ALICE, SampleCrm.SUPPORT).withActor(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("actor must not be blank");
    }

    @Test
    void deniedDecisionWithoutReasons_cannotBeThrown() {
      Decision allowed = new Decision(ALICE, SampleCrm.SUPPORT, Operation.USE, NOW, List.of());
      assertThatThrownBy(() -> new ProcessingDeniedException(allowed))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
