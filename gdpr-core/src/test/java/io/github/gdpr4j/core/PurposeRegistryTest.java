package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PurposeRegistryTest {

  static final RetentionRule THREE_YEARS =
      RetentionRule.of(Period.ofYears(3), RetentionEvent.COLLECTION, RetentionAction.DELETE);

  /** A complete contract purpose; tests take something away from it. */
  static Consumer<Purpose.Builder> valid(Consumer<Purpose.Builder> then) {
    return p -> {
      p.description("Gestion", "Management")
          .contract("terms v1")
          .dataCategories("identity")
          .subjectCategories("customers")
          .retention(THREE_YEARS);
      then.accept(p);
    };
  }

  static GdprConfigurationException failure(PurposeRegistry.Builder builder) {
    return catchThrowableOfType(GdprConfigurationException.class, builder::build);
  }

  @Nested
  class ValidRegistries {
    @Test
    void sampleCrm_builds_withPurposesInDeclarationOrder() {
      assertThat(SampleCrm.registry().purposes())
          .extracting(Purpose::id)
          .containsExactly(
              SampleCrm.PROSPECTING,
              SampleCrm.CUSTOMER_MANAGEMENT,
              SampleCrm.NEWSLETTER,
              SampleCrm.INVOICING,
              SampleCrm.SUPPORT);
    }

    @Test
    void basisDocumentation_isKeptWithTheBasis() {
      PurposeRegistry r = SampleCrm.registry();
      assertThat(r.purpose(SampleCrm.NEWSLETTER).lawfulBasis())
          .as("Art. 7(1): the notice version documents consent")
          .isEqualTo(new LawfulBasis.Consent("newsletter-2025-03", false));
      assertThat(r.purpose(SampleCrm.INVOICING).lawfulBasis())
          .isInstanceOf(LawfulBasis.LegalObligation.class);
      assertThat(r.purpose(SampleCrm.CUSTOMER_MANAGEMENT).compatiblePurposes())
          .as("Art. 6(4): support is a compatible further purpose")
          .containsKey(SampleCrm.SUPPORT);
    }

    @Test
    void specialCategories_withArt9Condition_build() {
      PurposeRegistry r =
          PurposeRegistry.builder()
              .purpose(
                  "health-support",
                  valid(
                      p ->
                          p.specialCategories(SpecialCategory.HEALTH)
                              .art9Condition(Art9Condition.EXPLICIT_CONSENT)
                              .consentNotice("health-v1")))
              .build();
      Purpose p = r.purpose(PurposeId.of("health-support"));
      assertThat(p.requiresConsent()).as("Art. 9(2)(a): explicit consent is checked").isTrue();
      assertThat(p.art9Condition()).contains(Art9Condition.EXPLICIT_CONSENT);
    }

    @Test
    void explicitConsentForSpecialCategories_isExplicit() {
      PurposeRegistry.Builder r =
          PurposeRegistry.builder()
              .purpose(
                  "health-survey",
                  valid(
                      p ->
                          p.consent("survey-v1")
                              .contractReference("x")
                              .specialCategories(SpecialCategory.HEALTH)
                              .art9Condition(Art9Condition.EXPLICIT_CONSENT)))
              .purpose("ok", valid(p -> {}));
      // contractReference is misplaced on a consent purpose: reported, not silently ignored
      assertThat(failure(r).problems())
          .singleElement()
          .asString()
          .contains("purpose 'health-survey'", "field 'contractReference'");
    }
  }

  @Nested
  class Validation {
    @Test
    void fiveMistakes_allReportedAtOnce_eachNamingPurposeAndField() {
      PurposeRegistry.Builder builder =
          PurposeRegistry.builder()
              // 1. legal obligation without the law
              .purpose("invoicing", valid(p -> p.legalBasis(LegalBasis.LEGAL_OBLIGATION)))
              // 2. legitimate interests without an LIA
              .purpose("prospecting", valid(p -> p.legalBasis(LegalBasis.LEGITIMATE_INTERESTS)))
              // 3. consent without a notice version
              .purpose("newsletter", valid(p -> p.legalBasis(LegalBasis.CONSENT)))
              // 4. special categories without an Art. 9(2) condition
              .purpose("wellbeing", valid(p -> p.specialCategories(SpecialCategory.HEALTH)))
              // 5. no retention rule
              .purpose(
                  "support",
                  p ->
                      p.description("Support", "Support")
                          .contract("terms")
                          .dataCategories("tickets")
                          .subjectCategories("customers"));
      // valid() documented a contract, now misplaced: filtered out here, see the next test
      GdprConfigurationException e = failure(builder);
      assertThat(e.problems())
          .filteredOn(m -> !m.contains("contractReference"))
          .as("Art. 5(2): every problem reported in one pass")
          .satisfiesExactly(
              m -> assertThat(m).contains("purpose 'invoicing'", "field 'law'", "Art. 6(3)"),
              m ->
                  assertThat(m)
                      .contains(
                          "purpose 'prospecting'",
                          "field 'legitimateInterestAssessment'",
                          "Art. 6(1)(f)"),
              m ->
                  assertThat(m)
                      .contains("purpose 'newsletter'", "field 'consentNotice'", "Art. 7(1)"),
              m ->
                  assertThat(m)
                      .contains(
                          "purpose 'wellbeing'", "field 'art9Condition'", "Art. 9(1)", "HEALTH"),
              m ->
                  assertThat(m).contains("purpose 'support'", "field 'retention'", "Art. 5(1)(e)"));
      assertThat(e.getMessage())
          .startsWith(e.problems().size() + " problems in the gdpr4j configuration:");
    }

    @Test
    void fiveMistakes_withoutLeftovers_reportExactlyFive() {
      PurposeRegistry.Builder builder =
          PurposeRegistry.builder()
              .purpose(
                  "invoicing",
                  p -> base(p).legalBasis(LegalBasis.LEGAL_OBLIGATION).retention(THREE_YEARS))
              .purpose(
                  "prospecting",
                  p -> base(p).legalBasis(LegalBasis.LEGITIMATE_INTERESTS).retention(THREE_YEARS))
              .purpose(
                  "newsletter", p -> base(p).legalBasis(LegalBasis.CONSENT).retention(THREE_YEARS))
              .purpose(
                  "wellbeing",
                  p ->
                      base(p)
                          .contract("t")
                          .specialCategories(SpecialCategory.HEALTH)
                          .retention(THREE_YEARS))
              .purpose("support", p -> base(p).contract("t"));
      assertThat(failure(builder).problems()).hasSize(5);
    }

    private Purpose.Builder base(Purpose.Builder p) {
      return p.description("fr", "en").dataCategories("identity").subjectCategories("customers");
    }

    @Test
    void missingEverything_reportsEachField() {
      GdprConfigurationException e = failure(PurposeRegistry.builder().purpose("empty", p -> {}));
      assertThat(e.problems())
          .anySatisfy(m -> assertThat(m).contains("field 'description'"))
          .anySatisfy(m -> assertThat(m).contains("field 'legalBasis'", "Art. 6(1)"))
          .anySatisfy(m -> assertThat(m).contains("field 'dataCategories'", "Art. 30(1)(c)"))
          .anySatisfy(m -> assertThat(m).contains("field 'subjectCategories'", "Art. 30(1)(c)"))
          .anySatisfy(m -> assertThat(m).contains("field 'retention'"));
    }

    @Test
    void unknownFurtherPurpose_reported() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose(
                      "crm",
                      valid(p -> p.compatibleWith(PurposeId.of("analytics"), assessment("link")))));
      assertThat(e.problems())
          .singleElement()
          .asString()
          .contains(
              "purpose 'crm'",
              "field 'compatiblePurposes'",
              "unknown further purpose 'analytics'",
              "[crm]");
    }

    @Test
    void furtherPurposeWithIncompleteAssessment_reportedAsIncompatible() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose(
                      "crm", valid(p -> p.compatibleWith(PurposeId.of("support"), assessment(" "))))
                  .purpose("support", valid(p -> {})));
      assertThat(e.problems())
          .singleElement()
          .asString()
          .contains(
              "purpose 'crm'",
              "further purpose 'support' is not shown compatible",
              "link (Art. 6(4)(a))");
    }

    @Test
    void purposeAsItsOwnFurtherPurpose_reported() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose(
                      "crm", valid(p -> p.compatibleWith(PurposeId.of("crm"), assessment("l")))));
      assertThat(e.problems()).anySatisfy(m -> assertThat(m).contains("further purpose of itself"));
    }

    @Test
    void art9ConditionWithoutSpecialCategory_reported() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose("crm", valid(p -> p.art9Condition(Art9Condition.LEGAL_CLAIMS))));
      assertThat(e.problems())
          .singleElement()
          .asString()
          .contains("field 'art9Condition'", "LEGAL_CLAIMS");
    }

    @Test
    void retentionFromWithdrawal_onNonConsentPurpose_reported() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose(
                      "crm",
                      valid(
                          p ->
                              p.retention(
                                  RetentionRule.of(
                                      Period.ZERO,
                                      RetentionEvent.CONSENT_WITHDRAWAL,
                                      RetentionAction.DELETE)))));
      assertThat(e.problems()).singleElement().asString().contains("field 'retention'", "CONTRACT");
    }

    @Test
    void liaWithBlankBalancing_reported() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose(
                      "crm",
                      p ->
                          base(p)
                              .retention(THREE_YEARS)
                              .legitimateInterests(
                                  new LegitimateInterestAssessment(
                                      "i", "n", "", LocalDate.of(2025, 1, 1)))));
      assertThat(e.problems()).singleElement().asString().contains("balancing", "Art. 6(1)(f)");
    }

    @Test
    void blankCriminalDataAuthority_reported() {
      GdprConfigurationException e =
          failure(PurposeRegistry.builder().purpose("crm", valid(p -> p.criminalData(" "))));
      assertThat(e.problems())
          .singleElement()
          .asString()
          .contains("field 'criminalData'", "Art. 10");
    }

    @Test
    void documentationWithControlCharacters_reported_notThrownLater() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose(
                      "news",
                      valid(p -> p.legalBasis(LegalBasis.CONSENT).consentNotice("v1\u0007")))
                  .purpose("crm", valid(p -> p.contractReference("x".repeat(500)))));
      assertThat(e.problems())
          .anySatisfy(
              m -> assertThat(m).contains("purpose 'news', field 'consentNotice'", "control"))
          .anySatisfy(
              m -> assertThat(m).contains("purpose 'crm', field 'contractReference'", "at most"));
    }

    @Test
    void emptyRegistry_reported() {
      assertThat(failure(PurposeRegistry.builder()).problems())
          .singleElement()
          .asString()
          .contains("no purpose declared");
    }

    @Test
    void purposeBuilderAlone_reportsItsOwnProblems() {
      assertThatThrownBy(() -> Purpose.builder(PurposeId.of("x")).build())
          .isInstanceOf(GdprConfigurationException.class)
          .hasMessageContaining("purpose 'x', field 'legalBasis'");
    }
  }

  @Nested
  class BadInput {
    @Test
    void duplicatePurposeIds_reportedNamingTheId() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose("crm", valid(p -> {}))
                  .purpose("crm", valid(p -> {})));
      assertThat(e.problems())
          .singleElement()
          .asString()
          .contains("purpose 'crm'", "declared twice");
    }

    @Test
    void duplicateCategories_reported() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder().purpose("crm", valid(p -> p.dataCategories("identity"))));
      assertThat(e.problems())
          .singleElement()
          .asString()
          .contains("field 'dataCategories'", "duplicate entry 'identity'");
    }

    @Test
    void duplicateFurtherPurpose_reported() {
      GdprConfigurationException e =
          failure(
              PurposeRegistry.builder()
                  .purpose(
                      "crm",
                      valid(
                          p ->
                              p.compatibleWith(PurposeId.of("support"), assessment("l"))
                                  .compatibleWith(PurposeId.of("support"), assessment("l"))))
                  .purpose("support", valid(p -> {})));
      assertThat(e.problems()).singleElement().asString().contains("declared twice");
    }

    @Test
    void malformedPurposeId_rejectedNamingTheValue() {
      assertThatThrownBy(() -> PurposeRegistry.builder().purpose("News Letter", p -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'News Letter'");
      assertThatThrownBy(() -> PurposeId.of("")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PurposeId.of("9lives")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullPurposeId_rejectedByName() {
      assertThatThrownBy(() -> PurposeRegistry.builder().purpose((String) null, p -> {}))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("id");
      assertThatThrownBy(() -> PurposeId.of(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("purpose id");
    }

    @Test
    void blankCategory_rejectedAtOnce() {
      assertThatThrownBy(() -> Purpose.builder(PurposeId.of("x")).dataCategories(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("data category must not be blank");
      assertThatThrownBy(() -> Purpose.builder(PurposeId.of("x")).subjectCategories("a\u0000b"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("control characters");
    }

    @Test
    void nullSetterArguments_rejectedByName() {
      Purpose.Builder b = Purpose.builder(PurposeId.of("x"));
      assertThatThrownBy(() -> b.legalBasis(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("basis");
      assertThatThrownBy(() -> b.retention(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("rule");
      assertThatThrownBy(() -> b.dataCategories((String) null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("data category");
      assertThatThrownBy(() -> Purpose.builder(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("id");
    }

    @Test
    void unknownPurposeLookup_namesTheIdAndTheDeclaredOnes() {
      PurposeRegistry r = SampleCrm.registry();
      assertThatThrownBy(() -> r.purpose(PurposeId.of("analytics")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unknown purpose 'analytics'")
          .hasMessageContaining("newsletter");
      assertThat(r.find(PurposeId.of("analytics"))).isEmpty();
      assertThat(r.contains(PurposeId.of("analytics"))).isFalse();
      assertThatThrownBy(() -> r.purpose(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("id");
    }

    @Test
    void transferToEeaCountry_rejected() {
      assertThatThrownBy(
              () ->
                  new Transfer(
                      "Host", "DE", Transfer.Safeguard.STANDARD_CONTRACTUAL_CLAUSES, "SCC"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("DE is in the EEA");
      assertThatThrownBy(
              () -> new Transfer("Host", "usa", Transfer.Safeguard.ADEQUACY_DECISION, "DPF"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'usa'");
    }

    @Test
    void registryIsImmutable() {
      PurposeRegistry r = SampleCrm.registry();
      assertThatThrownBy(() -> r.purposes().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> r.purpose(SampleCrm.PROSPECTING).dataCategories().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  static CompatibilityAssessment assessment(String link) {
    return new CompatibilityAssessment(
        link, "context", "nature", "consequences", "safeguards", LocalDate.of(2025, 1, 1));
  }
}
