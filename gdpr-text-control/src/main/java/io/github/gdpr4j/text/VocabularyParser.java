package io.github.gdpr4j.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses the vocabulary mini-syntax of one language (see {@code vocabulary/README.md}) and expands
 * each entry into {@link TermSpec}s. One instance per language and load; not thread-safe, never
 * shared.
 */
final class VocabularyParser {

  /** Default confidence of a vocabulary finding. */
  static final double DEFAULT_CONFIDENCE = 0.9;

  /** Default number of words a cue is looked for in. */
  static final int DEFAULT_WINDOW = 3;

  /** Largest window accepted. */
  static final int MAX_WINDOW = 8;

  /**
   * Largest number of patterns one line may expand to: every pattern costs automaton states and
   * build time, and a line that multiplies sets (a verb × a determiner × a set of nouns) is better
   * written with a condition ({@code then=}, {@code near=}) on the set.
   */
  static final int MAX_EXPANSIONS = 500;

  /** A malformed vocabulary line; the message names the file and the line. */
  static final class MalformedLineException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedLineException(String file, int line, String problem) {
      super("vocabulary " + file + ":" + line + ": " + problem);
    }
  }

  private final Language language;
  private final Map<String, List<String>> sets = new HashMap<>();
  private final Map<String, Set<String>> cueTokens = new HashMap<>();
  private final List<Veto> vetoes;
  private final Map<Kind, ContextCondition.TokenSet> vetoBeforeByKind = new HashMap<>();
  private final Map<Kind, ContextCondition.TokenSet> vetoAfterByKind = new HashMap<>();

  /**
   * One object per distinct set and condition: every line builds its own, and a scan touches fewer
   * objects (less memory to miss in the caches) when the thousands of entries of a kind share
   * theirs. {@link CompiledVocabulary} shares them across languages too.
   */
  private final Map<ContextCondition.TokenSet, ContextCondition.TokenSet> sharedSets =
      new HashMap<>();

  private final Map<ContextCondition, ContextCondition> sharedConditions = new HashMap<>();

  /**
   * A veto rule: the words of a set, before or after a finding of some kinds. Vetoes are shared by
   * the parsers of one load, so that a French title also vetoes an Italian word when all languages
   * are scanned at once.
   */
  record Veto(boolean before, Set<String> words, Set<Kind> kinds) {}

  /**
   * Creates a parser.
   *
   * @param language the language of the files
   * @param vetoes the veto list shared by the parsers of one load; directives append to it
   */
  VocabularyParser(Language language, List<Veto> vetoes) {
    this.language = language;
    this.vetoes = vetoes;
  }

  /** Reads {@code @set} and {@code @veto-*} directives; entries are not allowed here. */
  void parseDirectives(String file, String content) throws MalformedLineException {
    int lineNo = 0;
    for (String raw : content.split("\n", -1)) {
      lineNo++;
      String line = stripComment(raw);
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("@")) {
        throw new MalformedLineException(file, lineNo, "only @set and @veto lines belong here");
      }
      directive(file, lineNo, line);
    }
  }

  /**
   * Expands the entries of one file.
   *
   * @param kind the kind of the file, or null for a file of negative phrases
   */
  void parseEntries(String file, String content, @Nullable Kind kind, List<TermSpec> out)
      throws MalformedLineException {
    int lineNo = 0;
    for (String raw : content.split("\n", -1)) {
      lineNo++;
      String line = stripComment(raw);
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("@")) {
        directive(file, lineNo, line);
        continue;
      }
      entry(file, lineNo, line, kind, out);
    }
  }

  private void entry(String file, int lineNo, String line, @Nullable Kind kind, List<TermSpec> out)
      throws MalformedLineException {
    String pattern = line;
    String attrs = "";
    int semi = line.indexOf(';');
    if (semi >= 0) {
      pattern = line.substring(0, semi).trim();
      attrs = line.substring(semi + 1).trim();
    }
    if (pattern.isEmpty()) {
      throw new MalformedLineException(file, lineNo, "empty pattern");
    }
    boolean prefix = false;
    if (pattern.endsWith("*")) {
      prefix = true;
      pattern = pattern.substring(0, pattern.length() - 1).trim();
    }
    if (pattern.indexOf('*') >= 0) {
      throw new MalformedLineException(file, lineNo, "'*' is only allowed at the end");
    }
    double confidence = DEFAULT_CONFIDENCE;
    Set<String> before = new HashSet<>();
    Set<String> after = new HashSet<>();
    Set<String> notBefore = new HashSet<>();
    Set<String> notAfter = new HashSet<>();
    Set<String> then = new HashSet<>();
    int window = DEFAULT_WINDOW;
    if (!attrs.isEmpty()) {
      for (String attr : attrs.split(" ")) {
        if (attr.isEmpty()) {
          continue;
        }
        int eq = attr.indexOf('=');
        if (eq <= 0 || eq == attr.length() - 1) {
          throw new MalformedLineException(file, lineNo, "attribute must be key=value");
        }
        String key = attr.substring(0, eq);
        String value = attr.substring(eq + 1);
        switch (key) {
          case "conf":
            confidence = parseConfidence(file, lineNo, value);
            break;
          case "near":
            before.addAll(cueSet(file, lineNo, value));
            after.addAll(cueSet(file, lineNo, value));
            break;
          case "before":
            before.addAll(cueSet(file, lineNo, value));
            break;
          case "after":
            after.addAll(cueSet(file, lineNo, value));
            break;
          case "unless-near":
            notBefore.addAll(cueSet(file, lineNo, value));
            notAfter.addAll(cueSet(file, lineNo, value));
            break;
          case "unless-before":
            notBefore.addAll(cueSet(file, lineNo, value));
            break;
          case "unless-after":
            notAfter.addAll(cueSet(file, lineNo, value));
            break;
          case "then":
            then.addAll(phraseSet(file, lineNo, value));
            break;
          case "window":
            window = parseWindow(file, lineNo, value);
            break;
          default:
            throw new MalformedLineException(file, lineNo, "unknown attribute '" + key + "'");
        }
      }
    }
    List<String> expansions = expand(file, lineNo, pattern);
    String rule = file + ":" + lineNo;
    TermCondition condition;
    if (kind != null) {
      condition = condition(kind, before, after, notBefore, notAfter, then, window);
    } else if (!before.isEmpty()
        || !after.isEmpty()
        || !notBefore.isEmpty()
        || !notAfter.isEmpty()) {
      throw new MalformedLineException(
          file, lineNo, "a phrase that is never a finding takes no cue but then=SET");
    } else {
      // "soldes de" + a feast: a phrase that is never a finding, over the next word too.
      ContextCondition.TokenSet none = ContextCondition.TokenSet.of(Set.of());
      condition =
          then.isEmpty()
              ? null
              : shared(new ContextCondition(none, none, none, none, window, none, none, set(then)));
    }
    for (String p : expansions) {
      String words = p.trim();
      if (words.isEmpty()) {
        continue;
      }
      try {
        for (String spelling : spellings(words)) {
          out.add(new TermSpec(spelling, kind, language, rule, confidence, prefix, condition));
        }
      } catch (IllegalArgumentException e) {
        throw new MalformedLineException(file, lineNo, e.getMessage());
      }
    }
  }

  /**
   * The spellings of an entry or set word: itself and, in German, the one typed without umlauts
   * ("Wähler" is also written "Waehler"; folding alone gives "Wahler").
   */
  private List<String> spellings(String words) {
    if (language != Language.DE || !hasUmlaut(words)) {
      return List.of(words);
    }
    StringBuilder sb = new StringBuilder(words.length() + 4);
    for (int i = 0; i < words.length(); i++) {
      char c = words.charAt(i);
      switch (c) {
        case 'ä':
          sb.append("ae");
          break;
        case 'ö':
          sb.append("oe");
          break;
        case 'ü':
          sb.append("ue");
          break;
        case 'Ä':
          sb.append("Ae");
          break;
        case 'Ö':
          sb.append("Oe");
          break;
        case 'Ü':
          sb.append("Ue");
          break;
        default:
          sb.append(c);
      }
    }
    return List.of(words, sb.toString());
  }

  private static boolean hasUmlaut(String s) {
    for (int i = 0; i < s.length(); i++) {
      if ("äöüÄÖÜ".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private @Nullable TermCondition condition(
      Kind kind,
      Set<String> before,
      Set<String> after,
      Set<String> notBefore,
      Set<String> notAfter,
      Set<String> then,
      int window) {
    ContextCondition.TokenSet vb = vetoBeforeByKind.computeIfAbsent(kind, this::vetoBefore);
    ContextCondition.TokenSet va = vetoAfterByKind.computeIfAbsent(kind, this::vetoAfter);
    if (before.isEmpty()
        && after.isEmpty()
        && notBefore.isEmpty()
        && notAfter.isEmpty()
        && then.isEmpty()
        && vb.isEmpty()
        && va.isEmpty()) {
      return null;
    }
    return shared(
        new ContextCondition(
            set(before), set(after), set(notBefore), set(notAfter), window, vb, va, set(then)));
  }

  private ContextCondition.TokenSet set(Set<String> words) {
    return sharedSets.computeIfAbsent(ContextCondition.TokenSet.of(words), s -> s);
  }

  private ContextCondition shared(ContextCondition c) {
    return sharedConditions.computeIfAbsent(c, k -> k);
  }

  private ContextCondition.TokenSet vetoBefore(Kind kind) {
    return vetoSets(kind, true);
  }

  private ContextCondition.TokenSet vetoAfter(Kind kind) {
    return vetoSets(kind, false);
  }

  private ContextCondition.TokenSet vetoSets(Kind kind, boolean before) {
    // One set per side: a word is looked up once, whatever the number of veto lists.
    Set<String> words = new HashSet<>();
    for (Veto v : vetoes) {
      if (v.before() == before && v.kinds().contains(kind)) {
        words.addAll(v.words());
      }
    }
    return set(words);
  }

  private void directive(String file, int lineNo, String line) throws MalformedLineException {
    if (line.startsWith("@set ")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new MalformedLineException(file, lineNo, "@set needs NAME = a|b|c");
      }
      String name = line.substring(5, eq).trim();
      checkSetName(file, lineNo, name);
      List<String> values = new ArrayList<>();
      for (String v : line.substring(eq + 1).split("\\|")) {
        String t = v.trim();
        if (t.isEmpty()) {
          throw new MalformedLineException(file, lineNo, "empty word in @set " + name);
        }
        if (Fold.foldPattern(t) == null || Fold.foldPattern(t).isEmpty()) {
          throw new MalformedLineException(file, lineNo, "word outside a-z/0-9 in @set " + name);
        }
        values.addAll(spellings(t));
      }
      vetoBeforeByKind.clear();
      vetoAfterByKind.clear();
      sets.put(name, List.copyOf(values));
      cueTokens.remove(name);
      return;
    }
    boolean before = line.startsWith("@veto-before ");
    if (before || line.startsWith("@veto-after ")) {
      vetoBeforeByKind.clear();
      vetoAfterByKind.clear();
      String[] parts = line.trim().split("\\s+");
      if (parts.length < 2 || parts.length > 3) {
        throw new MalformedLineException(file, lineNo, "@veto-before SET [KIND,KIND]");
      }
      if (!sets.containsKey(parts[1])) {
        throw new MalformedLineException(file, lineNo, "unknown set " + parts[1]);
      }
      Set<Kind> kinds = EnumSet.allOf(Kind.class);
      if (parts.length == 3) {
        kinds = EnumSet.noneOf(Kind.class);
        for (String k : parts[2].split(",")) {
          try {
            kinds.add(Kind.valueOf(k.trim()));
          } catch (IllegalArgumentException e) {
            throw new MalformedLineException(file, lineNo, "unknown kind " + k.trim());
          }
        }
      }
      vetoes.add(new Veto(before, folded(sets.get(parts[1]), false), kinds));
      return;
    }
    throw new MalformedLineException(file, lineNo, "unknown directive");
  }

  private static void checkSetName(String file, int lineNo, String name)
      throws MalformedLineException {
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new MalformedLineException(file, lineNo, "set name must be UPPER_CASE");
    }
  }

  private Set<String> cueSet(String file, int lineNo, String name) throws MalformedLineException {
    List<String> values = set(file, lineNo, name);
    return cueTokens.computeIfAbsent(name, n -> folded(values, false));
  }

  /** The folded members of a set, phrases included ({@code then=} reads them word after word). */
  private Set<String> phraseSet(String file, int lineNo, String name)
      throws MalformedLineException {
    return folded(set(file, lineNo, name), true);
  }

  private List<String> set(String file, int lineNo, String name) throws MalformedLineException {
    List<String> values = sets.get(name);
    if (values == null) {
      throw new MalformedLineException(file, lineNo, "unknown set " + name);
    }
    return values;
  }

  /**
   * The folded members of a set: single words only for cues, which are compared word by word; with
   * {@code phrases}, those of several words too.
   */
  private static Set<String> folded(List<String> values, boolean phrases) {
    Set<String> out = new HashSet<>();
    for (String v : values) {
      String f = Fold.foldPattern(v);
      if (f != null && !f.isEmpty() && (phrases || f.indexOf(' ') < 0)) {
        out.add(f);
      }
    }
    return out;
  }

  private static double parseConfidence(String file, int lineNo, String value)
      throws MalformedLineException {
    try {
      double d = Double.parseDouble(value);
      if (d > 0.0 && d <= 1.0) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new MalformedLineException(file, lineNo, "conf must be a number in (0, 1]");
  }

  private static int parseWindow(String file, int lineNo, String value)
      throws MalformedLineException {
    try {
      int w = Integer.parseInt(value);
      if (w >= 1 && w <= MAX_WINDOW) {
        return w;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new MalformedLineException(file, lineNo, "window must be 1.." + MAX_WINDOW);
  }

  private static String stripComment(String raw) {
    String line = raw.strip();
    if (line.startsWith("#")) {
      return "";
    }
    int hash = line.indexOf(" #");
    if (hash >= 0) {
      line = line.substring(0, hash).strip();
    }
    return line;
  }

  // ---- expansion of [optional], (a|b) and {SET} -------------------------------------------

  List<String> expand(String file, int lineNo, String pattern) throws MalformedLineException {
    int[] pos = {0};
    List<String> result = alternatives(file, lineNo, pattern, pos, (char) 0);
    if (pos[0] != pattern.length()) {
      throw new MalformedLineException(file, lineNo, "unbalanced '" + pattern.charAt(pos[0]) + "'");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String r : result) {
      unique.add(collapseSpaces(r));
    }
    return new ArrayList<>(unique);
  }

  private static String collapseSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** alt := seq ('|' seq)*, up to {@code close} (or the end when close is 0). */
  private List<String> alternatives(String file, int lineNo, String p, int[] pos, char close)
      throws MalformedLineException {
    List<String> out = new ArrayList<>();
    while (true) {
      out.addAll(sequence(file, lineNo, p, pos));
      if (out.size() > MAX_EXPANSIONS) {
        throw tooManyPatterns(file, lineNo);
      }
      if (pos[0] >= p.length()) {
        if (close != 0) {
          throw new MalformedLineException(file, lineNo, "missing '" + close + "'");
        }
        return out;
      }
      char c = p.charAt(pos[0]);
      if (c == '|') {
        pos[0]++;
        continue;
      }
      if (c == close) {
        pos[0]++;
        return out;
      }
      // a closing bracket that does not belong here
      if (close == 0) {
        return out;
      }
      throw new MalformedLineException(file, lineNo, "expected '" + close + "' but found " + c);
    }
  }

  /** seq := (text | '(' alt ')' | '[' alt ']' | '{' NAME '}')* */
  private List<String> sequence(String file, int lineNo, String p, int[] pos)
      throws MalformedLineException {
    List<String> acc = new ArrayList<>();
    acc.add("");
    StringBuilder literal = new StringBuilder();
    while (pos[0] < p.length()) {
      char c = p.charAt(pos[0]);
      if (c == '|' || c == ')' || c == ']') {
        break;
      }
      List<String> part;
      if (c == '(' || c == '[') {
        pos[0]++;
        part = alternatives(file, lineNo, p, pos, c == '(' ? ')' : ']');
        if (c == '[') {
          part.add("");
        }
      } else if (c == '{') {
        int end = p.indexOf('}', pos[0]);
        if (end < 0) {
          throw new MalformedLineException(file, lineNo, "missing '}'");
        }
        String name = p.substring(pos[0] + 1, end).trim();
        List<String> values = sets.get(name);
        if (values == null) {
          throw new MalformedLineException(file, lineNo, "unknown set " + name);
        }
        part = values;
        pos[0] = end + 1;
      } else if (c == '}') {
        throw new MalformedLineException(file, lineNo, "unbalanced '}'");
      } else {
        literal.append(c);
        pos[0]++;
        continue;
      }
      acc = product(file, lineNo, acc, literal.toString(), part);
      literal.setLength(0);
    }
    if (literal.length() > 0) {
      List<String> one = new ArrayList<>(acc.size());
      for (String a : acc) {
        one.add(a + literal);
      }
      acc = one;
    }
    return acc;
  }

  private static MalformedLineException tooManyPatterns(String file, int lineNo) {
    return new MalformedLineException(
        file,
        lineNo,
        "expands to more than "
            + MAX_EXPANSIONS
            + " patterns; match the varying words with a set in a condition (then=SET, near=SET)"
            + " instead");
  }

  private static List<String> product(
      String file, int lineNo, List<String> acc, String literal, List<String> part)
      throws MalformedLineException {
    if ((long) acc.size() * part.size() > MAX_EXPANSIONS) {
      throw tooManyPatterns(file, lineNo);
    }
    List<String> out = new ArrayList<>(acc.size() * part.size());
    for (String a : acc) {
      for (String b : part) {
        out.add(a + literal + b);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "VocabularyParser[" + language.name().toLowerCase(Locale.ROOT) + "]";
  }
}
