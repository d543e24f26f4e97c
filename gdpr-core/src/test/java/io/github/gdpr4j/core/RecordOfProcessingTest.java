package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordOfProcessingTest {

  /** Writes the actual output next to the build so that a reviewed change can be copied over. */
  private static String golden(String name, String actual) throws IOException {
    Path out = Path.of("target", "golden-actual", name);
    Files.createDirectories(out.getParent());
    Files.writeString(out, actual, StandardCharsets.UTF_8);
    try (InputStream in = RecordOfProcessingTest.class.getResourceAsStream(name)) {
      Objects.requireNonNull(in, "golden file " + name + " missing; see " + out.toAbsolutePath());
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RecordOfProcessing sample() {
    return RecordOfProcessing.generate(
        SampleCrm.registry(), SampleCrm.controller(), SampleCrm.CLOCK);
  }

  @Nested
  class GoldenFiles {
    @Test
    void sampleCrm_markdown_matchesGoldenFile() throws IOException {
      String actual = sample().toMarkdown();
      assertThat(actual)
          .as("Art. 30(1): the Markdown record of the sample CRM")
          .isEqualTo(golden("record-of-processing.md", actual));
    }

    @Test
    void sampleCrm_json_matchesGoldenFile() throws IOException {
      String actual = sample().toJson();
      assertThat(actual)
          .as("Art. 30(1): the JSON record of the sample CRM")
          .isEqualTo(golden("record-of-processing.json", actual));
    }

    @Test
    void sampleCrm_csv_matchesGoldenFile() throws IOException {
      String actual = sample().toCsv();
      assertThat(actual).isEqualTo(golden("record-of-processing.csv", actual));
    }

    @Test
    void yamlRegistry_rendersExactlyLikeTheCodeRegistry() throws IOException {
      String yaml;
      try (InputStream in = getClass().getResourceAsStream("sample-crm-purposes.yaml")) {
        yaml = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
      }
      PurposeRegistry fromFile = PurposeRegistryYaml.parse(yaml, "sample-crm-purposes.yaml");
      RecordOfProcessing record =
          RecordOfProcessing.generate(fromFile, SampleCrm.controller(), SampleCrm.CLOCK);
      assertThat(record.toJson()).isEqualTo(sample().toJson());
      assertThat(record.toMarkdown()).isEqualTo(sample().toMarkdown());
    }
  }

  @Nested
  class Content {
    @Test
    void markdown_namesEveryArt30Item() {
      String md = sample().toMarkdown();
      assertThat(md)
          .as("Art. 30(1)(a)-(g) each appear")
          .contains(
              "Art. 30(1)(a)",
              "Art. 30(1)(b)",
              "Art. 30(1)(c)",
              "Art. 30(1)(d)",
              "Art. 30(1)(e)",
              "Art. 30(1)(f)",
              "Art. 30(1)(g)")
          .contains("dpo@acme.example")
          .contains("Generated 2026-03-01T09:30:00Z");
    }

    @Test
    void generationDate_comesFromTheInjectedClock() {
      assertThat(sample().generatedAt()).isEqualTo(SampleCrm.CLOCK.instant());
    }

    @Test
    void specialCategoriesAndCriminalData_areRecordedWithTheirConditions() {
      PurposeRegistry r =
          PurposeRegistry.builder()
              .purpose(
                  "background-checks",
                  PurposeRegistryTest.valid(
                      p ->
                          p.specialCategories(SpecialCategory.HEALTH)
                              .art9Condition(Art9Condition.EMPLOYMENT_AND_SOCIAL_PROTECTION)
                              .criminalData("Code du travail, art. L1121-1")))
              .build();
      RecordOfProcessing record =
          RecordOfProcessing.generate(r, SampleCrm.controller(), SampleCrm.CLOCK);
      assertThat(record.toMarkdown())
          .as("Art. 9(2)(b) and Art. 10 appear in the record")
          .contains(
              "| Special categories (Art. 9(1)) | health, condition employment and social protection"
                  + " (Art. 9(2)(b)) |")
          .contains("| Criminal convictions data (Art. 10) | Code du travail, art. L1121-1 |");
      assertThat(record.toJson())
          .contains("\"specialCategories\": [\n        \"HEALTH\"\n      ]")
          .contains("\"article\": \"Art. 9(2)(b)\"");
    }

    @Test
    void markdownCell_escapesPipesAndLineBreaks() {
      assertThat(RecordOfProcessing.cell("a|b\nc<d>")).isEqualTo("a\\|b<br>c&lt;d&gt;");
    }

    @Test
    void csvCell_quotesAndDefusesFormulas() {
      assertThat(RecordOfProcessing.csvCell("a,b")).isEqualTo("\"a,b\"");
      assertThat(RecordOfProcessing.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
      assertThat(RecordOfProcessing.csvCell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    }

    @Test
    void nullArguments_rejectedByName() {
      assertThatThrownBy(
              () -> RecordOfProcessing.generate(null, SampleCrm.controller(), SampleCrm.CLOCK))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("registry");
    }
  }
}
