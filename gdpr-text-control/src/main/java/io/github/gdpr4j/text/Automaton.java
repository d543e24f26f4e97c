package io.github.gdpr4j.text;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho-Corasick automaton over the folded alphabet of {@link Fold}, compiled once: a dense
 * transition table (a DFA row for every symbol) for the shallow states, where scanning ordinary
 * text spends nearly all its time, and compact sorted goto edges plus a failure link for the deep
 * ones.
 *
 * <p>Patterns are symbol sequences; whole-word matching is encoded in them by a leading {@link
 * Fold#SEP} symbol (and a trailing one unless the pattern is a stem), the scanner feeding one
 * {@code SEP} for each run of separators and one at both ends of the text. A fully dense table
 * would cost {@code states × 38} ints (about 20 MB for the bundled vocabulary, a cache miss on
 * nearly every character); the shallow rows alone fit in the CPU caches, and a deep state has one
 * or two edges, its failure link leading back to a dense state in a step or two. The transitions
 * are those of the dense DFA, so the scan is unchanged and free of backtracking.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class Automaton {

  private static final int[] NO_OUTPUT = new int[0];

  /** Most shallow states kept dense: 4096 rows of 38 ints, about 600 KB. */
  static final int MAX_DENSE = 4096;

  /**
   * {@code delta[state * ALPHABET + symbol]} is the next state of a dense state ({@code state <
   * dense}), or its complement {@code ~next} when the next state reports patterns.
   */
  private final int[] delta;

  /** States below this number are dense (they are numbered in breadth-first order). */
  private final int dense;

  /**
   * Per deep state {@code s}: its edges are {@code edgeStart[s - dense] .. edgeStart[s - dense +
   * 1]}.
   */
  private final int[] edgeStart;

  /** Edge symbols, sorted within a state. */
  private final byte[] edgeSymbol;

  /** Edge targets, encoded as in {@link #delta}. */
  private final int[] edgeTarget;

  /** Failure link of each state. */
  private final int[] fail;

  /** Pattern ids ending exactly at each state (before following failure links). */
  private final int[][] own;

  /** The nearest state along the failure chain that has own outputs, or -1. */
  private final int[] dictLink;

  private final int[] patternLength;

  /**
   * Compiles the patterns.
   *
   * @param patterns symbol sequences, each non-empty and made of symbols below {@link
   *     Fold#ALPHABET}
   */
  Automaton(List<int[]> patterns) {
    this(patterns, MAX_DENSE);
  }

  /**
   * Compiles the patterns, with at most {@code maxDense} dense states (at least the root).
   *
   * @param patterns symbol sequences
   * @param maxDense the most dense states
   */
  Automaton(List<int[]> patterns, int maxDense) {
    int capacity = 1;
    for (int[] p : patterns) {
      capacity += p.length;
    }
    int a = Fold.ALPHABET;
    // The trie, children as sibling lists sorted by symbol: the patterns are inserted in sorted
    // order, so that a pattern shares the path of its predecessor up to their common prefix and
    // every new state is the last child of its parent (no list walks, no lookups).
    int count = patterns.size();
    Integer[] sorted = new Integer[count];
    for (int id = 0; id < count; id++) {
      sorted[id] = id;
    }
    Arrays.sort(sorted, (x, y) -> Arrays.compare(patterns.get(x), patterns.get(y)));
    int longest = 0;
    for (int[] p : patterns) {
      longest = Math.max(longest, p.length);
    }
    int[] firstChild = new int[capacity];
    int[] lastChild = new int[capacity];
    int[] sibling = new int[capacity];
    byte[] sym = new byte[capacity];
    Arrays.fill(firstChild, -1);
    int[] rootChild = new int[a];
    Arrays.fill(rootChild, -1);
    int[][] ends = new int[capacity][];
    int states = 1;
    patternLength = new int[count];
    int[] path = new int[longest + 1];
    int[] previous = new int[0];
    for (int k = 0; k < count; k++) {
      int id = sorted[k];
      int[] p = patterns.get(id);
      patternLength[id] = p.length;
      int common = 0;
      int limit = Math.min(p.length, previous.length);
      while (common < limit && p[common] == previous[common]) {
        common++;
      }
      int s = path[common];
      for (int d = common; d < p.length; d++) {
        int c = p[d];
        int t = states++;
        sym[t] = (byte) c;
        sibling[t] = -1;
        if (s == 0) {
          rootChild[c] = t;
        }
        if (firstChild[s] < 0) {
          firstChild[s] = t;
        } else {
          sibling[lastChild[s]] = t;
        }
        lastChild[s] = t;
        s = t;
        path[d + 1] = s;
      }
      previous = p;
      int[] e = ends[s];
      if (e == null) {
        ends[s] = new int[] {id};
      } else {
        int[] grown = Arrays.copyOf(e, e.length + 1);
        grown[e.length] = id;
        ends[s] = grown;
      }
    }

    // Breadth-first: failure links, then the numbering (rank) in that order.
    int[] failOld = new int[states];
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    for (int t = firstChild[0]; t >= 0; t = sibling[t]) {
      failOld[t] = 0;
      queue[tail++] = t;
    }
    while (head < tail) {
      int s = queue[head++];
      for (int t = firstChild[s]; t >= 0; t = sibling[t]) {
        int c = sym[t];
        int f = failOld[s];
        int g;
        while (true) {
          g = child(firstChild, sibling, sym, rootChild, f, c);
          if (g >= 0 || f == 0) {
            break;
          }
          f = failOld[f];
        }
        failOld[t] = g < 0 ? 0 : g;
        queue[tail++] = t;
      }
    }
    int[] rank = new int[states];
    int[] depth = new int[states];
    for (int t = firstChild[0]; t >= 0; t = sibling[t]) {
      depth[t] = 1;
    }
    for (int i = 0; i < tail; i++) {
      rank[queue[i]] = i + 1;
    }
    // Dense: the root and every state of depth up to the deepest level that fits in maxDense.
    int[] perDepth = new int[capacity + 1];
    perDepth[0] = 1;
    for (int i = 0; i < tail; i++) {
      int s = queue[i];
      for (int t = firstChild[s]; t >= 0; t = sibling[t]) {
        depth[t] = depth[s] + 1;
      }
    }
    for (int i = 0; i < tail; i++) {
      perDepth[depth[queue[i]]]++;
    }
    int denseCount = 1;
    for (int d = 1; d < perDepth.length && perDepth[d] > 0; d++) {
      if (denseCount + perDepth[d] > Math.max(1, maxDense)) {
        break;
      }
      denseCount += perDepth[d];
    }
    dense = denseCount;
    // Deep states in depth-first order: the states of a word, read one after the other, are then
    // neighbours in memory (a deep state has one or two edges, most of the time one).
    int[] stack = new int[states];
    int nextRank = dense;
    for (int i = -1; i < dense - 1; i++) {
      for (int t = firstChild[i < 0 ? 0 : queue[i]]; t >= 0; t = sibling[t]) {
        if (rank[t] < dense) {
          continue;
        }
        int sp = 0;
        stack[sp++] = t;
        while (sp > 0) {
          int u = stack[--sp];
          rank[u] = nextRank++;
          for (int v = firstChild[u]; v >= 0; v = sibling[v]) {
            stack[sp++] = v;
          }
        }
      }
    }

    int[][] ownByOld = new int[states][];
    int[] dictByOld = new int[states];
    dictByOld[0] = -1;
    ownByOld[0] = NO_OUTPUT;
    // BFS order guarantees a state's failure target is finished before the state itself.
    for (int i = 0; i < tail; i++) {
      int s = queue[i];
      ownByOld[s] = ends[s] == null ? NO_OUTPUT : ends[s];
      int f = failOld[s];
      dictByOld[s] = ownByOld[f].length > 0 ? f : dictByOld[f];
    }
    own = new int[states][];
    dictLink = new int[states];
    fail = new int[states];
    boolean[] hasOutput = new boolean[states];
    for (int old = 0; old < states; old++) {
      int r = rank[old];
      own[r] = ownByOld[old];
      dictLink[r] = dictByOld[old] < 0 ? -1 : rank[dictByOld[old]];
      fail[r] = rank[failOld[old]];
      hasOutput[r] = own[r].length > 0 || dictLink[r] >= 0;
    }
    // A transition into a state with outputs is stored as ~state (negative), so that the scan
    // loop tests for outputs without a second table.
    delta = new int[dense * a];
    int[] order = new int[states];
    for (int old = 0; old < states; old++) {
      order[rank[old]] = old;
    }
    for (int r = 0; r < dense; r++) {
      int old = order[r];
      int base = r * a;
      if (r == 0) {
        for (int c = 0; c < a; c++) {
          delta[c] = 0;
        }
      } else {
        // A failure target is shallower, hence dense, and its row is already complete.
        System.arraycopy(delta, fail[r] * a, delta, base, a);
      }
      for (int t = firstChild[old]; t >= 0; t = sibling[t]) {
        int tr = rank[t];
        delta[base + sym[t]] = hasOutput[tr] ? ~tr : tr;
      }
    }
    int deep = states - dense;
    edgeStart = new int[deep + 1];
    int edges = 0;
    for (int r = dense; r < states; r++) {
      edgeStart[r - dense] = edges;
      for (int t = firstChild[order[r]]; t >= 0; t = sibling[t]) {
        edges++;
      }
    }
    edgeStart[deep] = edges;
    edgeSymbol = new byte[edges];
    edgeTarget = new int[edges];
    int e = 0;
    for (int r = dense; r < states; r++) {
      for (int t = firstChild[order[r]]; t >= 0; t = sibling[t]) {
        int tr = rank[t];
        edgeSymbol[e] = sym[t];
        edgeTarget[e] = hasOutput[tr] ? ~tr : tr;
        e++;
      }
    }
  }

  private static int child(
      int[] firstChild, int[] sibling, byte[] sym, int[] rootChild, int s, int c) {
    if (s == 0) {
      return rootChild[c];
    }
    for (int t = firstChild[s]; t >= 0; t = sibling[t]) {
      if (sym[t] >= c) {
        return sym[t] == c ? t : -1;
      }
    }
    return -1;
  }

  /**
   * Returns the number of states.
   *
   * @return the state count, at least 1
   */
  int stateCount() {
    return own.length;
  }

  /**
   * Returns the number of dense states: states below it are rows of {@link #delta()}.
   *
   * @return the dense state count, at least 1
   */
  int denseCount() {
    return dense;
  }

  /**
   * Returns the transition table of the dense states; indexed {@code state * Fold.ALPHABET +
   * symbol}; a negative entry {@code ~next} means that {@code next} reports patterns.
   *
   * @return the table, not to be modified
   */
  int[] delta() {
    return delta;
  }

  /**
   * Returns the transition from a state, encoded as in {@link #delta()}.
   *
   * @param state a state
   * @param symbol a symbol below {@link Fold#ALPHABET}
   * @return the next state, or {@code ~next} when it reports patterns
   */
  int next(int state, int symbol) {
    return state < dense ? delta[state * Fold.ALPHABET + symbol] : deep(state, symbol);
  }

  /**
   * Returns the transition from a deep state ({@code state >= denseCount()}).
   *
   * @param state a deep state
   * @param symbol a symbol below {@link Fold#ALPHABET}
   * @return the next state, or {@code ~next} when it reports patterns
   */
  int deep(int state, int symbol) {
    final int d = dense;
    final int[] starts = edgeStart;
    final byte[] syms = edgeSymbol;
    int s = state;
    do {
      int i = s - d;
      for (int j = starts[i], end = starts[i + 1]; j < end; j++) {
        int c = syms[j];
        if (c >= symbol) {
          if (c == symbol) {
            return edgeTarget[j];
          }
          break;
        }
      }
      s = fail[s];
    } while (s >= d);
    return delta[s * Fold.ALPHABET + symbol];
  }

  /**
   * Returns the patterns ending exactly at a state.
   *
   * @param state the state
   * @return pattern ids, not to be modified
   */
  int[] own(int state) {
    return own[state];
  }

  /**
   * Returns the next state with outputs along the failure chain.
   *
   * @param state the state
   * @return the state, or -1
   */
  int dictLink(int state) {
    return dictLink[state];
  }

  /**
   * Returns the length of a pattern in symbols.
   *
   * @param id the pattern id
   * @return its length
   */
  int patternLength(int id) {
    return patternLength[id];
  }
}
