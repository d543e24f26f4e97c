package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The folding table, computed with one normalization of all the letters at class loading, is the
 * one a character-by-character NFD gives: case and accent insensitive matching (É, e + U+0301 and e
 * fold alike) holds for every UTF-16 unit.
 */
class FoldTest {

  @Test
  void foldedLength_isTheLengthOfTheFoldedPattern_orMinusOneWhenItDoesNotFold() {
    // TermSpec validates with foldedLength, the engine compiles with foldPattern: they must agree.
    String alphabet = "aZé9 -'œÆße\u0301ж中\ud83d\ude00.\t";
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String p = sb.toString();
      String folded = Fold.foldPattern(p);
      assertThat(Fold.foldedLength(p)).as(p).isEqualTo(folded == null ? -1 : folded.length());
    }
  }

  @Test
  void everyUnitFoldsAsItsOwnDecompositionDoes() {
    for (int c = 0; c < 65536; c++) {
      assertThat(Fold.symbol((char) c)).as("U+%04X", c).isEqualTo(reference((char) c));
    }
  }

  @Test
  void accentsCaseAndLigaturesFold() {
    assertThat(Fold.foldPattern("  Dépressive  ŒDÈME, Straße "))
        .isEqualTo("depressive oedeme strasse");
    assertThat(Fold.foldPattern("e\u0301te\u0301")).isEqualTo("ete");
    assertThat(Fold.foldPattern("Ελλάδα")).as("another script does not fold to a-z").isNull();
  }

  private static int reference(char c) {
    if (c == Fold.MASK_CHAR) {
      return Fold.OTHER;
    }
    if (c == 'œ' || c == 'Œ' || c == 'æ' || c == 'Æ' || c == 'ß' || c == 'ẞ') {
      return Fold.EXPAND;
    }
    if (Character.isHighSurrogate(c)) {
      return Fold.HIGH;
    }
    if (Character.isLowSurrogate(c)) {
      return Fold.SEP;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return Fold.SKIP;
    }
    if (!Character.isLetterOrDigit(c)) {
      return Fold.SEP;
    }
    StringBuilder base = new StringBuilder();
    for (char x : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        base.append(x);
      }
    }
    String b = base.toString().toLowerCase(Locale.ROOT);
    if (b.length() == 1 && b.charAt(0) >= 'a' && b.charAt(0) <= 'z') {
      return b.charAt(0) - 'a' + 1;
    }
    if (b.length() == 1 && b.charAt(0) >= '0' && b.charAt(0) <= '9') {
      return b.charAt(0) - '0' + 27;
    }
    return Fold.OTHER;
  }
}
