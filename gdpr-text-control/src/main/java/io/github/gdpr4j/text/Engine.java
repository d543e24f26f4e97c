package io.github.gdpr4j.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Per entry: {@link #TERM}, {@link #NEGATIVE} or {@link #CUE}. */
  final int[] entryType;

  final TermSpec[] entryTerm;
  final Cue[] entryCue;

  /** Bit mask of {@link Language} ordinals the entry applies to. */
  final int[] entryLanguages;

  /**
   * Per automaton pattern: the entries it stands for, by type, then most confident first (then in
   * the order given).
   */
  final int[][] patternEntries;

  /** Per automaton pattern: whether it is a stem (the word may go on). */
  final boolean[] patternPrefix;

  /** Per automaton pattern: its number of words, to find where a match starts. */
  final int[] patternWords;

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
    for (int i = 0; i < size; i++) {
      entryType[i] = types.get(i);
      entryTerm[i] = specs.get(i);
      entryCue[i] = cues.get(i);
      entryLanguages[i] = langs.get(i);
    }
    // Entries with the same symbols (the same words in several languages, or from several lines)
    // share one automaton pattern: a match is then one walk back to its start and, per kind, the
    // conditions of the most confident entries only until one keeps the match.
    Map<List<Integer>, Integer> ids = new HashMap<>();
    List<int[]> unique = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int[] p = patterns.get(i);
      List<Integer> key = new ArrayList<>(p.length);
      for (int symbol : p) {
        key.add(symbol);
      }
      Integer id = ids.putIfAbsent(key, unique.size());
      if (id == null) {
        id = unique.size();
        unique.add(p);
        members.add(new ArrayList<>(1));
      }
      members.get(id).add(i);
    }
    int count = unique.size();
    patternEntries = new int[count][];
    patternPrefix = new boolean[count];
    patternWords = new int[count];
    Comparator<Integer> order =
        Comparator.comparingInt((Integer e) -> entryType[e])
            .thenComparingDouble(e -> entryTerm[e] == null ? 0 : -entryTerm[e].confidence())
            .thenComparingInt(e -> e);
    for (int id = 0; id < count; id++) {
      List<Integer> m = members.get(id);
      m.sort(order);
      patternEntries[id] = m.stream().mapToInt(Integer::intValue).toArray();
      boolean prefix = prefixes.get(m.get(0));
      int separators = 0;
      for (int symbol : unique.get(id)) {
        if (symbol == Fold.SEP) {
          separators++;
        }
      }
      patternPrefix[id] = prefix;
      patternWords[id] = prefix ? separators : separators - 1;
    }
    automaton = new Automaton(unique);
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
