package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the full detector (identifiers and the bundled vocabulary of all five languages, with its
 * context rules) and the vocabulary parser. Runs as a regression test in {@code verify}; fuzz
 * longer by hand with {@code JAZZER_FUZZ=1 mvn test -Dtest=FullDetectorFuzzTest}.
 */
class FullDetectorFuzzTest {

  private static final TextControl CONTROL = TextControl.builder().build();

  private static final String[] WORDS = {
    "diabétique",
    "M.",
    "Radin",
    "con",
    "militant",
    "RN",
    "PS",
    "condamné",
    "pour",
    "escroquerie",
    "Clinique",
    "malade",
    "d'impatience",
    "enceinte",
    "est",
    "le",
    "client",
    "gay",
    "union",
    "rep",
    "’",
    ".",
    ",",
    "!",
    "\n",
    "œ",
    "ß",
    "Ǆ",
    "\uD83D\uDE00",
    "e\u0301",
    "  "
  };

  @FuzzTest(maxDuration = "10s")
  void scan_anyText_findingsStayInsideTheTextAndAnnotateConsistently(FuzzedDataProvider data) {
    StringBuilder sb = new StringBuilder();
    while (data.remainingBytes() > 0 && sb.length() < 2_000) {
      if (data.consumeBoolean()) {
        sb.append(data.pickValue(WORDS)).append(' ');
      } else {
        sb.append(data.consumeString(8));
      }
    }
    String text = sb.toString();

    Report all = CONTROL.scan(text);
    Report french = CONTROL.scan(text, Language.FR);

    for (Report r : List.of(all, french)) {
      assertThat(r.textLength()).isEqualTo(text.length());
      for (Finding f : r.findings()) {
        assertThat(f.start()).isBetween(0, text.length() - 1);
        assertThat(f.end()).isBetween(f.start() + 1, text.length());
        assertThat(f.text()).isEqualTo(text.substring(f.start(), f.end()));
        assertThat(Policy.defaults().actionFor(f.kind())).isNotNull();
      }
      AnnotatedText at = AnnotatedText.of(text, r);
      StringBuilder rebuilt = new StringBuilder();
      at.segments().forEach(s -> rebuilt.append(s.text()));
      assertThat(rebuilt.toString()).isEqualTo(text);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void parseEntries_anyLine_expandsOrReportsTheLine(FuzzedDataProvider data) {
    VocabularyParser parser = new VocabularyParser(Language.FR, new ArrayList<>());
    String line = data.consumeRemainingAsString();
    List<TermSpec> out = new ArrayList<>();
    try {
      parser.parseDirectives("fr/_sets.txt", "@set CUE = a|b");
      parser.parseEntries("fr/FUZZ.txt", line, Kind.HEALTH, out);
    } catch (VocabularyParser.MalformedLineException e) {
      assertThat(e.getMessage()).startsWith("vocabulary fr/");
      return;
    }
    assertThat(out).allSatisfy(t -> assertThat(t.kind()).isEqualTo(Kind.HEALTH));
  }
}
