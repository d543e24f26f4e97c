package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExplanationTest {

  @Test
  void healthFinding_inFrench_quotesTheWordAndCitesArticle9() {
    Explanation e = Explanation.of(Kind.HEALTH, "diabétique", Locale.FRENCH);

    assertThat(e.message())
        .isEqualTo(
            "Ce commentaire contient une donnée de santé : « diabétique ». Notez seulement ce qui"
                + " est utile à la relation commerciale.");
    assertThat(e.article()).isEqualTo("Art. 9(1)");
    assertThat(e.hint()).isNotBlank();
  }

  @Test
  void criminalFinding_inEnglish_citesArticle10() {
    Explanation e = Explanation.of(Kind.CRIMINAL, "criminal record", Locale.ENGLISH);

    assertThat(e.message()).contains("\u201ccriminal record\u201d");
    assertThat(e.article()).isEqualTo("Art. 10");
  }

  @Test
  void offensiveFinding_citesFairnessAndAccuracy() {
    assertThat(Explanation.of(Kind.OFFENSIVE, "radin", Locale.FRENCH).article())
        .isEqualTo("Art. 5(1)(a),(d)");
  }

  @Test
  void unknownLocale_fallsBackToEnglish() {
    assertThat(Explanation.of(Kind.HEALTH, "krank", Locale.GERMAN).message())
        .startsWith("This comment contains health data");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyKind_hasMessageAndHintInFrenchAndEnglish(Kind kind) {
    for (Locale l : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
      Explanation e = Explanation.of(kind, "xyz", l);
      assertThat(e.message()).contains("xyz");
      assertThat(e.hint()).isNotBlank();
    }
  }

  @Test
  void toString_neverPrintsTheQuotedWords() {
    assertThat(Explanation.of(Kind.HEALTH, "diabétique", Locale.FRENCH).toString())
        .doesNotContain("diabétique");
  }
}
