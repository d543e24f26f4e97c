package io.github.gdpr4j.text;

import java.util.List;
import java.util.Set;

/**
 * The context rules of a vocabulary entry: cue words that must be near the match ({@code near=},
 * {@code before=}, {@code after=}) and words that veto it when they come right before or after (a
 * title before "Radin" makes it a surname; "Clinique" before a word makes it an organisation).
 *
 * <p>Words are compared folded (lower case, no accents), one word at a time. Cues are looked for in
 * at most {@code window} words and never across a sentence end ({@code . ! ? ;} or a line break; a
 * dot right after a word of three letters or fewer is an abbreviation such as "M." or "Dr." and
 * does not end the sentence). A veto looks at the adjacent word only, across any punctuation but a
 * line break. Allocates only a few short strings per candidate finding.
 *
 * @param before cue words looked for before the match (empty: none)
 * @param after cue words looked for after the match (empty: none)
 * @param notBefore words that drop the match when found among the words before it (empty: none)
 * @param notAfter words that drop the match when found among the words after it (empty: none)
 * @param window how many words are looked at on each side
 * @param vetoBefore sets vetoing the match when they contain the previous word
 * @param vetoAfter sets vetoing the match when they contain the next word
 */
record ContextCondition(
    TokenSet before,
    TokenSet after,
    TokenSet notBefore,
    TokenSet notAfter,
    int window,
    List<TokenSet> vetoBefore,
    List<TokenSet> vetoAfter)
    implements TermCondition {

  /**
   * An immutable set of folded words, with a cheap pre-check (first letter and length) that spares
   * the string allocation for almost every word of a text.
   */
  record TokenSet(Set<String> words, long firstLetters, long lengths) {
    TokenSet {
      words = Set.copyOf(words);
    }

    static TokenSet of(Set<String> words) {
      long first = 0;
      long lengths = 0;
      for (String w : words) {
        first |= 1L << (w.charAt(0) & 63);
        lengths |= 1L << Math.min(w.length(), 63);
      }
      return new TokenSet(words, first, lengths);
    }

    boolean isEmpty() {
      return words.isEmpty();
    }

    boolean contains(String word) {
      return words.contains(word);
    }

    /** Whether the folded form of {@code text[from, to)} is in the set. */
    boolean containsWord(CharSequence text, int from, int to) {
      int length = 0;
      int first = -1;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        int sym = Fold.symbol(c);
        if (sym == Fold.SKIP) {
          continue;
        }
        if (first < 0) {
          first = sym == Fold.EXPAND ? letter(Fold.expandFirst(c)) : letter(sym);
        }
        length += sym == Fold.EXPAND ? 2 : 1;
      }
      if (first < 0
          || (firstLetters & (1L << (first & 63))) == 0
          || (lengths & (1L << Math.min(length, 63))) == 0) {
        return false;
      }
      return words.contains(fold(text, from, to));
    }
  }

  ContextCondition {
    vetoBefore = List.copyOf(vetoBefore);
    vetoAfter = List.copyOf(vetoAfter);
  }

  @Override
  public boolean keep(CharSequence text, int start, int end) {
    if (!vetoBefore.isEmpty() && vetoed(text, wordBefore(text, start), vetoBefore)) {
      return false;
    }
    if (!vetoAfter.isEmpty() && vetoed(text, wordAfter(text, end), vetoAfter)) {
      return false;
    }
    if (!notBefore.isEmpty() && cueBefore(text, start, notBefore)) {
      return false;
    }
    if (!notAfter.isEmpty() && cueAfter(text, end, notAfter)) {
      return false;
    }
    if (before.isEmpty() && after.isEmpty()) {
      return true;
    }
    return (!before.isEmpty() && cueBefore(text, start, before))
        || (!after.isEmpty() && cueAfter(text, end, after));
  }

  private boolean cueBefore(CharSequence text, int start, TokenSet cues) {
    int i = start;
    for (int w = 0; w < window; w++) {
      // skip separators backwards, stopping at a sentence end
      while (i > 0 && isSeparator(text.charAt(i - 1))) {
        char c = text.charAt(i - 1);
        if (isSentenceEnd(text, i - 1, c)) {
          return false;
        }
        i--;
      }
      if (i == 0) {
        return false;
      }
      int e = i;
      while (i > 0 && !isSeparator(text.charAt(i - 1))) {
        i--;
      }
      if (cues.containsWord(text, i, e)) {
        return true;
      }
    }
    return false;
  }

  private boolean cueAfter(CharSequence text, int end, TokenSet cues) {
    int i = end;
    int n = text.length();
    for (int w = 0; w < window; w++) {
      while (i < n && isSeparator(text.charAt(i))) {
        if (isSentenceEnd(text, i, text.charAt(i))) {
          return false;
        }
        i++;
      }
      if (i == n) {
        return false;
      }
      int s = i;
      while (i < n && !isSeparator(text.charAt(i))) {
        i++;
      }
      if (cues.containsWord(text, s, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean vetoed(CharSequence text, long range, List<TokenSet> sets) {
    if (range < 0) {
      return false;
    }
    int from = (int) (range >>> 32);
    int to = (int) range;
    for (TokenSet s : sets) {
      if (s.containsWord(text, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** The span of the word right before {@code start} as {@code from << 32 | to}, or -1. */
  private static long wordBefore(CharSequence text, int start) {
    int i = start;
    while (i > 0 && isSeparator(text.charAt(i - 1))) {
      char c = text.charAt(i - 1);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      i--;
    }
    if (i == 0) {
      return -1;
    }
    int e = i;
    while (i > 0 && !isSeparator(text.charAt(i - 1))) {
      i--;
    }
    return ((long) i << 32) | e;
  }

  /** The span of the word right after {@code end} as {@code from << 32 | to}, or -1. */
  private static long wordAfter(CharSequence text, int end) {
    int i = end;
    int n = text.length();
    while (i < n && isSeparator(text.charAt(i))) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      i++;
    }
    if (i == n) {
      return -1;
    }
    int s = i;
    while (i < n && !isSeparator(text.charAt(i))) {
      i++;
    }
    return ((long) s << 32) | i;
  }

  private static boolean isSeparator(char c) {
    return Fold.symbol(c) == Fold.SEP;
  }

  /** A sentence end; a dot after a short word ("M.", "Dr.", "Sr.") is an abbreviation. */
  private static boolean isSentenceEnd(CharSequence text, int at, char c) {
    switch (c) {
      case '!':
      case '?':
      case ';':
      case '\n':
      case '\r':
        return true;
      case '.':
        int j = at;
        int len = 0;
        while (j > 0 && !isSeparator(text.charAt(j - 1))) {
          j--;
          len++;
        }
        return len == 0 || len > 3;
      default:
        return false;
    }
  }

  /** Folds {@code text[from, to)} to the alphabet of {@link Fold#foldPattern}. */
  static String fold(CharSequence text, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from + 2);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int s = Fold.symbol(c);
      if (s >= 1 && s <= 26) {
        sb.append((char) ('a' + s - 1));
      } else if (s >= 27 && s <= 36) {
        sb.append((char) ('0' + s - 27));
      } else if (s == Fold.EXPAND) {
        sb.append(letter(Fold.expandFirst(c))).append(letter(Fold.expandSecond(c)));
      } else if (s != Fold.SKIP) {
        sb.append('?');
      }
    }
    return sb.toString();
  }

  private static char letter(int symbol) {
    return symbol <= 26 ? (char) ('a' + symbol - 1) : (char) ('0' + symbol - 27);
  }
}
