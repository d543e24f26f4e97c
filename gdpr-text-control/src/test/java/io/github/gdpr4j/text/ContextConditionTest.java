package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContextConditionTest {

  private static final ContextCondition.TokenSet NONE = ContextCondition.TokenSet.of(Set.of());

  private static ContextCondition before(String... cues) {
    return new ContextCondition(
        ContextCondition.TokenSet.of(Set.of(cues)), NONE, NONE, NONE, 3, NONE, NONE, NONE);
  }

  private static boolean keep(ContextCondition c, String text, String word) {
    int start = text.indexOf(word);
    return c.keep(text, start, start + word.length());
  }

  @Test
  void cueWithinWindow_keepsTheFinding_accentAndCaseInsensitive() {
    assertThat(keep(before("encarte"), "Le client est ENCARTÉ au LFI", "LFI")).isTrue();
  }

  @Test
  void cueBeyondWindow_dropsTheFinding() {
    assertThat(keep(before("militant"), "militant depuis des années au PS", "PS")).isFalse();
  }

  @Test
  void cueInThePreviousSentence_dropsTheFinding() {
    assertThat(keep(before("vote"), "Il vote. PS : rappeler", "PS")).isFalse();
  }

  @Test
  void abbreviationDot_doesNotEndTheSentence() {
    assertThat(keep(before("dr"), "Dr. Shah parkinson", "parkinson")).isTrue();
  }

  private static ContextCondition vetoBefore(String... words) {
    return new ContextCondition(
        NONE, NONE, NONE, NONE, 3, ContextCondition.TokenSet.of(Set.of(words)), NONE, NONE);
  }

  @Test
  void vetoBefore_titleMakesTheWordASurname() {
    ContextCondition c = vetoBefore("m");

    assertThat(keep(c, "RDV avec M. Radin demain", "Radin")).isFalse();
    assertThat(keep(c, "un vrai radin", "radin")).isTrue();
  }

  @Test
  void unlessBefore_dropsWhenTheCueIsAlreadyAFinding() {
    ContextCondition c =
        new ContextCondition(
            NONE,
            NONE,
            ContextCondition.TokenSet.of(Set.of("condamne")),
            NONE,
            4,
            NONE,
            NONE,
            NONE);

    assertThat(keep(c, "condamné pour délit de fuite", "délit de fuite")).isFalse();
    assertThat(keep(c, "permis retiré : délit de fuite", "délit de fuite")).isTrue();
  }

  @Test
  void then_needsTheNextWordInTheSameSentence_andTheFindingGoesOverIt() {
    ContextCondition c =
        new ContextCondition(
            NONE,
            NONE,
            NONE,
            NONE,
            3,
            NONE,
            NONE,
            ContextCondition.TokenSet.of(Set.of("sekretarin", "kollegin")));
    String text = "hat was mit seiner Sekretärin, sagt man";
    int start = 0;
    int end = text.indexOf(" Sekret");

    assertThat(c.keep(text, start, end)).isTrue();
    assertThat(text.substring(start, c.keptEnd(text.toCharArray(), start, end)))
        .isEqualTo("hat was mit seiner Sekretärin");
    assertThat(keep(c, "hat was mit seiner Firma zu tun", "hat was mit seiner")).isFalse();
    assertThat(keep(c, "hat was mit seiner. Kollegin kommt", "hat was mit seiner")).isFalse();
    assertThat(keep(c, "hat was mit seiner", "hat was mit seiner")).isFalse();
  }

  @Test
  void tokenSets_areEqualWhenTheyHoldTheSameWords() {
    assertThat(ContextCondition.TokenSet.of(Set.of("clinique", "service")))
        .isEqualTo(ContextCondition.TokenSet.of(Set.of("service", "clinique")))
        .hasSameHashCodeAs(ContextCondition.TokenSet.of(Set.of("service", "clinique")))
        .isNotEqualTo(ContextCondition.TokenSet.of(Set.of("clinique")));
  }

  @Test
  void theBundledVocabulary_sharesEqualConditions() throws Exception {
    // Each line parses its own sets; a language's parser keeps one object per distinct set and
    // condition, and the compiled vocabulary one across languages, so that a scan touches a few
    // hundred objects, not one per entry.
    assertSharesEqualConditions(Vocabulary.load(EnumSet.of(Language.FR)));
    List<TermSpec> compiled = CompiledVocabulary.load().terms();
    assertThat(compiled).hasSizeGreaterThan(50_000);
    assertThat(assertSharesEqualConditions(compiled)).isLessThan(1_000);
  }

  private static int assertSharesEqualConditions(List<TermSpec> terms) {
    Set<TermCondition> equal = new HashSet<>();
    Set<TermCondition> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TermSpec t : terms) {
      if (t.condition() != null) {
        equal.add(t.condition());
        distinct.add(t.condition());
      }
    }
    assertThat(distinct).hasSameSizeAs(equal);
    return equal.size();
  }

  @Test
  void aMemberIsMatchedWholeWordOnly() {
    ContextCondition c = vetoBefore("dr");

    assertThat(keep(c, "RDV avec Dr Lenoir", "Lenoir")).isFalse();
    assertThat(keep(c, "RDV avec Drs Lenoir", "Lenoir")).isTrue();
    assertThat(keep(c, "RDV avec D Lenoir", "Lenoir")).isTrue();
  }
}
