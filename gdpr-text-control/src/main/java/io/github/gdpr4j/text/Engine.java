package io.github.gdpr4j.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The compiled detector: one automaton holding vocabulary terms, negative phrases and identifier
 * cues, plus the identifier recognizers that the single scanning pass triggers.
 *
 * <p>Immutable and thread-safe; each scan keeps its state in a {@link Scan}.
 */
final class Engine {

  static final int TERM = 0;
  static final int NEGATIVE = 1;
  static final int CUE = 2;

  final Automaton automaton;

  /** Per automaton pattern: {@link #TERM}, {@link #NEGATIVE} or {@link #CUE}. */
  final int[] entryType;

  final TermSpec[] entryTerm;
  final Cue[] entryCue;

  /** Bit mask of {@link Language} ordinals the entry applies to. */
  final int[] entryLanguages;

  final boolean[] entryPrefix;

  /** Per automaton pattern: its number of words, to find where a match starts. */
  final int[] entryWords;

  final boolean[] enabled;
  final int languageMask;
  final int maxLength;
  final int maxFindings;

  Engine(
      Collection<TermSpec> terms,
      Set<Kind> kinds,
      Set<Language> languages,
      int maxLength,
      int maxFindings) {
    this.maxLength = maxLength;
    this.maxFindings = maxFindings;
    this.enabled = new boolean[Kind.values().length];
    for (Kind k : kinds) {
      enabled[k.ordinal()] = true;
    }
    int mask = 0;
    for (Language l : languages) {
      mask |= 1 << l.ordinal();
    }
    this.languageMask = mask;

    List<int[]> patterns = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    List<TermSpec> specs = new ArrayList<>();
    List<Cue> cues = new ArrayList<>();
    List<Integer> langs = new ArrayList<>();
    List<Boolean> prefixes = new ArrayList<>();
    for (TermSpec t : terms) {
      if (t.kind() != null && !enabled[t.kind().ordinal()]) {
        continue;
      }
      int lm = t.language() == null ? mask : (1 << t.language().ordinal()) & mask;
      if (lm == 0) {
        continue;
      }
      patterns.add(symbols(t.pattern(), t.prefix()));
      types.add(t.isNegative() ? NEGATIVE : TERM);
      specs.add(t);
      cues.add(null);
      langs.add(lm);
      prefixes.add(t.prefix());
    }
    for (Cue c : Cue.values()) {
      for (String phrase : c.phrases()) {
        patterns.add(symbols(phrase, false));
        types.add(CUE);
        specs.add(null);
        cues.add(c);
        langs.add(-1);
        prefixes.add(false);
      }
    }
    int size = patterns.size();
    entryType = new int[size];
    entryTerm = new TermSpec[size];
    entryCue = new Cue[size];
    entryLanguages = new int[size];
    entryPrefix = new boolean[size];
    entryWords = new int[size];
    for (int i = 0; i < size; i++) {
      int separators = 0;
      for (int symbol : patterns.get(i)) {
        if (symbol == Fold.SEP) {
          separators++;
        }
      }
      entryWords[i] = prefixes.get(i) ? separators : separators - 1;
      entryType[i] = types.get(i);
      entryTerm[i] = specs.get(i);
      entryCue[i] = cues.get(i);
      entryLanguages[i] = langs.get(i);
      entryPrefix[i] = prefixes.get(i);
    }
    automaton = new Automaton(patterns);
  }

  /** Folds a pattern to automaton symbols, with the word-boundary separators around it. */
  private static int[] symbols(String pattern, boolean prefix) {
    String folded = Fold.foldPattern(pattern);
    if (folded == null || folded.isEmpty()) {
      throw new IllegalArgumentException("pattern does not fold to words: " + pattern);
    }
    int[] out = new int[folded.length() + (prefix ? 1 : 2)];
    out[0] = Fold.SEP;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      out[i + 1] = c == ' ' ? Fold.SEP : Fold.symbolOfFolded(c);
    }
    if (!prefix) {
      out[out.length - 1] = Fold.SEP;
    }
    return out;
  }

  /**
   * Scans a text.
   *
   * @param text the text
   * @param scanLanguages languages whose terms apply, as a mask
   * @return the report
   */
  Report scan(CharSequence text, int scanLanguages) {
    int n = text.length();
    if (n > maxLength) {
      throw new TextLimitExceededException("maxLength", n, maxLength);
    }
    Scan s = new Scan(this, text, scanLanguages & languageMask);
    s.run();
    return new Report(n, s.resolve());
  }

  boolean enabled(Kind kind) {
    return enabled[kind.ordinal()];
  }
}
