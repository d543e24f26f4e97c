package io.github.gdpr4j.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The compiled detector: one automaton holding vocabulary terms, negative phrases and identifier
 * cues, plus the identifier recognizers that the single scanning pass triggers; with the bundled
 * vocabulary compiled at build time ({@link CompiledVocabulary}), a deployment's own terms and
 * allowed phrases in a small second automaton.
 *
 * <p>Immutable and thread-safe; each scan keeps its state in a {@link Scan}.
 */
final class Engine {

  static final int TERM = 0;
  static final int NEGATIVE = 1;
  static final int CUE = 2;

  final Automaton automaton;

  /**
   * The terms compiled apart from the bundled vocabulary's tables (a deployment's own terms and
   * allowed phrases), or null: {@link #extraReports} maps the pattern ids it reports.
   */
  final @Nullable Automaton extraAutomaton;

  /** The tables of the entries before the extra ones, for {@link CompiledVocabulary}. */
  private final Tables mainTables;

  /**
   * Bits of an entry's info, what a match reads of it before anything else, in one int of {@link
   * #patterns}: the type ({@link #TERM}, {@link #NEGATIVE} or {@link #CUE}).
   */
  static final int TYPE_MASK = 3;

  /** Bits of an entry's info: the mask of {@link Language} ordinals, from this bit. */
  static final int LANGUAGE_SHIFT = 2;

  /** Bits of an entry's info: the {@link Kind} ordinal of a term, from this bit. */
  static final int KIND_SHIFT = 10;

  /** Per entry: the term's condition, or null. */
  final @Nullable TermCondition[] entryCondition;

  final TermSpec[] entryTerm;
  final Cue[] entryCue;

  /**
   * The automaton patterns, each where a match reads it at once: its shape (number of words shifted
   * left by one, bit 0 set for a stem whose word may go on), its number of entries, then each entry
   * and its info (see {@link #TYPE_MASK}); entries by type, then most confident first (then in the
   * order given).
   */
  final int[] patterns;

  /**
   * The automaton's output lists, in its layout ({@link Automaton#outputs()}: a length, then the
   * items), each item the offset of a pattern in {@link #patterns}.
   */
  final int[] reports;

  /** As {@link #reports}, for the lists of {@link #extraAutomaton}; empty without one. */
  final int[] extraReports;

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
    this(List.copyOf(terms), terms.size(), kinds, languages, maxLength, maxFindings, null);
  }

  /**
   * Compiles the entries, or takes the patterns and automaton of the first {@code compiledTerms}
   * terms and the cues from {@code compiled} (the tables {@link CompiledVocabulary} wrote at build
   * time for these very entries) and compiles only the terms after them (a deployment's own terms
   * and allowed phrases) into a small second automaton.
   */
  Engine(
      List<TermSpec> terms,
      int compiledTerms,
      Set<Kind> kinds,
      Set<Language> languages,
      int maxLength,
      int maxFindings,
      @Nullable Tables compiled) {
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

    int capacity = terms.size();
    for (Cue c : Cue.values()) {
      capacity += c.phrases().length;
    }
    // Entries: the enabled terms of the compiled part, the identifier cues, then the other terms.
    String[] keys = new String[capacity];
    int[] types = new int[capacity];
    TermSpec[] specs = new TermSpec[capacity];
    Cue[] cues = new Cue[capacity];
    int[] langs = new int[capacity];
    int size =
        addTerms(terms.subList(0, compiledTerms), compiled == null, 0, keys, types, specs, langs);
    for (Cue c : Cue.values()) {
      for (String phrase : c.phrases()) {
        keys[size] = compiled == null ? symbols(phrase, false) : null;
        types[size] = CUE;
        cues[size] = c;
        langs[size] = -1;
        size++;
      }
    }
    int mainSize = size;
    size =
        addTerms(terms.subList(compiledTerms, terms.size()), true, size, keys, types, specs, langs);
    entryTerm = Arrays.copyOf(specs, size);
    entryCue = Arrays.copyOf(cues, size);
    int[] entryInfo = new int[size];
    entryCondition = new TermCondition[size];
    for (int e = 0; e < size; e++) {
      TermSpec t = specs[e];
      int kind = t == null || t.kind() == null ? 31 : t.kind().ordinal();
      entryInfo[e] = types[e] | (langs[e] & 0xFF) << LANGUAGE_SHIFT | kind << KIND_SHIFT;
      entryCondition[e] = t == null ? null : t.condition();
    }
    Tables main = compiled != null ? compiled : compile(keys, 0, size, entryInfo);
    if (compiled != null && compiled.entries() != mainSize) {
      throw new IllegalArgumentException(
          "compiled tables are for " + compiled.entries() + " entries, not " + mainSize);
    }
    Tables extra =
        compiled != null && size > mainSize ? compile(keys, mainSize, size, entryInfo) : null;
    List<Tables> all = extra == null ? List.of(main) : List.of(main, extra);
    int words = 0;
    for (Tables t : all) {
      for (int[] entries : t.patternEntries()) {
        words += 2 + 2 * entries.length;
      }
    }
    patterns = new int[words];
    int[][] offsets = new int[all.size()][];
    int at = 0;
    for (int k = 0; k < all.size(); k++) {
      Tables t = all.get(k);
      offsets[k] = new int[t.patternEntries().length];
      for (int id = 0; id < offsets[k].length; id++) {
        int[] entries = t.patternEntries()[id];
        offsets[k][id] = at;
        patterns[at++] = t.patternWords()[id] << 1 | (t.patternPrefix()[id] ? 1 : 0);
        patterns[at++] = entries.length;
        for (int entry : entries) {
          patterns[at++] = entry;
          patterns[at++] = entryInfo[entry];
        }
      }
    }
    reports = reports(main.automaton(), offsets[0]);
    extraReports = extra == null ? new int[0] : reports(extra.automaton(), offsets[1]);
    extraAutomaton = extra == null ? null : extra.automaton();
    automaton = main.automaton();
    mainTables = main;
  }

  /**
   * The automaton's output lists ({@link Automaton#outputs()}) with each pattern id replaced by the
   * offset of the pattern in {@link #patterns}: a match then reads one list and one pattern.
   */
  private static int[] reports(Automaton automaton, int[] offsets) {
    int[] lists = automaton.outputs();
    int[] out = new int[lists.length];
    for (int at = 0; at < lists.length; at += 1 + lists[at]) {
      out[at] = lists[at];
      for (int k = at + 1; k <= at + lists[at]; k++) {
        out[k] = offsets[lists[k]];
      }
    }
    return out;
  }

  /**
   * Adds the enabled terms of the enabled languages as entries from {@code at} on, with their
   * automaton keys when {@code withKeys}.
   *
   * @return the number of entries after them
   */
  private int addTerms(
      List<TermSpec> terms,
      boolean withKeys,
      int at,
      String[] keys,
      int[] types,
      TermSpec[] specs,
      int[] langs) {
    int size = at;
    for (TermSpec t : terms) {
      if (t.kind() != null && !enabled[t.kind().ordinal()]) {
        continue;
      }
      int lm = t.language() == null ? languageMask : (1 << t.language().ordinal()) & languageMask;
      if (lm == 0) {
        continue;
      }
      keys[size] = withKeys ? symbols(t.pattern(), t.prefix()) : null;
      types[size] = t.isNegative() ? NEGATIVE : TERM;
      specs[size] = t;
      langs[size] = lm;
      size++;
    }
    return size;
  }

  /**
   * What compiling the entries yields: their patterns and the automaton, as {@link
   * CompiledVocabulary} stores them.
   *
   * @param entries the number of entries compiled
   * @param patternEntries per pattern, its entries (see {@link Engine#patternEntries})
   * @param patternPrefix per pattern, whether it is a stem
   * @param patternWords per pattern, its number of words
   * @param automaton the automaton of the patterns
   */
  record Tables(
      int entries,
      int[][] patternEntries,
      boolean[] patternPrefix,
      int[] patternWords,
      Automaton automaton) {}

  /**
   * Groups the entries {@code [from, to)} by their symbols into patterns and compiles their
   * automaton.
   */
  private Tables compile(String[] keys, int from, int to, int[] entryInfo) {
    // Entries with the same symbols (the same words in several languages, or from several lines)
    // share one automaton pattern: a match is then one walk back to its start and, per kind, the
    // conditions of the most confident entries only until one keeps the match. Patterns are
    // numbered in symbol order, which the automaton compiles fastest.
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = from; i < to; i++) {
      byKey.computeIfAbsent(keys[i], k -> new ArrayList<>(2)).add(i);
    }
    String[] sortedKeys = byKey.keySet().toArray(new String[0]);
    Arrays.sort(sortedKeys);
    // Per type, an entry that extends its finding over the next word (then=) first, so that
    // "IG-Metall" + "Vertrauensmann" is one finding when that word is there; then the most
    // confident.
    Comparator<Integer> mostConfidentFirst =
        Comparator.comparingInt((Integer e) -> entryInfo[e] & TYPE_MASK)
            .thenComparing(e -> !extendsOverNextWord(entryTerm[e]))
            .thenComparingDouble(e -> entryTerm[e] == null ? 0 : -entryTerm[e].confidence())
            .thenComparingInt(e -> e);
    List<int[]> unique = new ArrayList<>(sortedKeys.length);
    List<int[]> groups = new ArrayList<>(sortedKeys.length);
    for (String key : sortedKeys) {
      List<Integer> members = byKey.get(key);
      if (members.size() > 1) {
        members.sort(mostConfidentFirst);
      }
      int[] group = new int[members.size()];
      for (int m = 0; m < group.length; m++) {
        group[m] = members.get(m);
      }
      int[] pattern = new int[key.length()];
      for (int c = 0; c < pattern.length; c++) {
        pattern[c] = key.charAt(c);
      }
      unique.add(pattern);
      groups.add(group);
    }
    int count = unique.size();
    int[][] patternEntries = groups.toArray(new int[0][]);
    boolean[] patternPrefix = new boolean[count];
    int[] patternWords = new int[count];
    for (int id = 0; id < count; id++) {
      int[] pattern = unique.get(id);
      boolean prefix = pattern[pattern.length - 1] != Fold.SEP;
      int separators = 0;
      for (int symbol : pattern) {
        if (symbol == Fold.SEP) {
          separators++;
        }
      }
      patternPrefix[id] = prefix;
      patternWords[id] = prefix ? separators : separators - 1;
    }
    return new Tables(
        to - from, patternEntries, patternPrefix, patternWords, new Automaton(unique));
  }

  private static boolean extendsOverNextWord(TermSpec term) {
    return term != null && term.condition() instanceof ContextCondition c && !c.then().isEmpty();
  }

  /**
   * Folds a pattern to automaton symbols, with the word-boundary separators around it, as a string
   * of symbol values (compared and sorted as the symbol sequences).
   */
  private static String symbols(String pattern, boolean prefix) {
    String folded = Fold.foldPattern(pattern);
    if (folded == null || folded.isEmpty()) {
      throw new IllegalArgumentException("pattern does not fold to words: " + pattern);
    }
    char[] out = new char[folded.length() + (prefix ? 1 : 2)];
    out[0] = Fold.SEP;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      out[i + 1] = (char) (c == ' ' ? Fold.SEP : Fold.symbolOfFolded(c));
    }
    if (!prefix) {
      out[out.length - 1] = Fold.SEP;
    }
    return new String(out);
  }

  /**
   * Returns the compiled patterns and automaton, for {@link CompiledVocabulary} to store.
   *
   * @return the tables, sharing this engine's arrays (not to be modified)
   */
  Tables tables() {
    return mainTables;
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
    if (extraAutomaton != null) {
      s.runExtra(extraAutomaton);
    }
    return new Report(n, s.resolve());
  }

  boolean enabled(Kind kind) {
    return enabled[kind.ordinal()];
  }
}
