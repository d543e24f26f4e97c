package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurposeRegistryYamlTest {

  private static List<String> problems(String yaml) {
    return catchThrowableOfType(
            GdprConfigurationException.class,
            () -> PurposeRegistryYaml.parse(yaml, "purposes.yaml"))
        .problems();
  }

  private static final String VALID =
      """
      purposes:
        - id: crm
          description: { fr: Gestion, en: Management }
          legal-basis: contract
          contract-reference: terms v1
          data-categories: [identity]
          subject-categories: [customers]
          retention: { duration: P3Y, from: collection, action: delete }
      """;

  @Nested
  class ValidFiles {
    @Test
    void minimalFile_loads() {
      PurposeRegistry r = PurposeRegistryYaml.parse(VALID, "purposes.yaml");
      Purpose p = r.purpose(PurposeId.of("crm"));
      assertThat(p.lawfulBasis()).isEqualTo(new LawfulBasis.Contract("terms v1"));
      assertThat(p.retention())
          .isEqualTo(
              RetentionRule.of(
                  java.time.Period.ofYears(3), RetentionEvent.COLLECTION, RetentionAction.DELETE));
    }

    @Test
    void everyKey_isRead() {
      String yaml =
          """
          version: 1
          purposes:
            - id: coaching
              description: { fr: Coaching santé, en: Health coaching }
              legal-basis: consent
              consent-notice: coaching-v2
              explicit-consent: true
              data-categories: [identity]
              special-categories: [health]
              art9-condition: explicit-consent
              criminal-data: Not applicable authority
              subject-categories: [members]
              recipients: [{ name: Coaches, kind: internal }]
              transfers:
                - { recipient: Video vendor, country: CH, safeguard: adequacy-decision, reference: Decision 2000/518/EC }
              retention: { duration: P1Y, from: custom, custom-event: programme-end, action: archive, purge-after: P1Y }
              direct-marketing: false
            - id: surveys
              description: { fr: Enquêtes, en: Surveys }
              legal-basis: legitimate-interests
              legitimate-interest-assessment: { interest: i, necessity: n, balancing: b, assessed-on: 2025-01-01 }
              data-categories: [answers]
              subject-categories: [members]
              retention: { duration: P6M, from: collection, action: anonymise }
              compatible-purposes: []
          """;
      PurposeRegistry r = PurposeRegistryYaml.parse(yaml, "x.yaml");
      Purpose c = r.purpose(PurposeId.of("coaching"));
      assertThat(c.lawfulBasis()).isEqualTo(new LawfulBasis.Consent("coaching-v2", true));
      assertThat(c.specialCategories()).containsExactly(SpecialCategory.HEALTH);
      assertThat(c.criminalDataAuthority()).contains("Not applicable authority");
      assertThat(c.transfers()).singleElement().extracting(Transfer::country).isEqualTo("CH");
      assertThat(c.retention().customEvent()).isEqualTo("programme-end");
      assertThat(r.purpose(PurposeId.of("surveys")).legalBasis())
          .isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
    }

    @Test
    void file_loadsFromDisk(@TempDir Path dir) throws Exception {
      Path file = dir.resolve("purposes.yaml");
      Files.writeString(file, VALID, StandardCharsets.UTF_8);
      assertThat(PurposeRegistryYaml.load(file).contains(PurposeId.of("crm"))).isTrue();
    }

    @Test
    void missingFile_throwsUnchecked_namingIt(@TempDir Path dir) {
      Path missing = dir.resolve("nope.yaml");
      assertThatThrownBy(() -> PurposeRegistryYaml.load(missing))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("nope.yaml");
    }
  }

  @Nested
  class Problems {
    @Test
    void fiveMistakes_reportedWithLineNumbers_purposeAndKey() {
      String yaml =
          """
          purposes:
            - id: invoicing
              description: { fr: Facturation, en: Invoicing }
              legal-basis: legal-obligation
              data-categories: [billing]
              subject-categories: [customers]
              retention: { duration: P10Y, from: end-of-relationship, action: delete }
            - id: prospecting
              description: { fr: Prospection, en: Prospecting }
              legal-basis: legitimate-interests
              data-categories: [identity]
              subject-categories: [prospects]
              retention: { duration: P3Y, from: last-contact-by-subject, action: delete }
            - id: newsletter
              description: { fr: Lettre, en: Newsletter }
              legal-basis: consent
              data-categories: [e-mail]
              subject-categories: [customers]
              retention: { duration: P0D, from: consent-withdrawal, action: delete }
            - id: wellbeing
              description: { fr: Bien-être, en: Wellbeing }
              legal-basis: contract
              contract-reference: terms
              data-categories: [identity]
              special-categories: [health]
              subject-categories: [customers]
              retention: { duration: P1Y, from: collection, action: delete }
            - id: support
              description: { fr: Support, en: Support }
              legal-basis: contract
              contract-reference: terms
              data-categories: [tickets]
              subject-categories: [customers]
          """;
      assertThat(problems(yaml))
          .satisfiesExactly(
              m ->
                  assertThat(m)
                      .startsWith("purposes.yaml:4: purpose 'invoicing', field 'law'")
                      .contains("law", "Art. 6(3)"),
              m ->
                  assertThat(m)
                      .startsWith(
                          "purposes.yaml:10: purpose 'prospecting', field 'legitimate-interest-assessment'"),
              m ->
                  assertThat(m)
                      .startsWith("purposes.yaml:16: purpose 'newsletter', field 'consent-notice'"),
              m ->
                  assertThat(m)
                      .startsWith("purposes.yaml:25: purpose 'wellbeing', field 'art9-condition'"),
              m ->
                  assertThat(m)
                      .startsWith("purposes.yaml:28: purpose 'support', field 'retention'"));
    }

    @Test
    void typeAndValueErrors_reportedTogether_withoutDuplicateValidationNoise() {
      String yaml =
          """
          purposes:
            - id: crm
              description: Management
              legal-basis: contrat
              data-categories: identity
              subject-categories: [customers]
              retention: { duration: three years, from: collection, action: delete }
              direct-marketing: yes
              colour: blue
          """;
      assertThat(problems(yaml))
          .satisfiesExactly(
              m ->
                  assertThat(m)
                      .startsWith("purposes.yaml:3:")
                      .contains("description", "expected a mapping"),
              m ->
                  assertThat(m)
                      .startsWith("purposes.yaml:4:")
                      .contains("unknown value 'contrat'", "legitimate-interests"),
              m -> assertThat(m).startsWith("purposes.yaml:5:").contains("expected a list"),
              m -> assertThat(m).startsWith("purposes.yaml:7:").contains("ISO-8601 period"),
              m -> assertThat(m).startsWith("purposes.yaml:8:").contains("true or false"),
              m -> assertThat(m).startsWith("purposes.yaml:9:").contains("unknown key 'colour'"));
    }

    @Test
    void syntaxError_reportedWithLine() {
      assertThat(problems("purposes:\n  - id: crm\n    description: [unclosed\n"))
          .singleElement()
          .asString()
          .startsWith("purposes.yaml:")
          .contains("invalid YAML");
    }

    @Test
    void duplicateKeys_rejected() {
      assertThat(problems("purposes: []\npurposes: []\n"))
          .anySatisfy(
              m -> assertThat(m).startsWith("purposes.yaml:2: document: duplicate key 'purposes'"));
    }

    @Test
    void aliases_rejected() {
      assertThat(problems("x: &a [1]\npurposes: *a\n"))
          .singleElement()
          .asString()
          .contains("aliases");
    }

    @Test
    void deepNesting_rejectedBeforeComposing() {
      String deep = "purposes: " + "[".repeat(5000) + "]".repeat(5000);
      assertThat(problems(deep)).singleElement().asString().contains("nesting deeper than");
    }

    @Test
    void emptyDocument_rejected() {
      assertThat(problems("")).singleElement().asString().contains("empty document");
      assertThat(problems("# only a comment\n"))
          .singleElement()
          .asString()
          .contains("empty document");
    }

    @Test
    void malformedAndDuplicateIds_reported() {
      String yaml = VALID + VALID.substring("purposes:\n".length()) + "  - id: Bad Id\n  - {}\n";
      assertThat(problems(yaml))
          .anySatisfy(m -> assertThat(m).contains("'Bad Id'"))
          .anySatisfy(m -> assertThat(m).contains("purpose without 'id'"))
          .anySatisfy(m -> assertThat(m).contains("purpose 'crm', field 'id': declared twice"));
    }

    @Test
    void unknownFurtherPurpose_andIncompleteAssessment_reported() {
      String yaml =
          VALID
              + """
                  compatible-purposes:
                    - purpose: analytics
                      link: same customers
                      assessed-on: 2025-01-01
              """;
      assertThat(problems(yaml))
          .anySatisfy(m -> assertThat(m).contains("unknown further purpose 'analytics'"))
          .anySatisfy(m -> assertThat(m).contains("context (Art. 6(4)(b))"));
    }

    @Test
    void transferToEea_reportedWithLine() {
      String yaml =
          VALID
              + """
                  transfers:
                    - { recipient: Host, country: FR, safeguard: standard-contractual-clauses, reference: SCC }
              """;
      assertThat(problems(yaml))
          .singleElement()
          .asString()
          .startsWith("purposes.yaml:10:")
          .contains("FR is in the EEA");
    }

    @Test
    void nullArguments_rejectedByName() {
      assertThatThrownBy(() -> PurposeRegistryYaml.parse(null, "x"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("yaml");
      assertThatThrownBy(() -> PurposeRegistryYaml.parse("", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("sourceName");
    }
  }
}
