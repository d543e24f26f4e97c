package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VocabularyTest {

  private static List<TermSpec> parse(String content, Kind kind)
      throws VocabularyParser.MalformedLineException {
    VocabularyParser parser = new VocabularyParser(Language.FR, new ArrayList<>());
    parser.parseDirectives("fr/_sets.txt", "@set CUE = militant|vote\n@set PARTY = rn|ps");
    List<TermSpec> out = new ArrayList<>();
    parser.parseEntries("fr/TEST.txt", content, kind, out);
    return out;
  }

  private static List<String> patterns(String content) throws Exception {
    return parse(content, Kind.HEALTH).stream().map(TermSpec::pattern).collect(Collectors.toList());
  }

  @Nested
  class Loading {

    @ParameterizedTest
    @EnumSource(Language.class)
    void load_eachLanguage_coversEveryArticle9And10KindAndInsults(Language language) {
      Set<Kind> kinds =
          Vocabulary.load(EnumSet.of(language)).stream()
              .filter(t -> t.kind() != null)
              .map(TermSpec::kind)
              .collect(Collectors.toSet());

      assertThat(kinds)
          .containsAll(
              EnumSet.of(
                  Kind.HEALTH,
                  Kind.RELIGION,
                  Kind.TRADE_UNION,
                  Kind.POLITICAL_OPINION,
                  Kind.SEX_LIFE,
                  Kind.ETHNIC_ORIGIN,
                  Kind.GENETIC,
                  Kind.BIOMETRIC,
                  Kind.CRIMINAL,
                  Kind.OFFENSIVE));
    }

    @Test
    void load_allLanguages_includesNegativePhrasesAndRulesNamingFileAndLine() {
      List<TermSpec> terms = Vocabulary.load(EnumSet.allOf(Language.class));

      assertThat(terms).anyMatch(TermSpec::isNegative);
      assertThat(terms).allMatch(t -> t.rule().matches("[a-z]{2}/[A-Z_]+\\.txt:\\d+"));
      assertThat(terms).allMatch(t -> t.language() != null);
    }

    @Test
    void load_allLanguages_staysWithinItsBudget() {
      // The bundled vocabulary is built into every TextControl: within 50 MB of heap and a few
      // hundred milliseconds (README "Measured"). A line multiplying sets would blow this up.
      List<TermSpec> all = Vocabulary.load(EnumSet.allOf(Language.class));

      assertThat(all).hasSizeLessThan(60_000);
      assertThat(all.stream().collect(Collectors.groupingBy(TermSpec::rule, Collectors.counting())))
          .allSatisfy((rule, count) -> assertThat(count).as(rule).isLessThanOrEqualTo(1_000));
    }

    @Test
    void load_noLanguage_isEmpty() {
      assertThat(Vocabulary.load(Set.of())).isEmpty();
    }

    @Test
    void load_null_throwsNullPointerException() {
      assertThatThrownBy(() -> Vocabulary.load(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void load_result_isImmutable() {
      List<TermSpec> terms = Vocabulary.load(EnumSet.of(Language.EN));

      assertThatThrownBy(() -> terms.add(terms.get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class Syntax {

    @Test
    void optionalPart_expandsWithAndWithout() throws Exception {
      assertThat(patterns("handicapé[e][s]"))
          .containsExactlyInAnyOrder("handicapé", "handicapée", "handicapés", "handicapées");
    }

    @Test
    void alternatives_nestedAndMultiWord_expandToEveryCombination() throws Exception {
      assertThat(patterns("(opéré|opérée) du (cœur|genou)"))
          .containsExactlyInAnyOrder(
              "opéré du cœur", "opéré du genou", "opérée du cœur", "opérée du genou");
      assertThat(patterns("dépressi(f|ve[s])"))
          .containsExactlyInAnyOrder("dépressif", "dépressive", "dépressives");
    }

    @Test
    void setMacro_insertsEveryWordOfTheSet() throws Exception {
      assertThat(patterns("militant {PARTY}")).containsExactly("militant rn", "militant ps");
    }

    @Test
    void trailingStar_marksAStem() throws Exception {
      List<TermSpec> terms = parse("alcoolis*", Kind.HEALTH);

      assertThat(terms).singleElement().satisfies(t -> assertThat(t.prefix()).isTrue());
      assertThat(terms.get(0).pattern()).isEqualTo("alcoolis");
    }

    @Test
    void attributes_setConfidenceAndContextCondition() throws Exception {
      List<TermSpec> terms = parse("{PARTY} ; before=CUE conf=0.7 window=2", Kind.HEALTH);

      assertThat(terms).hasSize(2).allSatisfy(t -> assertThat(t.confidence()).isEqualTo(0.7));
      assertThat(terms.get(0).condition()).isNotNull();
      assertThat(terms.get(0).condition().keep("militant rn", 9, 11)).isTrue();
      assertThat(terms.get(0).condition().keep("PS : rappeler", 0, 2)).isFalse();
    }

    @Test
    void then_needsOneOfTheSetWordsNext_andTheFindingCoversIt() throws Exception {
      TextControl control =
          TextControl.builder()
              .bundledVocabulary(false)
              .terms(parse("milite au ; then=PARTY", Kind.POLITICAL_OPINION))
              .build();

      assertThat(control.scan("il milite au RN depuis 2019").findings())
          .singleElement()
          .satisfies(f -> assertThat(f.text()).isEqualTo("milite au RN"));
      assertThat(control.scan("il milite au quotidien pour le climat").findings()).isEmpty();
      assertThat(control.scan("il milite au\nRN : rappeler").findings()).isEmpty();
    }

    @Test
    void commentsAndBlankLines_areIgnored() throws Exception {
      assertThat(patterns("# titre\n\n  diabétique # inline\n")).containsExactly("diabétique");
    }

    @Test
    void negativeFile_yieldsNegativeEntriesWithoutCondition() throws Exception {
      List<TermSpec> terms = parse("malade d'impatience", null);

      assertThat(terms).singleElement().satisfies(t -> assertThat(t.isNegative()).isTrue());
      assertThat(terms.get(0).condition()).isNull();
    }

    @Test
    void vetoBefore_dropsAWordAfterATitle() throws Exception {
      List<VocabularyParser.Veto> vetoes = new ArrayList<>();
      VocabularyParser parser = new VocabularyParser(Language.FR, vetoes);
      parser.parseDirectives("fr/_sets.txt", "@set TITLE = m|mme");
      parser.parseDirectives("fr/_context.txt", "@veto-before TITLE OFFENSIVE");
      List<TermSpec> out = new ArrayList<>();
      parser.parseEntries("fr/OFFENSIVE.txt", "radin", Kind.OFFENSIVE, out);

      TermCondition c = out.get(0).condition();
      assertThat(c.keep("M. Radin a signé", 3, 8)).isFalse();
      assertThat(c.keep("un vrai radin", 8, 13)).isTrue();
    }
  }

  @Nested
  class MalformedLines {

    private void assertMalformed(String content, String problem) {
      assertThatThrownBy(() -> parse(content, Kind.HEALTH))
          .isInstanceOf(VocabularyParser.MalformedLineException.class)
          .hasMessageContaining("fr/TEST.txt:2")
          .hasMessageContaining(problem);
    }

    @Test
    void unbalancedParenthesis_namesFileAndLine() {
      assertMalformed("ok\n(diabète|asthme", "missing ')'");
    }

    @Test
    void strayClosingBracket_namesFileAndLine() {
      assertMalformed("ok\ndiabète]", "unbalanced");
    }

    @Test
    void unknownSet_namesFileAndLine() {
      assertMalformed("ok\n{NOPE} diabète", "unknown set NOPE");
    }

    @Test
    void unknownAttribute_namesFileAndLine() {
      assertMalformed("ok\ndiabète ; colour=red", "unknown attribute");
    }

    @Test
    void confidenceOutOfRange_namesFileAndLine() {
      assertMalformed("ok\ndiabète ; conf=1.5", "conf");
    }

    @Test
    void windowOutOfRange_namesFileAndLine() {
      assertMalformed("ok\ndiabète ; near=CUE window=99", "window");
    }

    @Test
    void starInTheMiddle_namesFileAndLine() {
      assertMalformed("ok\nalco*lique", "'*'");
    }

    @Test
    void nonLatinScript_namesFileAndLine() {
      assertMalformed("ok\nдиабет", "TermSpec");
    }

    @Test
    void explosiveExpansion_isRefused_withTheWayOut() {
      // 10 × 10 × 10 patterns from one line: every pattern costs memory and build time.
      String group = "(a|b|c|d|e|f|g|h|i|j)";
      assertMalformed("ok\n" + group + " " + group + " " + group, "more than 500 patterns");
      assertMalformed("ok\n" + group + " " + group + " " + group, "then=SET");
    }

    @Test
    void entryInSetsFile_isRefused() {
      VocabularyParser parser = new VocabularyParser(Language.FR, new ArrayList<>());

      assertThatThrownBy(() -> parser.parseDirectives("fr/_sets.txt", "\ndiabète"))
          .isInstanceOf(VocabularyParser.MalformedLineException.class)
          .hasMessageContaining("fr/_sets.txt:2");
    }

    @Test
    void lowerCaseSetName_isRefused() {
      VocabularyParser parser = new VocabularyParser(Language.FR, new ArrayList<>());

      assertThatThrownBy(() -> parser.parseDirectives("fr/_sets.txt", "@set cue = a|b"))
          .isInstanceOf(VocabularyParser.MalformedLineException.class)
          .hasMessageContaining("UPPER_CASE");
    }

    @Test
    void vetoOfUnknownKind_isRefused() {
      VocabularyParser parser = new VocabularyParser(Language.FR, new ArrayList<>());

      assertThatThrownBy(
              () -> parser.parseDirectives("fr/_context.txt", "@set T = m\n@veto-before T NOPE"))
          .isInstanceOf(VocabularyParser.MalformedLineException.class)
          .hasMessageContaining("fr/_context.txt:2")
          .hasMessageContaining("unknown kind");
    }
  }
}
