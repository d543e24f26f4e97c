package io.github.gdpr4j.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The state of one scan: a single pass over the text feeding the automaton, triggering the
 * identifier recognizers at token starts, '@', '+' and '(' only, then the resolution of overlapping
 * findings.
 *
 * <p>Every recognizer looks ahead a bounded number of characters, or consumes what it reads (a
 * digit run is parsed once and skipped), so the scan is linear in the text length whatever its
 * content. Not thread-safe: one instance per call.
 */
final class Scan {

  private static final int CUES = Cue.values().length;
  private static final int KINDS = Kind.values().length;
  private static final Candidate[] NO_CANDIDATES = new Candidate[0];

  /** By start, then longest first. */
  private static final Comparator<Candidate> ORDER =
      (x, y) ->
          x.start != y.start ? Integer.compare(x.start, y.start) : Integer.compare(y.end, x.end);

  /** The order of findings in a report: by start, longest first, then by kind. */
  private static final Comparator<Candidate> REPORT_ORDER = ORDER.thenComparing(c -> c.kind);

  private static final int[] NO_INTS = new int[0];
  private static final char[] NO_CHARS = new char[0];
  private static final int MAX_DIGITS = 24;
  private static final int MAX_GROUPS = 12;
  private static final int CUE_WINDOW = 40;
  private static final int LAST_LETTER = 26;
  private static final int LAST_DIGIT = 36;

  private final Engine engine;
  private final Automaton automaton;
  private final CharSequence text;

  /** The text's units, read without an interface call or a bounds check per character. */
  private final char[] chars;

  private final int n;
  private final int languages;

  private Candidate[] candidates = NO_CANDIDATES;
  private int candidateCount;
  private int[] negatives = NO_INTS;

  /** The automaton state between {@link #words} and the rest of the pass. */
  private int state;

  /** Set by {@link #words} when it stopped on entering a state that reports patterns. */
  private boolean entered;

  private int negativeCount;

  /** Recognizers are not triggered before this index: it is inside an identifier or a run. */
  private int identCursor;

  /** End of the last match of each cue, or a large negative value. */
  private int[] cueEnd = NO_INTS;

  /** The span reserved by the last look-ahead finding of a cue. */
  private int aheadStart;

  private int aheadEnd;

  private char[] buf = NO_CHARS;
  private int digitCount;
  private int[] groupLength = NO_INTS;
  private int[] groupStart = NO_INTS;
  private char[] groupSeparator = NO_CHARS;
  private int groupCount;

  Scan(Engine engine, CharSequence text, int languages) {
    this.engine = engine;
    this.automaton = engine.automaton;
    this.text = text;
    this.n = text.length();
    this.chars = text.toString().toCharArray();
    this.languages = languages;
  }

  /**
   * Allocates the recognizers' scratch space the first time a token may be an identifier: most
   * comments have few, and a scan allocates in proportion to what it finds.
   */
  private void scratch() {
    if (buf.length == 0) {
      buf = new char[40];
      groupLength = new int[MAX_GROUPS];
      groupStart = new int[MAX_GROUPS];
      groupSeparator = new char[MAX_GROUPS];
    }
  }

  // ---------------------------------------------------------------- the pass

  /**
   * The pass: letters and plain separators go straight to the automaton (one table load each, the
   * automaton itself collapsing separator runs); digits, trigger punctuation and the rarer units
   * (other scripts, œ/æ/ß, combining marks, surrogates) take the slower branch, which looks at the
   * few characters before them instead of tracking tokens on every character.
   */
  void run() {
    final char[] t = chars;
    final int len = n;
    state = automaton.start();
    int lastDigit = -2;
    int i = 0;
    while (true) {
      i = words(i);
      if (i >= len) {
        break;
      }
      if (entered) {
        entered = false;
        outputs(state, i);
        i++;
        continue;
      }
      char c = t[i];
      int sym = Fold.scanSymbol(c);
      if (sym <= LAST_DIGIT) {
        if (lastDigit != i - 1) {
          digit(i); // a digit right after a digit starts nothing
        }
        lastDigit = i;
        state = step(state, sym, i);
      } else if (sym == Fold.TRIGGER) {
        special(c, i);
        state = step(state, Fold.SEP, i);
      } else if (sym == Fold.OTHER) {
        if (c == Fold.MASK_CHAR && !wordBefore(i)) {
          cueEnd = NO_INTS; // a masked identifier ends what the cues before it announced
        }
        state = step(state, Fold.OTHER, i);
      } else if (sym == Fold.EXPAND) {
        state = step(state, Fold.expandFirst(c), i);
        state = step(state, Fold.expandSecond(c), i);
      } else if (sym == Fold.HIGH) {
        state = step(state, highSymbol(i), i);
        if (i + 1 < len && Character.isLowSurrogate(t[i + 1])) {
          i++;
        }
      }
      // Fold.SKIP: a combining mark is not fed
      i++;
    }
    step(state, Fold.SEP, len);
  }

  /**
   * A second, plain pass over the text with the automaton of the terms compiled apart from the
   * bundled vocabulary (a deployment's own terms and allowed phrases), fed the same symbols as
   * {@link #run}; {@link Engine#extraReports} turns what it reports into patterns.
   */
  void runExtra(Automaton extra) {
    final char[] t = chars;
    final int len = n;
    int s = extra.start();
    for (int i = 0; i < len; i++) {
      char c = t[i];
      int sym = Fold.symbol(c);
      if (sym == Fold.SKIP) {
        continue;
      }
      if (sym == Fold.EXPAND) {
        s = extraStep(extra, s, Fold.expandFirst(c), i);
        s = extraStep(extra, s, Fold.expandSecond(c), i);
      } else if (sym == Fold.HIGH) {
        s = extraStep(extra, s, highSymbol(i), i);
        if (i + 1 < len && Character.isLowSurrogate(t[i + 1])) {
          i++;
        }
      } else {
        s = extraStep(extra, s, sym, i);
      }
    }
    extraStep(extra, s, Fold.SEP, len);
  }

  /** The symbol of a high surrogate at {@code i}: its pair's, or a separator when it is alone. */
  private int highSymbol(int i) {
    return i + 1 < n && Character.isLowSurrogate(chars[i + 1])
        ? Fold.symbolOfCodePoint(Character.toCodePoint(chars[i], chars[i + 1]))
        : Fold.SEP;
  }

  private int extraStep(Automaton extra, int state, int symbol, int i) {
    int next = extra.next(state, symbol);
    if (next < 0) {
      next = ~next;
      int list = extra.outputList(next);
      int[] reports = engine.extraReports;
      for (int k = list + 1, end = k + reports[list]; k < end; k++) {
        match(reports[k], i);
      }
    }
    return next;
  }

  /**
   * The hot loop, kept small so that the JIT compiles it whole whatever the recognizers weigh:
   * feeds letters and plain separators (one table load each, the automaton collapsing separator
   * runs) from {@code i} on, and returns at the first other character, or right after entering a
   * state that reports patterns ({@link #entered} set, the caller reports them).
   */
  private int words(int i) {
    final char[] t = chars;
    final int len = t.length;
    final Automaton au = automaton;
    final int[] delta = au.delta();
    final int limit = au.limit();
    int s = state;
    for (; i < len; i++) {
      int sym = Fold.scanSymbol(t[i]);
      if (sym > LAST_LETTER) {
        break;
      }
      int next = s < limit ? delta[s + sym] : au.deep(s, sym);
      if (next < 0) {
        state = ~next;
        entered = true;
        return i;
      }
      s = next;
    }
    state = s;
    return i;
  }

  private int step(int state, int symbol, int i) {
    int next = automaton.next(state, symbol);
    if (next < 0) {
      next = ~next;
      outputs(next, i);
    }
    return next;
  }

  /**
   * A digit: at the start of a token it may begin a number; as the first digit of a token that
   * starts with letters (IBAN, NIE, NINO, codice fiscale have one among their first characters), it
   * makes the token worth a look; elsewhere it needs nothing.
   */
  private void digit(int i) {
    if (!gluedBefore(i)) {
      if (free(i)) {
        digitToken(i);
      }
      return;
    }
    int j = i;
    while (j > 0 && i - j <= 8) {
      int s = Fold.symbol(chars[j - 1]);
      if (s > LAST_LETTER && s <= LAST_DIGIT) {
        return; // not the token's first digit
      }
      if (!wordAt(j)) {
        break;
      }
      j -= unitBefore(j);
    }
    boolean tokenStart = j == 0 || !wordAt(j);
    j = skipMarks(j, i);
    if (tokenStart && i - j <= 8 && free(j)) {
      letterToken(j);
    }
  }

  /** Whether a redaction ("[EMAIL]", "█") comes right before {@code i}, marks aside. */
  private boolean gluedToRedaction(int i) {
    int j = i;
    while (j > 0 && Fold.symbol(chars[j - 1]) == Fold.SKIP) {
      j--;
    }
    return redactionEndsAt(j);
  }

  /**
   * Whether a redaction ends at {@code j} (exclusive): a mask "█", or a placeholder such as
   * "[PHONE]" (a stray "]" typed inside an address is not one).
   */
  private boolean redactionEndsAt(int j) {
    char p = ch(j - 1);
    if (p == Fold.MASK_CHAR) {
      return true;
    }
    if (p != ']') {
      return false;
    }
    int k = j - 2;
    while (k >= 0 && k > j - 40 && ((ch(k) >= 'A' && ch(k) <= 'Z') || ch(k) == '_')) {
      k--;
    }
    return k >= 0 && k < j - 2 && ch(k) == '[';
  }

  /**
   * Whether {@code i} continues what comes right before it: a word, or a redaction ("[PHONE]",
   * "████") standing for one, so that redacted text reads as the original did ("30+82 ..." starts
   * no number, nor does "[PHONE]+82 ...").
   */
  private boolean gluedBefore(int i) {
    char p = ch(i - 1);
    if (p == ']' || p == Fold.MASK_CHAR) {
      return true;
    }
    if (",.:-/".indexOf(p) >= 0 && redactionEndsAt(i - 1)) {
      return true; // "[CARD],01440": the digits went on the redacted number ("677,01440")
    }
    return wordBefore(i);
  }

  /**
   * Whether the unit before {@code i} (combining marks aside) is a letter or digit: {@code i} is
   * inside a token.
   */
  private boolean wordBefore(int i) {
    for (int j = i - 1; j >= 0; j--) {
      char c = chars[j];
      int s = Fold.symbol(c);
      if (s == Fold.SKIP) {
        continue;
      }
      if (s == Fold.SEP) {
        return Character.isLowSurrogate(c)
            && j > 0
            && Character.isHighSurrogate(chars[j - 1])
            && Fold.symbolOfCodePoint(Character.toCodePoint(chars[j - 1], c)) != Fold.SEP;
      }
      return s != Fold.HIGH; // a lone high surrogate is a separator
    }
    return false;
  }

  /**
   * Returns the start of the token that ends at {@code i}, or -1 if it is longer than {@code max}
   * units.
   */
  private int tokenStart(int i, int max) {
    int j = i;
    while (j > 0 && wordAt(j)) {
      if (i - j >= max) {
        return -1;
      }
      j -= unitBefore(j);
    }
    return skipMarks(j, i);
  }

  /**
   * Returns where the match of {@code words} words ending at {@code end} starts: the start of the
   * {@code words}-th word back from {@code end}, walking the text as the pass folded it (separator
   * runs, combining marks, surrogate pairs).
   */
  private int startOf(int end, int words) {
    // A matched word holds only what the pattern's letters matched (a-z, 0-9, œ/æ/ß, marks), and
    // the separator runs between its words hold no letter or digit of any script.
    final char[] t = chars;
    int j = end;
    for (int w = 1; ; w++) {
      while (j > 0 && matchedLetter(Fold.symbol(t[j - 1]))) {
        j--;
      }
      if (w == words) {
        break;
      }
      int s;
      while (j > 0
          && (((s = Fold.symbol(t[j - 1])) > LAST_DIGIT && s != Fold.EXPAND) || s == Fold.SEP)) {
        j--;
      }
    }
    return skipMarks(j, end);
  }

  private static boolean matchedLetter(int symbol) {
    return (symbol > Fold.SEP && symbol <= LAST_DIGIT)
        || symbol == Fold.EXPAND
        || symbol == Fold.SKIP;
  }

  /** The first index from {@code j} (below {@code limit}) that is not a combining mark. */
  private int skipMarks(int j, int limit) {
    while (j < limit && Fold.symbol(chars[j]) == Fold.SKIP) {
      j++;
    }
    return j;
  }

  /** Whether the unit ending at {@code j} (exclusive) is part of a word (marks included). */
  private boolean wordAt(int j) {
    char c = chars[j - 1];
    int s = Fold.symbol(c);
    if (s == Fold.SEP) {
      return Character.isLowSurrogate(c)
          && j > 1
          && Character.isHighSurrogate(chars[j - 2])
          && Fold.symbolOfCodePoint(Character.toCodePoint(chars[j - 2], c)) != Fold.SEP;
    }
    return s != Fold.HIGH;
  }

  /** The number of UTF-16 units of the unit ending at {@code j}: 2 for a surrogate pair. */
  private int unitBefore(int j) {
    return j > 1
            && Character.isLowSurrogate(chars[j - 1])
            && Character.isHighSurrogate(chars[j - 2])
        ? 2
        : 1;
  }

  // ---------------------------------------------------------------- automaton outputs

  /** Reports the patterns of a state entered on the symbol of the character at {@code i}. */
  private void outputs(int state, int i) {
    int list = automaton.outputList(state);
    int[] reports = engine.reports;
    for (int k = list + 1, end = k + reports[list]; k < end; k++) {
      match(reports[k], i);
    }
  }

  /**
   * One automaton pattern matched, at offset {@code p} of {@link Engine#patterns}: its entries,
   * each kind kept once (the most confident).
   */
  private void match(int p, int i) {
    final Engine e = engine;
    final int[] patterns = e.patterns;
    int shape = patterns[p];
    boolean prefix = (shape & 1) != 0;
    int end = prefix ? extendWord(i + 1) : i; // a stem goes on; a word ends at its separator
    if (end < 0) {
      return;
    }
    int start = -1;
    long kept = 0;
    boolean negative = false;
    for (int k = p + 2, last = k + 2 * patterns[p + 1]; k < last; k += 2) {
      int entry = patterns[k];
      int info = patterns[k + 1];
      int type = info & Engine.TYPE_MASK;
      if (type == Engine.CUE) {
        if (start < 0) {
          start = startOf(prefix ? i + 1 : i, shape >>> 1);
        }
        cue(e.entryCue[entry], start, end);
        continue;
      }
      if ((info >>> Engine.LANGUAGE_SHIFT & languages) == 0) {
        continue;
      }
      if (start < 0) {
        start = startOf(prefix ? i + 1 : i, shape >>> 1);
      }
      TermCondition condition = e.entryCondition[entry];
      if (type == Engine.NEGATIVE) {
        if (condition == null) {
          if (!negative) {
            negative = true;
            addNegative(start, end);
          }
        } else {
          int to = keptEnd(condition, start, end);
          if (to >= 0) {
            addNegative(start, to);
          }
        }
        continue;
      }
      long bit = 1L << (info >>> Engine.KIND_SHIFT);
      if ((kept & bit) != 0) {
        continue;
      }
      int to = keptEnd(condition, start, end);
      if (to >= 0) {
        kept |= bit;
        TermSpec spec = e.entryTerm[entry];
        add(new Candidate(spec.kind(), start, to, spec.confidence(), spec.rule(), true));
      }
    }
  }

  /**
   * Where a match kept by its condition ends (a vocabulary condition may extend it over the next
   * word), or -1 if the condition drops it; any other condition only keeps or drops.
   */
  private int keptEnd(TermCondition condition, int start, int end) {
    if (condition == null) {
      return end;
    }
    if (condition instanceof ContextCondition c) {
      return c.keptEnd(chars, start, end);
    }
    return condition.keep(text, start, end) ? end : -1;
  }

  /** Extends a stem over the letters that follow; -1 if a digit follows the word. */
  private int extendWord(int from) {
    int e = from;
    while (e < n) {
      char c = chars[e];
      int s = Fold.symbol(c);
      if ((s >= 1 && s <= 26) || s == Fold.EXPAND || s == Fold.SKIP) {
        e++;
      } else if (s == Fold.OTHER && Character.isLetter(c)) {
        e++;
      } else if (s == Fold.HIGH
          && e + 1 < n
          && Character.isLowSurrogate(chars[e + 1])
          && Character.isLetter(Character.toCodePoint(c, chars[e + 1]))) {
        e += 2;
      } else if ((s >= 27 && s <= 36) || s == Fold.OTHER) {
        return -1;
      } else {
        break;
      }
    }
    return e;
  }

  private void addNegative(int start, int end) {
    // The intervals stay sorted and disjoint: the pass adds them in increasing end order, the
    // extra pass after it. The new one absorbs those it overlaps.
    int i = negativeCount;
    while (i > 0 && negatives[2 * i - 1] > start) {
      i--;
    }
    int j = i;
    while (j < negativeCount && negatives[2 * j] < end) {
      start = Math.min(start, negatives[2 * j]);
      end = Math.max(end, negatives[2 * j + 1]);
      j++;
    }
    int tail = negativeCount - j;
    int count = i + 1 + tail;
    if (2 * count > negatives.length) {
      negatives = Arrays.copyOf(negatives, Math.max(8, 2 * count * 2));
    }
    System.arraycopy(negatives, 2 * j, negatives, 2 * (i + 1), 2 * tail);
    negatives[2 * i] = start;
    negatives[2 * i + 1] = end;
    negativeCount = count;
  }

  private void add(Candidate c) {
    if (!engine.enabled(c.kind)) {
      return;
    }
    if (candidateCount >= engine.maxFindings) {
      throw new TextLimitExceededException("maxFindings", candidateCount + 1L, engine.maxFindings);
    }
    if (candidateCount == candidates.length) {
      candidates = Arrays.copyOf(candidates, Math.max(4, candidateCount * 2));
    }
    candidates[candidateCount++] = c;
  }

  /**
   * Whether recognizers may start at {@code i}: not inside an identifier or digit run already read,
   * nor inside what a cue's look-ahead reported.
   */
  private boolean free(int i) {
    return i >= identCursor && (i < aheadStart || i >= aheadEnd);
  }

  /**
   * Reports a finding a cue's look-ahead found beyond the scanning position: the text between stays
   * to be scanned, only the finding itself is reserved.
   */
  private void emitAhead(Kind kind, int start, int end, double confidence, String rule) {
    aheadStart = start;
    aheadEnd = end;
    add(new Candidate(kind, start, end, confidence, rule, false));
  }

  private void emit(Kind kind, int start, int end, double confidence, String rule) {
    identCursor = Math.max(identCursor, end);
    cueEnd = NO_INTS; // a cue announces the next identifier only
    char after = ch(end);
    if (after == ':' || after == '.' || after == '-' || after == '/') {
      after = ch(end + 1); // "6::B:1:████": the separator belonged to the redacted address
    }
    if (after == '[' || after == Fold.MASK_CHAR) {
      return; // glued to a redaction, as it was glued to the identifier redacted there
    }
    add(new Candidate(kind, start, end, confidence, rule, false));
  }

  // ---------------------------------------------------------------- character helpers

  private char ch(int i) {
    return i >= 0 && i < n ? chars[i] : '\0';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean alnum(char c) {
    return digit(c) || letter(c);
  }

  /** Whether a character is a letter or digit in any script (a word character). */
  private static boolean word(char c) {
    int s = Fold.symbol(c);
    return s != Fold.SEP && s != Fold.SKIP;
  }

  private static boolean hex(char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t';
  }

  private boolean cueNear(Cue cue, int at, int window) {
    if (cueEnd.length == 0) {
      return false;
    }
    int e = cueEnd[cue.ordinal()];
    return at >= e && at - e <= window;
  }

  // ---------------------------------------------------------------- triggers

  private void special(char c, int i) {
    switch (c) {
      case '@':
        email(i);
        break;
      case '+':
        if (digit(ch(i + 1)) && free(i) && !gluedBefore(i)) {
          number(i);
        }
        break;
      case '(':
        if (digit(ch(i + 1)) && free(i) && !gluedBefore(i)) {
          number(i);
        }
        break;
      case ':':
        if (ch(i + 1) == '/' && ch(i + 2) == '/') {
          skipUrl(i);
        } else if (!wordBefore(i)) {
          if (ch(i + 1) == ':' && free(i)) {
            ipv6(i);
          }
        } else {
          int token = tokenStart(i, 4);
          if (token >= 0 && free(token) && hex(ch(token))) {
            ipv6(token);
          }
        }
        break;
      case '[':
      case '*':
        // A redacted identifier ("[PHONE]", "*****") ends what the cues before it announced,
        // as the identifier did before redaction: redacted text rescans clean.
        cueEnd = NO_INTS;
        break;
      case '.':
        if (ch(i - 1) == 'w' && ch(i - 2) == 'w' && ch(i - 3) == 'w' && tokenStart(i, 3) == i - 3) {
          skipUrl(i - 3);
        }
        break;
      default:
        break;
    }
  }

  private void skipUrl(int from) {
    int e = from;
    while (e < n && !Character.isWhitespace(chars[e])) {
      e++;
    }
    identCursor = Math.max(identCursor, e);
  }

  private void digitToken(int i) {
    scratch();
    char p = ch(i - 1);
    if ((p == '.' || p == '-' || p == '/' || p == '_' || p == ',' || p == '#') && word(ch(i - 2))) {
      return; // continues a reference such as D-2024-0187 or a decimal number
    }
    if (p == ' ' && upper(ch(i - 2)) && upper(ch(i - 3)) && !word(ch(i - 4)) && nino(i - 3)) {
      return; // "KW 22 40 32 A"
    }
    if (ipv4(i) || ipv6(i) || nir(i) || dni(i)) {
      return;
    }
    number(i);
  }

  /** A token that starts with a letter and has a digit among its first characters. */
  private void letterToken(int i) {
    scratch();
    char c = ch(i);
    if (!letter(c)) {
      return;
    }
    char c1 = ch(i + 1);
    char c2 = ch(i + 2);
    if (letter(c1) && digit(c2) && iban(i)) {
      return;
    }
    if ((c == 'X' || c == 'Y' || c == 'Z') && digit(c1) && dni(i)) {
      return;
    }
    if (upper(c) && upper(c1) && digit(c2) && nino(i)) {
      return;
    }
    if (letter(c1) && letter(c2) && codiceFiscale(i)) {
      return;
    }
    if (hex(c) && hex(c1)) {
      ipv6(i);
    }
  }

  // ---------------------------------------------------------------- e-mail

  private static boolean localChar(char c) {
    return alnum(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
  }

  /**
   * Where the local part of an address whose '@' is at {@code at} starts, or -1 if the characters
   * before it cannot be one.
   */
  private int localPartStart(int at) {
    int s = at;
    int limit = Math.max(0, at - 64);
    while (s > limit && localChar(ch(s - 1))) {
      s--;
    }
    if (s == at || (s == limit && s > 0 && localChar(ch(s - 1))) || gluedToRedaction(s)) {
      return -1; // none, too long, or it went on a redacted word in the original text
    }
    while (s < at && !alnum(ch(s))) {
      s++; // leading punctuation (quotes, dots) is not part of the address
    }
    return s == at || ch(at - 1) == '.' ? -1 : s;
  }

  private void email(int at) {
    int s = localPartStart(at);
    if (s < 0) {
      return;
    }
    int p = at + 1;
    int labels = 0;
    int end = -1;
    int max = Math.min(n, at + 1 + 253);
    while (p < max) {
      int ls = p;
      boolean alpha = true;
      while (p < max && (alnum(ch(p)) || ch(p) == '-')) {
        alpha &= letter(ch(p));
        p++;
      }
      int ll = p - ls;
      if (ll == 0 || ll > 63 || ch(ls) == '-' || ch(p - 1) == '-') {
        break;
      }
      labels++;
      if (labels >= 2 && alpha && ll >= 2) {
        end = p;
      }
      if (ch(p) == '.' && alnum(ch(p + 1))) {
        p++;
      } else {
        break;
      }
    }
    if (end < 0 || alnum(ch(end)) || ch(end) == '@' || ch(end) == '-') {
      return;
    }
    emit(Kind.EMAIL, s, end, 0.97, "email.rfc5322");
  }

  // ---------------------------------------------------------------- IP addresses

  private boolean ipv4(int i) {
    int p = i;
    for (int part = 0; part < 4; part++) {
      int s = p;
      int v = 0;
      while (p < n && digit(ch(p)) && p - s < 4) {
        v = v * 10 + (ch(p) - '0');
        p++;
      }
      int l = p - s;
      if (l == 0 || l > 3 || v > 255 || (l > 1 && ch(s) == '0')) {
        return false;
      }
      if (part < 3) {
        if (ch(p) != '.') {
          return false;
        }
        p++;
      }
    }
    if (alnum(ch(p)) || ((ch(p) == '.' || ch(p) == ':') && alnum(ch(p + 1)))) {
      return false;
    }
    if (businessNumber(i)) {
      return false; // "version 10.2.0.1"
    }
    emit(Kind.IP_ADDRESS, i, p, 0.95, "ip.v4");
    return true;
  }

  private boolean ipv6(int i) {
    int p = i;
    int groups = 0;
    boolean compressed = false;
    int end = -1;
    if (ch(p) == ':' && ch(p + 1) == ':') {
      compressed = true;
      p += 2;
      end = p;
    }
    while (groups < 8) {
      int s = p;
      while (p < n && hex(ch(p)) && p - s < 5) {
        p++;
      }
      int l = p - s;
      if (l == 0 || l > 4) {
        if (l > 4) {
          return false;
        }
        break;
      }
      if (ch(p) == '.' && groups <= 6 && (compressed || groups == 6)) {
        return false; // embedded IPv4 forms are rare in notes; keep the recognizer simple
      }
      groups++;
      end = p;
      if (ch(p) == ':' && ch(p + 1) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        p += 2;
        end = p;
        continue;
      }
      if (ch(p) == ':' && hex(ch(p + 1))) {
        p++;
        continue;
      }
      break;
    }
    if (end < 0 || alnum(ch(end)) || (ch(end) == ':' && hex(ch(end + 1)))) {
      return false;
    }
    boolean ok = compressed ? groups >= 3 && groups <= 7 : groups == 8;
    if (!ok) {
      return false;
    }
    emit(Kind.IP_ADDRESS, i, end, 0.95, "ip.v6");
    return true;
  }

  // ---------------------------------------------------------------- checksummed identifiers

  /** French NIR: 15 characters, groups separated by single spaces, dots or dashes. */
  private boolean nir(int i) {
    char first = ch(i);
    if (first != '1' && first != '2' && first != '7' && first != '8') {
      return false;
    }
    int p = i;
    int count = 0;
    int end = i;
    while (count < 15 && p < n) {
      char c = ch(p);
      if (digit(c)
          || (count == 6 && buf[5] == '2' && (c == 'A' || c == 'B' || c == 'a' || c == 'b'))) {
        buf[count++] = Character.toUpperCase(c);
        p++;
        end = p;
      } else if (count > 0 && (c == ' ' || c == '.' || c == '-') && alnum(ch(p + 1)) && p == end) {
        p++;
      } else {
        break;
      }
    }
    if (count != 15 || alnum(ch(end))) {
      return false;
    }
    int month = (buf[3] - '0') * 10 + (buf[4] - '0');
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) {
      return false;
    }
    if (!Checksums.nirKey(buf)) {
      return false;
    }
    emit(Kind.FR_NIR, i, end, 0.97, "fr.nir-key");
    return true;
  }

  /** Spanish DNI (8 digits and a letter) or NIE (X/Y/Z, 7 digits and a letter). */
  private boolean dni(int i) {
    int p = i;
    int count = 0;
    if (ch(p) == 'X' || ch(p) == 'Y' || ch(p) == 'Z') {
      buf[count++] = ch(p++);
    }
    while (count < 8 && digit(ch(p))) {
      buf[count++] = ch(p++);
    }
    if (count != 8) {
      return false;
    }
    if ((ch(p) == '-' || ch(p) == ' ') && upper(ch(p + 1))) {
      p++;
    }
    char letter = ch(p);
    if (!upper(letter) || alnum(ch(p + 1))) {
      return false;
    }
    buf[8] = letter;
    if (!Checksums.dniLetter(buf)) {
      return false;
    }
    emit(Kind.NATIONAL_ID, i, p + 1, 0.95, buf[0] <= '9' ? "es.dni" : "es.nie");
    return true;
  }

  private boolean codiceFiscale(int i) {
    if (alnum(ch(i + 16)) || !alnum(ch(i + 15))) {
      return false;
    }
    boolean lower = Character.isLowerCase(ch(i));
    for (int k = 0; k < 16; k++) {
      char c = ch(i + k);
      if (!alnum(c) || (letter(c) && Character.isLowerCase(c) != lower)) {
        return false;
      }
      buf[k] = Character.toUpperCase(c);
    }
    if (!Checksums.codiceFiscale(buf)) {
      return false;
    }
    emit(Kind.NATIONAL_ID, i, i + 16, 0.97, "it.codice-fiscale");
    return true;
  }

  /** UK National Insurance number: prefix, six digits (optionally in pairs), suffix A–D. */
  private boolean nino(int i) {
    char a = ch(i);
    char b = ch(i + 1);
    if (!Checksums.ninoPrefix(a, b)) {
      return false;
    }
    int p = i + 2;
    int digits = 0;
    int spaces = 0;
    while (digits < 6) {
      if (ch(p) == ' ' && digit(ch(p + 1)) && digits % 2 == 0) {
        p++;
        spaces++;
      }
      if (!digit(ch(p))) {
        return false;
      }
      digits++;
      p++;
    }
    if (ch(p) == ' ' && upper(ch(p + 1))) {
      p++;
    }
    char suffix = ch(p);
    if (suffix < 'A' || suffix > 'D' || alnum(ch(p + 1))) {
      return false;
    }
    // Unspaced, the shape is also that of product and contract references: only with a cue.
    boolean cue = cueNear(Cue.NINO, i, CUE_WINDOW);
    if (spaces < 3 && !cue) {
      return false;
    }
    emit(Kind.NATIONAL_ID, i, p + 1, cue ? 0.95 : 0.85, "uk.nino");
    return true;
  }

  /** IBAN: country, check digits and the country's length, spaced or not, mod 97. */
  private boolean iban(int i) {
    char c0 = Character.toUpperCase(ch(i));
    char c1 = Character.toUpperCase(ch(i + 1));
    int length = IbanCountries.length(c0, c1);
    if (length < 0 || !digit(ch(i + 2)) || !digit(ch(i + 3))) {
      return false;
    }
    int p = i;
    int count = 0;
    int end = i;
    while (count < length && p < n) {
      char c = ch(p);
      if (alnum(c)) {
        buf[count++] = Character.toUpperCase(c);
        p++;
        end = p;
      } else if (count >= 4
          && (c == ' ' || c == '-' || c == '\u00a0')
          && p == end
          && alnum(ch(p + 1))) {
        p++;
      } else {
        break;
      }
    }
    if (count != length || alnum(ch(end))) {
      return false;
    }
    if (!Checksums.ibanMod97(buf, length)) {
      return false;
    }
    emit(Kind.IBAN, i, end, 0.99, "iban.mod97");
    return true;
  }

  // ---------------------------------------------------------------- digit runs

  /**
   * Parses the run of digit groups starting at {@code i} (after an optional '+' and an area code in
   * parentheses), marks it consumed and validates it as a card, a national number or a phone.
   */
  private void number(int i) {
    scratch();
    int p = i;
    boolean plus = false;
    boolean paren = false;
    boolean trunk = false;
    digitCount = 0;
    groupCount = 0;
    if (ch(p) == '+') {
      plus = true;
      p++;
    }
    char sep = '\0';
    if (ch(p) == '(') {
      int q = p + 1;
      while (digit(ch(q)) && q - p <= 6) {
        q++;
      }
      if (ch(q) != ')' || q - p - 1 < 1 || q - p - 1 > 5) {
        identCursor = Math.max(identCursor, q);
        return;
      }
      if (q - p - 1 == 1 && ch(p + 1) == '0') {
        trunk = true;
      } else {
        paren = true;
        addGroup(p + 1, q, '(');
      }
      p = q + 1;
      if ((ch(p) == ' ' || ch(p) == '-') && digit(ch(p + 1))) {
        p++;
      }
      sep = ' ';
    }
    int end = p;
    while (digit(ch(p))) {
      int s = p;
      while (digit(ch(p))) {
        p++;
      }
      addGroup(s, p, sep);
      end = p;
      char c = ch(p);
      if ((c == ' ' || c == '.' || c == '-' || c == '/' || c == '\u00a0' || c == '\u202f')
          && digit(ch(p + 1))) {
        sep = c;
        p++;
      } else if ((c == '(' || (c == ' ' && ch(p + 1) == '('))
          && digit(ch(p + (c == '(' ? 1 : 2)))) {
        // "+33 (0)6 ...", "+1 (212) 555-0199": a trunk zero or an area code in parentheses.
        int ds = p + (c == '(' ? 1 : 2);
        int q = ds;
        while (digit(ch(q)) && q - ds <= 5) {
          q++;
        }
        if (ch(q) != ')' || q - ds > 5) {
          break;
        }
        if (q - ds == 1 && ch(ds) == '0') {
          trunk = true;
        } else {
          paren = true;
          addGroup(ds, q, '(');
          end = q + 1;
        }
        p = q + 1;
        if ((ch(p) == ' ' || ch(p) == '-') && digit(ch(p + 1))) {
          p++;
        }
        sep = ' ';
      } else {
        break;
      }
    }
    identCursor = Math.max(identCursor, end);
    if (digitCount == 0 || digitCount > MAX_DIGITS || groupCount > MAX_GROUPS) {
      return;
    }
    char after = ch(end);
    int at = end;
    while (at < n && at - end < 64 && ch(at) != '@' && !space(ch(at)) && ch(at) != '\n') {
      at++;
    }
    if (ch(at) == '@') {
      // "... 6058 618@sms.fr", "... 673 9999.B@sms.fr": the last groups begin an e-mail address;
      // the number ends before them, as it does once the address is redacted.
      int local = localPartStart(at);
      while (local > i && groupCount > 0 && groupStart[groupCount - 1] >= local) {
        groupCount--;
        digitCount -= groupLength[groupCount];
      }
      if (local > i && groupCount > 0) {
        int lastEnd = groupStart[groupCount - 1] + groupLength[groupCount - 1];
        if (lastEnd <= local) {
          end = lastEnd;
          after = ch(end);
        }
      }
    }
    if (alnum(after) || after == '@' || Fold.symbol(after) != Fold.SEP) {
      return;
    }
    if (businessNumber(i) || amountFollows(end)) {
      return;
    }
    if (!plus && !paren && !trunk && card()) {
      emit(Kind.PAYMENT_CARD, i, end, 0.95, "card.luhn-iin");
    } else if (!plus
        && !trunk
        && digitCount == 11
        && belgianShape(i)
        && Checksums.belgianNationalNumber(buf)) {
      emit(Kind.NATIONAL_ID, i, end, 0.95, "be.national-number");
    } else if (!plus
        && digitCount == 11
        && (groupsAre(2, 3, 3, 3) || cueNear(Cue.DE_TAX, i, CUE_WINDOW))
        && Checksums.germanTaxId(buf)) {
      emit(Kind.NATIONAL_ID, i, end, 0.9, "de.tax-id");
    } else if (!plus && digitCount == 9 && ssnShape(i) && Checksums.usSsn(buf)) {
      emit(Kind.NATIONAL_ID, i, end, 0.85, "us.ssn");
    } else {
      phone(i, end, plus, paren, trunk);
    }
  }

  private void addGroup(int s, int e, char separator) {
    for (int q = s; q < e; q++) {
      if (digitCount < MAX_DIGITS) {
        buf[digitCount] = chars[q];
      }
      digitCount++;
    }
    if (groupCount < MAX_GROUPS) {
      groupStart[groupCount] = s;
      groupLength[groupCount] = e - s;
      groupSeparator[groupCount] = separator;
    }
    groupCount++;
  }

  private boolean groupsAre(int... lengths) {
    if (groupCount != lengths.length) {
      return false;
    }
    for (int g = 0; g < lengths.length; g++) {
      if (groupLength[g] != lengths[g]) {
        return false;
      }
    }
    return true;
  }

  private boolean sameSeparators() {
    for (int g = 2; g < groupCount; g++) {
      if (groupSeparator[g] != groupSeparator[1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a business-reference cue ("SIRET", "facture n°", "PO") comes right before the number:
   * only separators and number words ("n°", "no.", "Nr.", "number") in between.
   */
  private boolean businessNumber(int i) {
    if (cueEnd.length == 0) {
      return false;
    }
    int e = cueEnd[Cue.BUSINESS_NUMBER.ordinal()];
    if (i < e || i - e > 16) {
      return false;
    }
    int p = e;
    while (p < i) {
      if (letter(ch(p))) {
        int w = p;
        while (w < i && letter(ch(w))) {
          w++;
        }
        if (w - p >= 3 && !numberWord(p, w)) {
          return false;
        }
        p = w;
      } else {
        p++;
      }
    }
    return true;
  }

  private boolean numberWord(int s, int e) {
    String w = text.subSequence(s, e).toString().toLowerCase(java.util.Locale.ROOT);
    return w.equals("num")
        || w.equals("number")
        || w.equals("numero")
        || w.equals("nummer")
        || w.equals("client")
        || w.equals("clients");
  }

  private boolean amountFollows(int end) {
    int p = end;
    if (space(ch(p))) {
      p++;
    }
    char c = ch(p);
    if (c == '€' || c == '$' || c == '£' || c == '%' || c == '¥') {
      return true;
    }
    char c1 = Character.toLowerCase(c);
    char c2 = Character.toLowerCase(ch(p + 1));
    char c3 = Character.toLowerCase(ch(p + 2));
    return (c1 == 'e' && c2 == 'u' && c3 == 'r') || (c1 == 'k' && (c2 == '€' || c2 == '$'));
  }

  private boolean card() {
    int len = digitCount;
    if (len < 13 || len > 19) {
      return false;
    }
    boolean grouping =
        groupCount == 1
            || (sameSeparators()
                && (groupSeparator[1] == ' ' || groupSeparator[1] == '-')
                && (allButLastAre4() || groupsAre(4, 6, 5) || groupsAre(4, 6, 4)));
    return grouping && issuerAccepts(len) && Checksums.luhn(buf, len);
  }

  private boolean allButLastAre4() {
    for (int g = 0; g < groupCount - 1; g++) {
      if (groupLength[g] != 4) {
        return false;
      }
    }
    int last = groupLength[groupCount - 1];
    return groupCount >= 3 && last >= 1 && last <= 4;
  }

  /** Issuer identification number ranges and their lengths (ISO/IEC 7812 registrations). */
  private boolean issuerAccepts(int len) {
    int d1 = buf[0] - '0';
    int d2 = d1 * 10 + (buf[1] - '0');
    int d3 = d2 * 10 + (buf[2] - '0');
    int d4 = d3 * 10 + (buf[3] - '0');
    if (d1 == 4) {
      return len == 13 || len == 16 || len == 19; // Visa
    }
    if ((d2 >= 51 && d2 <= 55) || (d4 >= 2221 && d4 <= 2720)) {
      return len == 16; // Mastercard
    }
    if (d2 == 34 || d2 == 37) {
      return len == 15; // American Express
    }
    if (d4 == 6011 || (d3 >= 644 && d3 <= 649) || d2 == 65 || d2 == 62) {
      return len >= 16; // Discover, UnionPay
    }
    if (d4 >= 3528 && d4 <= 3589) {
      return len >= 16; // JCB
    }
    if (d2 == 36 || (d3 >= 300 && d3 <= 305) || d2 == 38 || d2 == 39) {
      return len >= 14; // Diners Club
    }
    if (d4 >= 2200 && d4 <= 2204) {
      return len >= 16; // Mir
    }
    if (d2 == 50 || (d2 >= 56 && d2 <= 58) || d2 == 63 || d2 == 67) {
      return len >= 16; // Maestro (shorter lengths collide with company numbers)
    }
    return false;
  }

  private boolean belgianShape(int i) {
    return groupsAre(2, 2, 2, 3, 2)
        || groupsAre(6, 3, 2)
        || groupsAre(6, 5)
        || cueNear(Cue.BE_NN, i, CUE_WINDOW);
  }

  private boolean ssnShape(int i) {
    if (groupsAre(3, 2, 4) && groupSeparator[1] == '-' && groupSeparator[2] == '-') {
      return true;
    }
    return cueNear(Cue.SSN, i, CUE_WINDOW) && (groupCount == 1 || groupsAre(3, 2, 4));
  }

  private void phone(int i, int end, boolean plus, boolean paren, boolean trunk) {
    boolean cue = cueNear(Cue.PHONE, i, CUE_WINDOW);
    int nd = digitCount;
    char d0 = buf[0];
    char d1 = nd > 1 ? buf[1] : '0';
    boolean intl00 = nd >= 10 && d0 == '0' && d1 == '0' && buf[2] != '0';
    for (int g = 0; g < groupCount; g++) {
      // Single digits scattered in a run are not how numbers are written, except the country
      // code or the first digit of the national number ("+1 415", "+33 6 12 ...", "1-800").
      boolean allowed = (g == 0 && (plus || d0 == '1')) || (g == 1 && (plus || intl00));
      if (groupLength[g] == 1 && !allowed) {
        return;
      }
    }
    double conf = cue ? 0.1 : 0.0;
    if (plus || intl00) {
      int off = plus ? 0 : 2;
      if (buf[off] == '0') {
        return;
      }
      int total = nd - off;
      for (int l = 1; l <= 3; l++) {
        int cc = Checksums.mod(buf, off, off + l, 1000);
        int range = CountryCodes.nsnRange(cc);
        if (range != 0) {
          int nsn = total - l;
          int min = range / 100;
          int max = range % 100;
          boolean leadingZero = buf[off + l] == '0' && cc != 39;
          if (leadingZero) {
            nsn--;
          }
          if (nsn >= min && nsn <= max) {
            emit(
                Kind.PHONE, i, end, Math.min(1.0, (leadingZero ? 0.8 : 0.93) + conf), "phone.e164");
          }
          return;
        }
      }
      if (plus && total >= 8 && total <= 15) {
        emit(Kind.PHONE, i, end, 0.7 + conf, "phone.e164-unknown-country");
      }
      return;
    }
    if (d0 == '0' && d1 != '0' && nd >= 9 && nd <= 12) {
      boolean pairs = true;
      for (int g = 0; g < groupCount; g++) {
        pairs &= groupLength[g] == 2;
      }
      if (nd == 10 && (groupCount == 1 || pairs)) {
        emit(Kind.PHONE, i, end, 0.95, "phone.fr");
        return;
      }
      boolean grouped = groupCount >= 2 && groupCount <= 4;
      boolean mobile = nd == 11 && (d1 == '7' || (d1 == '1' && buf[2] >= '5' && buf[2] <= '7'));
      if (grouped || mobile || cue || paren) {
        emit(Kind.PHONE, i, end, 0.85 + conf, "phone.national-trunk");
      }
      return;
    }
    if (nd == 9 && d0 >= '6' && d0 <= '9') {
      // Nine digits grouped 3-3-3 are also company numbers (SIREN) and amounts: only with a
      // telephone cue or in a Spanish text.
      boolean spanish = languages == 1 << Language.ES.ordinal();
      if (((spanish || cue) && (groupsAre(3, 3, 3) || groupCount == 1))
          || groupsAre(3, 2, 2, 2)
          || groupsAre(2, 3, 2, 2)) {
        emit(Kind.PHONE, i, end, 0.8 + conf, "phone.es");
        return;
      }
    }
    if (d0 == '3' && (nd == 9 || nd == 10)) {
      if (groupsAre(3, 3, 4)
          || groupsAre(3, 7)
          || groupsAre(3, 3, 3)
          || groupsAre(3, 6)
          || (cue && groupCount == 1)) {
        emit(Kind.PHONE, i, end, 0.8 + conf, "phone.it-mobile");
        return;
      }
    }
    boolean nanp10 = nd == 10 && d0 >= '2' && buf[3] >= '2';
    boolean nanp11 = nd == 11 && d0 == '1' && buf[1] >= '2' && buf[4] >= '2';
    if (nanp10
        && (paren && groupsAre(3, 3, 4)
            || (groupsAre(3, 3, 4) && (groupSeparator[1] != ' ' || cue)))) {
      emit(Kind.PHONE, i, end, 0.85 + conf, "phone.nanp");
    } else if (nanp11 && groupsAre(1, 3, 3, 4)) {
      emit(Kind.PHONE, i, end, 0.85 + conf, "phone.nanp");
    }
  }

  // ---------------------------------------------------------------- cues

  private void cue(Cue cue, int start, int end) {
    // "[PHONE]" is a placeholder, not a cue; nor is a word inside a finding already made (a
    // password that contains "PO" announces no order number), nor one glued to a redaction
    // ("[EMAIL]code", combining marks aside): it went on the redacted word in the original text.
    if (start < identCursor
        || (start >= aheadStart && start < aheadEnd)
        || (start > 0 && ch(start - 1) == '[')
        || gluedToRedaction(start)) {
      return;
    }
    if (cueEnd.length == 0) {
      cueEnd = new int[CUES];
      Arrays.fill(cueEnd, Integer.MIN_VALUE / 2);
    }
    cueEnd[cue.ordinal()] = end;
    switch (cue) {
      case BIRTH:
        birthDate(end);
        break;
      case CREDENTIAL:
        secret(end, 4, false);
        break;
      case CARD_CODE:
        secret(end, 3, false);
        break;
      case LOGIN:
        secret(end, 4, true);
        break;
      case PASSPORT:
        passport(end);
        break;
      default:
        break;
    }
  }

  /** Moves past spaces; returns the index of the next non-space character. */
  private int skipSpaces(int p) {
    while (p < n && space(ch(p))) {
      p++;
    }
    return p;
  }

  private int tokenEnd(int p) {
    while (p < n && !Character.isWhitespace(chars[p])) {
      p++;
    }
    return p;
  }

  /** Finds a date of birth in the few words after a birth cue. */
  private void birthDate(int from) {
    int p = from;
    int limit = Math.min(n, from + 40);
    int words = 0;
    while (p < limit && words < 4) {
      char c = ch(p);
      if (c == '\n' || c == '[' || c == '*' || c == Fold.MASK_CHAR) {
        return;
      }
      if (digit(c) && !word(ch(p - 1))) {
        int e = Dates.parse(text, p);
        if (e > 0) {
          emitAhead(Kind.DATE_OF_BIRTH, p, e, 0.95, "dob.cue");
        }
        return;
      }
      if (letter(c) && !word(ch(p - 1))) {
        int e = Dates.parseMonthFirst(text, p);
        if (e > 0) {
          emitAhead(Kind.DATE_OF_BIRTH, p, e, 0.95, "dob.cue");
          return;
        }
        int w = p;
        while (w < n && word(ch(w))) {
          w++;
        }
        if (w - p > 14) {
          return; // a long word: the cue was not followed by a date
        }
        words++;
        p = w;
        continue;
      }
      p++;
    }
  }

  /**
   * Finds a secret in the words after a credential cue: the first token that looks like a password
   * or PIN, or, after a login cue, the token after a slash ("user / secret").
   */
  private void secret(int from, int minDigits, boolean afterSlash) {
    int p = from;
    int limit = Math.min(n, from + 80);
    boolean colon = false;
    boolean slashSeen = false;
    boolean firstAfterColon = false;
    int prevWordStart = 0;
    int prevWordEnd = 0;
    for (int tokens = 0; tokens < 10 && p < limit; tokens++) {
      p = skipSpaces(p);
      if (p >= n || ch(p) == '\n' || ch(p) == '\r') {
        return;
      }
      int ts = p;
      int te = tokenEnd(p);
      p = te;
      if (te - ts == 1 && (ch(ts) == '/' || ch(ts) == '|')) {
        slashSeen = true;
        continue;
      }
      int s = ts;
      int e = te;
      while (s < e && "\"'«“‘(<:=".indexOf(ch(s)) >= 0) {
        if (ch(s) == ':' || ch(s) == '=') {
          colon = true;
          firstAfterColon = true;
        }
        s++;
      }
      if (redacted(ts, te)) {
        return; // the secret, or what stood beside it, is already redacted
      }
      while (e > s && "\"'»”’),;.:>]".indexOf(ch(e - 1)) >= 0) {
        e--;
      }
      boolean sentenceEnd = te > ts && (ch(te - 1) == '.' || ch(te - 1) == ';') && e < te;
      boolean endsColon = te > ts && (ch(te - 1) == ':' || ch(te - 1) == '=');
      if (e <= s) {
        if (ch(ts) == ':' || ch(ts) == '=' || (ch(ts) == '-' && ch(ts + 1) == '>')) {
          colon = true;
          firstAfterColon = true;
        }
        continue;
      }
      boolean candidateAllowed = !afterSlash || slashSeen;
      if (candidateAllowed
          && looksSecret(
              s, e, minDigits, firstAfterColon, prevWordStart, prevWordEnd, afterSlash)) {
        emitAhead(
            Kind.CREDENTIAL,
            s,
            e,
            colon ? 0.9 : 0.8,
            afterSlash ? "credential.login-pair" : "credential.cue");
        return;
      }
      if (afterSlash && slashSeen) {
        return;
      }
      if (candidateAllowed && hasDigitOrAt(s, e)) {
        // A number or an address that is not a secret ends the search: the secret comes first
        // ("mdp : X"), and once that number is redacted the search must end there too.
        return;
      }
      firstAfterColon = endsColon;
      colon |= endsColon;
      prevWordStart = s;
      prevWordEnd = e;
      if (sentenceEnd) {
        return;
      }
    }
  }

  /**
   * Words after which a number is a day, a year or a time ("le 12", "en 2023", "seit 2019", "on
   * 12", "desde 2020"), not a PIN; a verb such as "est", "ist" or "is" is not one of them.
   */
  private static final String[] DATE_WORDS = {
    "le", "les", "la", "en", "au", "du", "des", "depuis", "vers", "il", "al", "del", "dal", "nel",
    "el", "los", "desde", "hasta", "in", "im", "am", "ab", "bis", "seit", "vom", "zum", "on", "at",
    "by", "since", "until"
  };

  /** Whether {@code [s, e)} is one of the {@link #DATE_WORDS}, case aside. */
  private boolean dateWord(int s, int e) {
    next:
    for (String w : DATE_WORDS) {
      if (w.length() != e - s) {
        continue;
      }
      for (int k = 0; k < w.length(); k++) {
        if (Character.toLowerCase(ch(s + k)) != w.charAt(k)) {
          continue next;
        }
      }
      return true;
    }
    return false;
  }

  private boolean hasDigitOrAt(int s, int e) {
    for (int q = s; q < e; q++) {
      char c = ch(q);
      if (digit(c) || c == '@') {
        return true;
      }
    }
    return false;
  }

  /** Whether a token holds a redaction placeholder ("[EMAIL]") or a mask ("***"). */
  private boolean redacted(int s, int e) {
    int stars = 0;
    for (int q = s; q < e; q++) {
      char c = ch(q);
      if (c == '[' || c == '•' || c == Fold.MASK_CHAR) {
        return true;
      }
      stars = c == '*' ? stars + 1 : 0;
      if (stars == 3 || (stars == 1 && q == s)) {
        return true;
      }
    }
    return false;
  }

  private boolean looksSecret(
      int s,
      int e,
      int minDigits,
      boolean firstAfterColon,
      int prevStart,
      int prevEnd,
      boolean afterSlashMode) {
    int len = e - s;
    if (len < minDigits || len > 64) {
      return false;
    }
    int digits = 0;
    int letters = 0;
    int uppers = 0;
    int symbols = 0;
    for (int q = s; q < e; q++) {
      char c = ch(q);
      if (digit(c)) {
        digits++;
      } else if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          uppers++;
        }
      } else if ("!#$%&*+=?^_~§".indexOf(c) >= 0) {
        symbols++;
      } else if ("'’-/.:,€".indexOf(c) >= 0) {
        continue; // apostrophes and hyphens of words; separators of dates, times and amounts
      } else if (c == '@') {
        for (int r = q + 1; r < e; r++) {
          if (ch(r) == '.') {
            return false; // an e-mail address or a user name, not a secret ("P@ssw0rd" is)
          }
        }
        symbols++;
      } else {
        symbols++;
      }
    }
    if (digits == len) {
      // A PIN ("PIN ist 7319", "le code est 4821"); but "en 2023", "le 12" are dates.
      return len >= minDigits && len <= 12 && !dateWord(prevStart, prevEnd);
    }
    if (letters == 0 && symbols == 0) {
      return false; // dates, times, amounts
    }
    if (digits > 0 && letters > 0) {
      boolean ordinal = letters <= 3 && len <= 5; // 1re, 2e, 10h, 4G
      return !ordinal && len >= 6;
    }
    if (letters > 0 && symbols > 0 && len >= 6) {
      return true;
    }
    if (firstAfterColon && letters == len && len >= 6 && !afterSlashMode) {
      // "mdp : azerty": a single plain word right after the colon, unless it says what
      // happened to the password ("oublié", "reset", "expired").
      String w = text.subSequence(s, e).toString().toLowerCase(java.util.Locale.ROOT);
      boolean ascii = true;
      for (int q = 0; q < w.length(); q++) {
        ascii &= w.charAt(q) < 0x80;
      }
      return ascii && !NOT_SECRETS.contains(w);
    }
    return firstAfterColon && len >= 6 && uppers > 1 && uppers < letters;
  }

  /** Words that follow "password:" without being one. */
  private static final java.util.Set<String> NOT_SECRETS =
      java.util.Set.of(
          "oublie",
          "reinitialise",
          "reinitialiser",
          "change",
          "changer",
          "modifier",
          "envoye",
          "provisoire",
          "temporaire",
          "expire",
          "bloque",
          "incorrect",
          "invalide",
          "inconnu",
          "demande",
          "reset",
          "changed",
          "expired",
          "locked",
          "blocked",
          "forgotten",
          "unknown",
          "invalid",
          "temporary",
          "requested",
          "updated",
          "vergessen",
          "abgelaufen",
          "gesperrt",
          "falsch",
          "geandert",
          "zurucksetzen",
          "olvidada",
          "olvidado",
          "caducada",
          "bloqueada",
          "cambiada",
          "cambiar",
          "dimenticata",
          "scaduta",
          "bloccata",
          "cambiata",
          "modificata",
          "cambiare",
          "voir",
          "see",
          "siehe",
          "ver",
          "vedi",
          "identique",
          "same",
          "idem");

  /** A passport or identity-card number in the few words after its cue. */
  private void passport(int from) {
    int p = from;
    int limit = Math.min(n, from + 30);
    for (int tokens = 0; tokens < 4 && p < limit; tokens++) {
      p = skipSpaces(p);
      int te = tokenEnd(p);
      int s = p;
      int e = te;
      p = te;
      while (s < e && !alnum(ch(s))) {
        s++;
      }
      while (e > s && !alnum(ch(e - 1))) {
        e--;
      }
      int len = e - s;
      if (len == 0) {
        continue;
      }
      int digits = 0;
      boolean valid = true;
      for (int q = s; q < e; q++) {
        char c = ch(q);
        if (digit(c)) {
          digits++;
        } else if (!upper(c)) {
          valid = false;
        }
      }
      if (valid && len >= 6 && len <= 12 && digits >= 4) {
        emitAhead(Kind.NATIONAL_ID, s, e, 0.85, "passport.cue");
        return;
      }
      if (len > 8 || digits > 0) {
        return;
      }
    }
  }

  // ---------------------------------------------------------------- resolution

  /**
   * Resolves overlaps: negatives drop what they overlap; overlapping identifiers keep the longer
   * (then the more confident); a term overlapping an identifier is dropped; within one kind the
   * longer term wins.
   */
  List<Finding> resolve() {
    if (candidateCount == 0) {
      return List.of();
    }
    if (candidateCount == 1) {
      // Nothing to overlap but an allowed phrase: the common case of a note with one finding.
      Candidate c = candidates[0];
      return negativeCount > 0 && overlapsNegative(c) ? List.of() : List.of(finding(c));
    }
    Candidate[] idents = new Candidate[candidateCount];
    Candidate[] terms = new Candidate[candidateCount];
    int identCount = 0;
    int termCount = 0;
    for (int i = 0; i < candidateCount; i++) {
      Candidate c = candidates[i];
      if (negativeCount == 0 || !overlapsNegative(c)) {
        if (c.term) {
          terms[termCount++] = c;
        } else {
          idents[identCount++] = c;
        }
      }
    }
    Arrays.sort(idents, 0, identCount, ORDER);
    Arrays.sort(terms, 0, termCount, ORDER);
    Candidate[] kept = new Candidate[identCount + termCount];
    int keptIdents = 0;
    for (int i = 0; i < identCount; i++) {
      Candidate c = idents[i];
      if (keptIdents > 0 && kept[keptIdents - 1].end > c.start) {
        Candidate last = kept[keptIdents - 1];
        if (c.kind == last.kind && c.end > last.end) {
          // Two addresses chained through a shared part ("a@b.c/d@e.f"): one finding over both,
          // so that redacting it leaves neither.
          kept[keptIdents - 1] =
              new Candidate(
                  last.kind,
                  last.start,
                  c.end,
                  Math.max(last.confidence, c.confidence),
                  last.rule,
                  false);
        } else if (c.beats(last)) {
          kept[keptIdents - 1] = c;
        }
        continue;
      }
      kept[keptIdents++] = c;
    }
    int keptCount = keptIdents;
    int dead = 0;
    Candidate[] lastOfKind = termCount > 1 ? new Candidate[KINDS] : NO_CANDIDATES;
    int ip = 0;
    for (int i = 0; i < termCount; i++) {
      Candidate c = terms[i];
      while (ip < keptIdents && kept[ip].end <= c.start) {
        ip++;
      }
      if (ip < keptIdents && kept[ip].start < c.end) {
        continue;
      }
      if (lastOfKind.length > 0) {
        Candidate last = lastOfKind[c.kind.ordinal()];
        if (last != null && last.end > c.start) {
          if (c.beats(last)) {
            last.dead = true;
            dead++;
            lastOfKind[c.kind.ordinal()] = c;
            kept[keptCount++] = c;
          }
          continue;
        }
        lastOfKind[c.kind.ordinal()] = c;
      }
      kept[keptCount++] = c;
    }
    if (keptCount > 1) {
      Arrays.sort(kept, 0, keptCount, REPORT_ORDER);
    }
    Finding[] findings = new Finding[keptCount - dead];
    int f = 0;
    for (int i = 0; i < keptCount; i++) {
      Candidate c = kept[i];
      if (!c.dead) {
        findings[f++] = finding(c);
      }
    }
    return List.of(findings);
  }

  private Finding finding(Candidate c) {
    return new Finding(
        c.kind,
        c.start,
        c.end,
        text.subSequence(c.start, c.end).toString(),
        c.confidence,
        c.rule,
        c.kind.explanationKey());
  }

  private boolean overlapsNegative(Candidate c) {
    int lo = 0;
    int hi = negativeCount - 1;
    // First negative interval whose end is after the candidate's start.
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (negatives[2 * mid + 1] <= c.start) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo < negativeCount && negatives[2 * lo] < c.end;
  }

  /** A candidate finding before resolution. */
  private static final class Candidate {
    final Kind kind;
    final int start;
    final int end;
    final double confidence;
    final String rule;
    final boolean term;
    boolean dead;

    Candidate(Kind kind, int start, int end, double confidence, String rule, boolean term) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.confidence = Math.min(1.0, confidence);
      this.rule = rule;
      this.term = term;
    }

    boolean beats(Candidate other) {
      int l = end - start;
      int ol = other.end - other.start;
      return l > ol || (l == ol && confidence > other.confidence);
    }
  }
}
