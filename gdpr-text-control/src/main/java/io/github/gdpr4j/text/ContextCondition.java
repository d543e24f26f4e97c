package io.github.gdpr4j.text;

import java.util.Arrays;
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
 * line break. The scan reads the text from its array and allocates nothing.
 *
 * @param before cue words looked for before the match (empty: none)
 * @param after cue words looked for after the match (empty: none)
 * @param notBefore words that drop the match when found among the words before it (empty: none)
 * @param notAfter words that drop the match when found among the words after it (empty: none)
 * @param window how many words are looked at on each side
 * @param vetoBefore words vetoing the match when the previous word is one of them (empty: none)
 * @param vetoAfter words vetoing the match when the next word is one of them (empty: none)
 * @param then words one of which must come right after the match, in the same sentence; the finding
 *     then ends after it (empty: none) — "hat was mit seiner" + "Sekretärin" is one finding without
 *     spelling out every pairing in the vocabulary
 */
record ContextCondition(
    TokenSet before,
    TokenSet after,
    TokenSet notBefore,
    TokenSet notAfter,
    int window,
    TokenSet vetoBefore,
    TokenSet vetoAfter,
    TokenSet then)
    implements TermCondition {

  /**
   * An immutable set of folded words, looked up straight from the text: a text word is hashed as
   * its bounds are found, the hash probes an array of keys, and only a key that matches has its
   * member compared letter by letter.
   */
  static final class TokenSet {

    private static final TokenSet EMPTY = new TokenSet(new int[1], new String[1], 0, 0, 0);

    /**
     * Open addressing, linear probing: the {@link #key} of the member in the slot, 0 free; half the
     * memory of a slot holding the whole hash and a used mark, for the caches.
     */
    private final int[] keys;

    /** The member of each used slot of {@link #keys}. */
    private final String[] table;

    private final int size;

    /** The most words in one member ("ig metall": 2); members are single words but for then=. */
    private final int maxWords;

    /** The sum of the members' hash codes: the same whatever order they came in. */
    private final int hash;

    private TokenSet(int[] keys, String[] table, int size, int maxWords, int hash) {
      this.keys = keys;
      this.table = table;
      this.size = size;
      this.maxWords = maxWords;
      this.hash = hash;
    }

    static TokenSet of(Set<String> words) {
      if (words.isEmpty()) {
        return EMPTY;
      }
      int capacity = Integer.highestOneBit(Math.max(2, words.size() * 2 - 1)) * 2;
      int[] keys = new int[capacity];
      String[] table = new String[capacity];
      int maxWords = 1;
      int hash = 0;
      for (String w : words) {
        hash += w.hashCode();
        int spaces = 0;
        for (int i = w.indexOf(' '); i >= 0; i = w.indexOf(' ', i + 1)) {
          spaces++;
        }
        maxWords = Math.max(maxWords, spaces + 1);
        int slot = spread(w.hashCode()) & (capacity - 1);
        while (table[slot] != null && !table[slot].equals(w)) {
          slot = (slot + 1) & (capacity - 1);
        }
        keys[slot] = key(w.hashCode());
        table[slot] = w;
      }
      return new TokenSet(keys, table, words.size(), maxWords, hash);
    }

    /**
     * Returns the words of the set, sorted.
     *
     * @return a new array
     */
    String[] words() {
      String[] out = new String[size];
      int k = 0;
      for (String w : table) {
        if (w != null) {
          out[k++] = w;
        }
      }
      Arrays.sort(out);
      return out;
    }

    /** Sets are equal when they hold the same words (a condition is then equal to its copy). */
    @Override
    public boolean equals(Object o) {
      if (o == this) {
        return true;
      }
      if (!(o instanceof TokenSet other) || other.size != size || other.hash != hash) {
        return false;
      }
      for (String w : other.table) {
        if (w != null && !has(w)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    /** Whether the set holds this (folded) member. */
    private boolean has(String w) {
      int mask = table.length - 1;
      for (int slot = spread(w.hashCode()) & mask; table[slot] != null; slot = (slot + 1) & mask) {
        if (table[slot].equals(w)) {
          return true;
        }
      }
      return false;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    /** A member's hash with its lowest bit set, so that it is never 0 (a free slot). */
    private static int key(int hash) {
      return hash | 1;
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** Whether the folded form of {@code text[from, to)} is in the set. */
    boolean containsWord(char[] text, int from, int to) {
      return size > 0 && contains(hash(text, from, to), text, from, to);
    }

    /**
     * Whether the folded word {@code text[from, to)}, of the given {@link String#hashCode} of its
     * folded form, is in the set.
     */
    boolean contains(int hash, char[] text, int from, int to) {
      int key = key(hash);
      int[] k = keys;
      int mask = k.length - 1;
      for (int slot = spread(hash) & mask; k[slot] != 0; slot = (slot + 1) & mask) {
        if (k[slot] == key && sameFolded(table[slot], text, from, to)) {
          return true;
        }
      }
      return false;
    }

    /** The {@link String#hashCode} of the folded form of {@code text[from, to)}. */
    static int hash(char[] text, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = fold(h, text[i]);
      }
      return h;
    }

    private static boolean sameFolded(String w, char[] text, int from, int to) {
      int k = 0;
      int length = w.length();
      for (int i = from; i < to; i++) {
        char c = text[i];
        int sym = Fold.symbol(c);
        if (sym == Fold.SKIP) {
          continue;
        }
        if (sym == Fold.EXPAND) {
          if (k + 2 > length
              || w.charAt(k++) != letter(Fold.expandFirst(c))
              || w.charAt(k++) != letter(Fold.expandSecond(c))) {
            return false;
          }
        } else if (k == length || w.charAt(k++) != letter(sym)) {
          return false;
        }
      }
      return k == length;
    }
  }

  /** Adds the folded form of {@code c} to the folded hash {@code h} ({@link String#hashCode}). */
  private static int fold(int h, char c) {
    int sym = Fold.symbol(c);
    if (sym == Fold.SKIP) {
      return h;
    }
    if (sym == Fold.EXPAND) {
      return 31 * (31 * h + letter(Fold.expandFirst(c))) + letter(Fold.expandSecond(c));
    }
    return 31 * h + letter(sym);
  }

  @Override
  public boolean keep(CharSequence text, int start, int end) {
    return keptEnd(text.toString().toCharArray(), start, end) >= 0;
  }

  /**
   * Decides as {@link #keep} and says where the kept finding ends: after the {@link #then} word
   * when there is one, else at {@code end}.
   *
   * @param text the whole scanned text
   * @param start start of the candidate finding
   * @param end end of the candidate finding
   * @return the end of the kept finding, or -1 if it is dropped
   */
  int keptEnd(char[] text, int start, int end) {
    int to = then.isEmpty() ? end : thenEnd(text, end);
    if (to < 0) {
      return -1;
    }
    // The windows first: a missing cue drops a match more often than a veto word does. One walk
    // over the window on each side, each word folded once for both of its sets.
    int before = notBefore.isEmpty() && this.before.isEmpty() ? 0 : window(text, start, false);
    if ((before & VETO) != 0) {
      return -1;
    }
    int after = notAfter.isEmpty() && this.after.isEmpty() ? 0 : window(text, end, true);
    if ((after & VETO) != 0) {
      return -1;
    }
    boolean cued = (this.before.isEmpty() && this.after.isEmpty()) || ((before | after) & CUE) != 0;
    if (!cued) {
      return -1;
    }
    if (!vetoBefore.isEmpty() && vetoedBefore(text, start)) {
      return -1;
    }
    if (!vetoAfter.isEmpty() && vetoedAfter(text, end)) {
      return -1;
    }
    return to;
  }

  /**
   * Where the longest member of {@link #then} that comes right after {@code end} (in the same
   * sentence, its words one separator apart as written in the set) ends, or -1.
   */
  private int thenEnd(char[] text, int end) {
    int n = text.length;
    int i = end;
    int first = -1;
    int found = -1;
    for (int w = 0; w < then.maxWords; w++) {
      int gap = i;
      while (i < n && isSeparator(text[i])) {
        if (isSentenceEnd(text, i, text[i])) {
          return found;
        }
        i++;
      }
      if (i == n || (w > 0 && i - gap != 1)) {
        return found;
      }
      if (first < 0) {
        first = i;
      }
      while (i < n && !isSeparator(text[i])) {
        i++;
      }
      if (then.containsWord(text, first, i)) {
        found = i;
      }
    }
    return found;
  }

  private static final int CUE = 1;
  private static final int VETO = 2;

  /**
   * Looks at the words of the window before {@code at} (or after it), up to a sentence end: {@link
   * #VETO} if one is in {@code notBefore} ({@code notAfter}), {@link #CUE} if one is in {@code
   * before} ({@code after}). Each word is hashed in the pass that finds its bounds.
   */
  private int window(char[] text, int at, boolean forward) {
    TokenSet cues = forward ? after : before;
    TokenSet vetoes = forward ? notAfter : notBefore;
    int n = text.length;
    int i = at;
    int found = 0;
    for (int w = 0; w < window; w++) {
      int s;
      int e;
      int h = 0;
      if (forward) {
        while (i < n && isSeparator(text[i])) {
          if (isSentenceEnd(text, i, text[i])) {
            return found;
          }
          i++;
        }
        if (i == n) {
          return found;
        }
        s = i;
        long word = wordStartingAt(text, s);
        h = (int) word;
        e = (int) (word >>> 32);
        i = e;
      } else {
        while (i > 0 && isSeparator(text[i - 1])) {
          if (isSentenceEnd(text, i - 1, text[i - 1])) {
            return found;
          }
          i--;
        }
        if (i == 0) {
          return found;
        }
        e = i;
        long word = wordEndingAt(text, e);
        h = (int) word;
        s = (int) (word >>> 32);
        i = s;
      }
      if (vetoes.contains(h, text, s, e)) {
        return VETO;
      }
      if (cues.contains(h, text, s, e)) {
        found = CUE;
      }
    }
    return found;
  }

  /**
   * Whether the word right before {@code start} (not across a line break) is in {@link
   * #vetoBefore}: read backwards once, hashing as it goes.
   */
  private boolean vetoedBefore(char[] text, int start) {
    int i = start;
    while (i > 0 && isSeparator(text[i - 1])) {
      char c = text[i - 1];
      if (c == '\n' || c == '\r') {
        return false;
      }
      i--;
    }
    long word = wordEndingAt(text, i);
    int s = (int) (word >>> 32);
    return s < i && vetoBefore.contains((int) word, text, s, i);
  }

  /**
   * The word that starts at {@code start}: its end (high half) and the {@link String#hashCode} of
   * its folded form (low half).
   */
  private static long wordStartingAt(char[] text, int start) {
    int i = start;
    int h = 0;
    while (i < text.length && !isSeparator(text[i])) {
      h = fold(h, text[i++]);
    }
    return ((long) i << 32) | (h & 0xFFFF_FFFFL);
  }

  /**
   * The word that ends at {@code end}, read backwards: its start (high half) and the {@link
   * String#hashCode} of its folded form (low half), summed from its last letter on.
   */
  private static long wordEndingAt(char[] text, int end) {
    int i = end;
    int h = 0;
    int power = 1;
    for (int sym; i > 0 && (sym = Fold.symbol(text[i - 1])) != Fold.SEP; i--) {
      if (sym == Fold.SKIP) {
        continue;
      }
      if (sym == Fold.EXPAND) {
        h += letter(Fold.expandSecond(text[i - 1])) * power;
        power *= 31;
        sym = Fold.expandFirst(text[i - 1]);
      }
      h += letter(sym) * power;
      power *= 31;
    }
    return ((long) i << 32) | (h & 0xFFFF_FFFFL);
  }

  /**
   * Whether the word right after {@code end} (not across a line break) is in {@link #vetoAfter}:
   * read once, hashing as it goes.
   */
  private boolean vetoedAfter(char[] text, int end) {
    int i = end;
    int n = text.length;
    while (i < n && isSeparator(text[i])) {
      char c = text[i];
      if (c == '\n' || c == '\r') {
        return false;
      }
      i++;
    }
    long word = wordStartingAt(text, i);
    int e = (int) (word >>> 32);
    return e > i && vetoAfter.contains((int) word, text, i, e);
  }

  private static boolean isSeparator(char c) {
    return Fold.symbol(c) == Fold.SEP;
  }

  /** A sentence end; a dot after a short word ("M.", "Dr.", "Sr.") is an abbreviation. */
  private static boolean isSentenceEnd(char[] text, int at, char c) {
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
        while (j > 0 && !isSeparator(text[j - 1])) {
          j--;
          len++;
        }
        return len == 0 || len > 3;
      default:
        return false;
    }
  }

  /** The folded character of each symbol; '?' for a letter of another script. */
  private static final char[] LETTER = " abcdefghijklmnopqrstuvwxyz0123456789????".toCharArray();

  private static char letter(int symbol) {
    return LETTER[symbol];
  }
}
