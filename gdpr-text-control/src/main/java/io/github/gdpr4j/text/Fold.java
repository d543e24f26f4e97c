package io.github.gdpr4j.text;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The folding table shared by the automaton and pattern compilation: every UTF-16 unit maps to one
 * symbol of a small alphabet, computed once when the class is loaded.
 *
 * <p>Symbols: {@link #SEP} for separators, 1–26 for a–z after folding, 27–36 for 0–9, {@link
 * #OTHER} for any other letter or digit, {@link #EXPAND} for the characters that fold to two
 * letters (œ, æ, ß), {@link #SKIP} for combining marks (dropped so that decomposed accents fold
 * like precomposed ones) and {@link #HIGH} for a high surrogate (the pair is one letter or one
 * separator).
 */
final class Fold {

  /** A separator: anything that is not a letter or a digit. */
  static final int SEP = 0;

  /** A letter or digit outside a–z and 0–9 after folding (other scripts). */
  static final int OTHER = 37;

  /** The number of symbols the automaton has transitions for. */
  static final int ALPHABET = 38;

  /** A character that folds to two letters. */
  static final int EXPAND = 38;

  /** A combining mark, not fed to the automaton. */
  static final int SKIP = 39;

  /** A high surrogate: the pair is one symbol. */
  static final int HIGH = 40;

  /**
   * A separator that triggers an identifier recognizer in the scan (one of {@link #TRIGGERS}); fed
   * to the automaton as {@link #SEP}.
   */
  static final int TRIGGER = 41;

  /** The separators the scan reacts to: e-mail, phone, IPv6 and URL starts, redaction marks. */
  static final String TRIGGERS = "@+(:[*.";

  private static final byte[] SYMBOL = new byte[65536];

  /** {@link #SYMBOL} with {@link #TRIGGER} for the {@link #TRIGGERS}. */
  private static final byte[] SCAN = new byte[65536];

  static {
    // One normalization of the letters that may decompose to a Latin letter or digit, each
    // followed by a line feed (a starter that nothing composes with), rather than one per
    // character: class loading stays cheap. Those are in the Latin blocks and the letterlike
    // symbols (the Kelvin and Ångström signs); any other letter or digit outside ASCII is OTHER
    // (FoldTest checks every unit against its own decomposition).
    StringBuilder all = new StringBuilder(4_096);
    for (int c = 128; c < 65536; c++) {
      if (latinCandidate(c)) {
        all.append((char) c).append('\n');
      }
    }
    String decomposed = Normalizer.normalize(all, Normalizer.Form.NFD);
    int at = 0;
    for (int c = 0; c < 65536; c++) {
      if (latinCandidate(c)) {
        int end = decomposed.indexOf('\n', at);
        SYMBOL[c] = (byte) letter((char) c, decomposed, at, end);
        at = end + 1;
      } else if (c >= 128 && !Character.isSurrogate((char) c) && Character.isLetterOrDigit(c)) {
        SYMBOL[c] = OTHER;
      } else {
        SYMBOL[c] = (byte) classify((char) c);
      }
    }
    System.arraycopy(SYMBOL, 0, SCAN, 0, SCAN.length);
    for (int i = 0; i < TRIGGERS.length(); i++) {
      SCAN[TRIGGERS.charAt(i)] = TRIGGER;
    }
  }

  private Fold() {}

  /** Whether a unit is a letter or digit outside ASCII that may decompose to a Latin one. */
  private static boolean latinCandidate(int c) {
    return ((c >= 128 && c < 0x250) || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2100 && c < 0x2150))
        && Character.isLetterOrDigit(c);
  }

  /**
   * Returns the symbol of one UTF-16 unit.
   *
   * @param c the unit
   * @return its symbol, 0–40
   */
  static int symbol(char c) {
    return SYMBOL[c];
  }

  /**
   * Returns the symbol of one UTF-16 unit as the scan reads it: {@link #symbol(char)}, except
   * {@link #TRIGGER} for the {@link #TRIGGERS}.
   *
   * @param c the unit
   * @return its scan symbol, 0–41
   */
  static int scanSymbol(char c) {
    return SCAN[c];
  }

  /**
   * Returns the symbol of a letter a–z or digit 0–9.
   *
   * @param folded a folded character
   * @return its symbol
   */
  static int symbolOfFolded(char folded) {
    if (folded >= 'a' && folded <= 'z') {
      return folded - 'a' + 1;
    }
    return folded - '0' + 27;
  }

  /**
   * Returns the first symbol of a character that folds to two letters.
   *
   * @param c a character whose symbol is {@link #EXPAND}
   * @return its first symbol
   */
  static int expandFirst(char c) {
    return symbolOfFolded(expansion(c).charAt(0));
  }

  /**
   * Returns the second symbol of a character that folds to two letters.
   *
   * @param c a character whose symbol is {@link #EXPAND}
   * @return its second symbol
   */
  static int expandSecond(char c) {
    return symbolOfFolded(expansion(c).charAt(1));
  }

  /**
   * Returns the symbol of a supplementary code point.
   *
   * @param codePoint the code point
   * @return {@link #OTHER} for a letter or digit, otherwise {@link #SEP}
   */
  static int symbolOfCodePoint(int codePoint) {
    return Character.isLetterOrDigit(codePoint) ? OTHER : SEP;
  }

  /**
   * Folds a dictionary pattern to lower-case a–z, 0–9 and single spaces, trimmed.
   *
   * @param pattern the pattern as written
   * @return the folded pattern (empty if it has no word character), or null if it contains a letter
   *     or digit outside a–z and 0–9 after folding
   */
  static @Nullable String foldPattern(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean pendingSpace = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int s = SYMBOL[c];
      if (s == SKIP) {
        continue;
      }
      if (s == SEP) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (s == OTHER || s == HIGH) {
        return null;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      if (s == EXPAND) {
        sb.append(expansion(c));
      } else {
        sb.append(s <= 26 ? (char) ('a' + s - 1) : (char) ('0' + s - 27));
      }
    }
    return sb.toString();
  }

  /**
   * Returns the length {@link #foldPattern} would return, without building the string.
   *
   * @param pattern the pattern as written
   * @return the length of the folded pattern, or -1 where {@link #foldPattern} returns null
   */
  static int foldedLength(String pattern) {
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < pattern.length(); i++) {
      int s = SYMBOL[pattern.charAt(i)];
      if (s == SKIP) {
        continue;
      }
      if (s == SEP) {
        pendingSpace = length > 0;
        continue;
      }
      if (s == OTHER || s == HIGH) {
        return -1;
      }
      if (pendingSpace) {
        length++;
        pendingSpace = false;
      }
      length += s == EXPAND ? 2 : 1;
    }
    return length;
  }

  private static String expansion(char c) {
    switch (c) {
      case 'œ':
      case 'Œ':
        return "oe";
      case 'æ':
      case 'Æ':
        return "ae";
      default:
        return "ss";
    }
  }

  /**
   * The character {@link RedactionStyle#MASK} writes. It folds to {@link #OTHER}, a letter no
   * pattern contains, so that a masked word keeps its word boundaries ("PIN ████ code" is not "PIN
   * code").
   */
  static final char MASK_CHAR = '\u2588';

  /** Classifies a unit that is not a letter or digit outside ASCII. */
  private static int classify(char c) {
    if (c == MASK_CHAR) {
      return OTHER;
    }
    if (Character.isHighSurrogate(c)) {
      return HIGH;
    }
    if (Character.isLowSurrogate(c)) {
      return SEP;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return SKIP;
    }
    if (c < 128) {
      char l = Character.toLowerCase(c);
      if (l >= 'a' && l <= 'z') {
        return l - 'a' + 1;
      }
      if (c >= '0' && c <= '9') {
        return c - '0' + 27;
      }
    }
    return SEP;
  }

  /**
   * Classifies a letter or digit outside ASCII from its NFD decomposition {@code d[from, to)}: a-z
   * or 0-9 if that is its only base character (accents dropped), else {@link #OTHER}.
   */
  private static int letter(char c, String d, int from, int to) {
    if (c == 'œ' || c == 'Œ' || c == 'æ' || c == 'Æ' || c == 'ß' || c == 'ẞ') {
      return EXPAND;
    }
    char base = 0;
    int bases = 0;
    for (int i = from; i < to; i++) {
      char x = d.charAt(i);
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        base = x;
        bases++;
      }
    }
    if (bases == 1) {
      char l = Character.toLowerCase(base);
      if (l >= 'a' && l <= 'z') {
        return l - 'a' + 1;
      }
      if (l >= '0' && l <= '9') {
        return l - '0' + 27;
      }
    }
    return OTHER;
  }
}
