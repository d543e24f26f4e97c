package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzz tests (Jazzer): in {@code mvn verify} they replay the seed inputs under {@code
 * src/test/resources/.../TextControlFuzzTestInputs}; run {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=TextControlFuzzTest} to fuzz for real.
 */
class TextControlFuzzTest {

  static final TextControl CONTROL = TextControl.builder().maxFindings(1_000_000).build();

  /** No exception on any input; spans within bounds, ordered, never splitting surrogate pairs. */
  @FuzzTest(maxDuration = "30s")
  void scan_neverFailsAndSpansAreExact(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Report report = CONTROL.scan(text);
    checkSpans(text, report.findings());
    for (Language l : Language.values()) {
      checkSpans(text, CONTROL.scan(text, l).findings());
    }
  }

  /** Redacted output, scanned again, has no identifier left. */
  @FuzzTest(maxDuration = "30s")
  void redact_rescannedHasNoIdentifier(FuzzedDataProvider data) {
    RedactionStyle style = data.pickValue(RedactionStyle.values());
    String text = data.consumeRemainingAsString();
    String redacted = CONTROL.redact(text, style);
    assertThat(CONTROL.scan(redacted).findings(KindGroup.IDENTIFIER))
        .as("identifiers left after %s redaction", style)
        .isEmpty();
  }

  static void checkSpans(String text, List<Finding> findings) {
    int previousStart = 0;
    for (Finding f : findings) {
      assertThat(f.start()).isGreaterThanOrEqualTo(previousStart).isGreaterThanOrEqualTo(0);
      assertThat(f.end()).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length());
      assertThat(f.text()).isEqualTo(text.substring(f.start(), f.end()));
      assertThat(f.confidence()).isBetween(0.0, 1.0);
      assertThat(
              Character.isLowSurrogate(text.charAt(f.start()))
                  && f.start() > 0
                  && Character.isHighSurrogate(text.charAt(f.start() - 1)))
          .as("start splits a surrogate pair")
          .isFalse();
      assertThat(
              f.end() < text.length()
                  && Character.isLowSurrogate(text.charAt(f.end()))
                  && Character.isHighSurrogate(text.charAt(f.end() - 1)))
          .as("end splits a surrogate pair")
          .isFalse();
      previousStart = f.start();
    }
  }
}
