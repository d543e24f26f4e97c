package io.github.gdpr4j.text;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho-Corasick automaton over the folded alphabet of {@link Fold}, compiled once: a dense
 * transition table (a DFA row for every symbol) for the shallow states, where scanning ordinary
 * text spends nearly all its time, and compact nodes (sorted goto edges and a failure link) for the
 * deep ones.
 *
 * <p>Patterns are symbol sequences; whole-word matching is encoded in them by a leading {@link
 * Fold#SEP} symbol (and a trailing one unless the pattern is a stem). The input is the folded text
 * with every run of separators read as one {@code SEP}: a {@code SEP} right after a {@code SEP} is
 * a no-op (a state entered by {@code SEP} loops on it), so the scanner feeds every separator
 * without tracking runs.
 *
 * <p>States are numbered so that a transition costs one load and no multiplication: a dense state
 * is the offset of its row in {@link #delta()} (a multiple of {@link Fold#ALPHABET} below {@link
 * #limit()}); a deep state is {@code limit() + } the offset of its node, nodes laid out depth first
 * so that the states of a word are neighbours in memory. A transition into a state that reports
 * patterns is stored as its complement ({@code ~state}, negative), so the scan tests for outputs
 * with the sign. A fully dense table would cost {@code states × 38} ints (about 25 MB for the
 * bundled vocabulary, a cache miss on nearly every character); the shallow rows that text keeps
 * visiting stay in the CPU caches, and a deep state has one or two edges.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class Automaton {

  private static final int[] NO_OUTPUT = new int[0];

  /**
   * Most shallow states kept dense, whole depth levels only: the bundled vocabulary has 11,042
   * states up to four symbols deep (a separator and three letters), 1.7 MB of rows. Measured on the
   * comments benchmark: rows up to depth 3 (2,010 states, 300 KB) scan about 10 % slower, up to
   * depth 5 (28,374 states, 4.3 MB) about 20 % slower, as the rows stop fitting the caches.
   */
  static final int MAX_DENSE = 16384;

  /** Bits of a node header or an edge holding the edge count or the symbol. */
  private static final int SYMBOL_BITS = 63;

  /** Header bit: the state is entered by {@code SEP} and loops on it. */
  private static final int SELF_LOOP = 64;

  /** Edge bit: the target reports patterns. */
  private static final int OUTPUT = 64;

  /** Dense rows: {@code delta[state + symbol]} for a dense state, encoded as described above. */
  private final int[] delta;

  /** Dense states are below this value: {@code dense × ALPHABET}. */
  private final int limit;

  /**
   * The transition on {@code SEP} of each dense state as Aho-Corasick defines it (row {@code state
   * / ALPHABET}), which {@link #delta} replaces by the self-loop for states entered by {@code SEP};
   * used when a deep state's failure chain ends on a dense state.
   */
  private final int[] sepRow;

  /** Per dense state (row index): index into {@link #outputs}, 0 for none. */
  private final int[] denseOutput;

  /**
   * Deep nodes, at offset {@code state - limit}: the failure target; a header (edge count, {@link
   * #SELF_LOOP}, output index from bit 7); then the edges, sorted by symbol, each {@code symbol |
   * OUTPUT? | target << 7}.
   */
  private final int[] nodes;

  /**
   * Pattern ids reported on entering a state (its own, then those along its failure chain), the
   * lists one after the other, each as its length then its ids; a state refers to its list by the
   * list's offset, 0 for the empty list that starts the array.
   */
  private final int[] outputs;

  private final int stateCount;
  private final int denseCount;
  private final int start;

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
    int a = Fold.ALPHABET;
    // The trie, children as sibling lists sorted by symbol: the patterns are inserted in sorted
    // order, so that a pattern shares the path of its predecessor up to their common prefix and
    // every new state is the last child of its parent (no list walks, no lookups).
    int count = patterns.size();
    int[] sorted = new int[count];
    boolean inOrder = true;
    for (int id = 0; id < count; id++) {
      sorted[id] = id;
      inOrder &= id == 0 || Arrays.compare(patterns.get(id - 1), patterns.get(id)) <= 0;
    }
    if (!inOrder) {
      Integer[] boxed = new Integer[count];
      for (int id = 0; id < count; id++) {
        boxed[id] = id;
      }
      Arrays.sort(boxed, (x, y) -> Arrays.compare(patterns.get(x), patterns.get(y)));
      for (int id = 0; id < count; id++) {
        sorted[id] = boxed[id];
      }
    }
    // The number of states, counted first (each pattern adds what it does not share with the one
    // before it in sorted order): the arrays below are sized for the trie, not for the symbols of
    // all patterns, which for the bundled vocabulary is a third of the memory.
    int longest = 0;
    int capacity = 1;
    int[] before = new int[0];
    for (int k = 0; k < count; k++) {
      int[] p = patterns.get(sorted[k]);
      longest = Math.max(longest, p.length);
      int common = 0;
      int limit = Math.min(p.length, before.length);
      while (common < limit && p[common] == before[common]) {
        common++;
      }
      capacity += p.length - common;
      before = p;
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
    int[] path = new int[longest + 1];
    int[] previous = new int[0];
    for (int k = 0; k < count; k++) {
      int id = sorted[k];
      int[] p = patterns.get(id);
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
    int[] perDepth = new int[longest + 2];
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
    final int dense = denseCount;
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

    // Outputs: a state reports its own patterns, then those of its failure chain (breadth-first
    // order finishes a state's failure target before the state itself).
    int[][] reports = new int[states][];
    reports[0] = NO_OUTPUT;
    for (int i = 0; i < tail; i++) {
      int s = queue[i];
      int[] inherited = reports[failOld[s]];
      int[] e = ends[s];
      if (e == null) {
        reports[s] = inherited;
      } else if (inherited.length == 0) {
        reports[s] = e;
      } else {
        int[] all = Arrays.copyOf(e, e.length + inherited.length);
        System.arraycopy(inherited, 0, all, e.length, inherited.length);
        reports[s] = all;
      }
    }
    int[] order = new int[states];
    for (int old = 0; old < states; old++) {
      order[rank[old]] = old;
    }
    // What is not needed from here on is let go: compiled at run time (a vocabulary with a
    // deployment's own phrases), this constructor runs interpreted, and an interpreted method keeps
    // every local alive to its end; a 50 MB heap is tight at the peak.
    rank = null;
    stack = null;
    queue = null;
    ends = null;
    lastChild = null;
    // State values: dense rows are multiples of the alphabet size, deep nodes follow the limit.
    this.denseCount = dense;
    stateCount = states;
    limit = dense * a;
    int[] value = new int[states];
    int offset = 0;
    for (int r = 0; r < states; r++) {
      int old = order[r];
      if (r < dense) {
        value[old] = r * a;
      } else {
        value[old] = limit + offset;
        offset += 2;
        for (int t = firstChild[old]; t >= 0; t = sibling[t]) {
          offset++;
        }
      }
    }
    // The output lists: a state's outputIndex is the offset of its list, 0 for none.
    int outputLength = 1;
    int[] outputIndex = new int[states];
    for (int old = 0; old < states; old++) {
      if (reports[old].length > 0) {
        outputIndex[old] = outputLength;
        outputLength += 1 + reports[old].length;
      }
    }
    outputs = new int[outputLength];
    for (int old = 0; old < states; old++) {
      int at = outputIndex[old];
      if (at > 0) {
        outputs[at] = reports[old].length;
        System.arraycopy(reports[old], 0, outputs, at + 1, reports[old].length);
      }
    }
    reports = null;
    // Dense rows, in breadth-first order: a failure target is shallower, hence dense, and its row
    // is complete when it is copied.
    delta = new int[limit];
    sepRow = new int[dense];
    denseOutput = new int[dense];
    for (int r = 0; r < dense; r++) {
      int old = order[r];
      int base = r * a;
      denseOutput[r] = outputIndex[old];
      if (r > 0) {
        System.arraycopy(delta, value[failOld[old]], delta, base, a);
      }
      for (int t = firstChild[old]; t >= 0; t = sibling[t]) {
        delta[base + sym[t]] = encode(value[t], outputIndex[t]);
      }
    }
    for (int r = 0; r < dense; r++) {
      sepRow[r] = delta[r * a + Fold.SEP];
      int old = order[r];
      if (r > 0 && sym[old] == Fold.SEP) {
        delta[r * a + Fold.SEP] = r * a;
      }
    }
    // One int more: a last node without edges still has a "first edge" for deep() to read.
    nodes = new int[offset + 1];
    for (int r = dense; r < states; r++) {
      int old = order[r];
      int o = value[old] - limit;
      nodes[o] = value[failOld[old]];
      int edges = 0;
      int e = o + 2;
      for (int t = firstChild[old]; t >= 0; t = sibling[t]) {
        int tv = value[t];
        nodes[e++] = sym[t] | (outputIndex[t] > 0 ? OUTPUT : 0) | (tv << 7);
        edges++;
      }
      nodes[o + 1] = edges | (sym[old] == Fold.SEP ? SELF_LOOP : 0) | (outputIndex[old] << 7);
    }
    int first = delta[Fold.SEP];
    start = first < 0 ? ~first : first;
  }

  private Automaton(
      int[] delta,
      int[] sepRow,
      int[] denseOutput,
      int[] nodes,
      int[] outputs,
      int stateCount,
      int start) {
    this.delta = delta;
    this.sepRow = sepRow;
    this.denseOutput = denseOutput;
    this.nodes = nodes;
    this.outputs = outputs;
    this.stateCount = stateCount;
    this.denseCount = sepRow.length;
    this.limit = delta.length;
    this.start = start;
  }

  /**
   * Writes the compiled automaton, for {@link #readFrom} to restore without compiling.
   *
   * @param out the stream
   * @throws IOException if the stream fails
   */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(stateCount);
    out.writeInt(start);
    CompiledVocabulary.writeInts(out, delta);
    CompiledVocabulary.writeInts(out, sepRow);
    CompiledVocabulary.writeInts(out, denseOutput);
    CompiledVocabulary.writeInts(out, nodes);
    CompiledVocabulary.writeInts(out, outputs);
  }

  /**
   * Restores an automaton written by {@link #writeTo}.
   *
   * @param in the bytes, from their current position
   * @return the automaton
   * @throws IOException if the bytes do not hold a consistent automaton
   */
  static Automaton readFrom(ByteBuffer in) throws IOException {
    int stateCount = in.getInt();
    int start = in.getInt();
    int[] delta = CompiledVocabulary.readInts(in);
    int[] sepRow = CompiledVocabulary.readInts(in);
    int[] denseOutput = CompiledVocabulary.readInts(in);
    int[] nodes = CompiledVocabulary.readInts(in);
    int[] outputs = CompiledVocabulary.readInts(in);
    if (sepRow.length == 0
        || delta.length != sepRow.length * Fold.ALPHABET
        || denseOutput.length != sepRow.length
        || start < 0
        || start >= delta.length + nodes.length
        || outputs.length == 0
        || outputs[0] != 0) {
      throw new IOException("inconsistent compiled automaton");
    }
    // Every list inside the array, and every state referring to the start of one.
    boolean[] list = new boolean[outputs.length];
    for (int at = 0; at < outputs.length; at += 1 + outputs[at]) {
      if (outputs[at] < 0 || at + 1 + outputs[at] > outputs.length) {
        throw new IOException("inconsistent compiled automaton outputs");
      }
      list[at] = true;
    }
    for (int index : denseOutput) {
      if (index < 0 || index >= outputs.length || !list[index]) {
        throw new IOException("inconsistent compiled automaton outputs");
      }
    }
    for (int o = 0; o + 1 < nodes.length; o += 2 + (nodes[o + 1] & SYMBOL_BITS)) {
      int index = nodes[o + 1] >>> 7;
      if (index >= outputs.length || !list[index]) {
        throw new IOException("inconsistent compiled automaton outputs");
      }
    }
    return new Automaton(delta, sepRow, denseOutput, nodes, outputs, stateCount, start);
  }

  private static int encode(int value, int outputIndex) {
    return outputIndex > 0 ? ~value : value;
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
    return stateCount;
  }

  /**
   * Returns the number of dense states.
   *
   * @return the dense state count, at least 1
   */
  int denseCount() {
    return denseCount;
  }

  /**
   * Returns the limit below which states are dense: a state {@code s < limit()} transitions on
   * {@code symbol} to {@code delta()[s + symbol]}.
   *
   * @return {@code denseCount() × Fold.ALPHABET}
   */
  int limit() {
    return limit;
  }

  /**
   * Returns the transition table of the dense states, indexed {@code state + symbol}; a negative
   * entry {@code ~next} means that {@code next} reports patterns.
   *
   * @return the table, not to be modified
   */
  int[] delta() {
    return delta;
  }

  /**
   * Returns the state after the {@code SEP} that precedes the text.
   *
   * @return the start state
   */
  int start() {
    return start;
  }

  /**
   * Returns the transition from a state.
   *
   * @param state a state
   * @param symbol a symbol below {@link Fold#ALPHABET}
   * @return the next state, or {@code ~next} when it reports patterns
   */
  int next(int state, int symbol) {
    return state < limit ? delta[state + symbol] : deep(state, symbol);
  }

  /**
   * Returns the transition from a deep state ({@code state >= limit()}).
   *
   * @param state a deep state
   * @param symbol a symbol below {@link Fold#ALPHABET}
   * @return the next state, or {@code ~next} when it reports patterns
   */
  int deep(int state, int symbol) {
    final int[] n = nodes;
    final int lim = limit;
    int o = state - lim;
    int header = n[o + 1];
    int first = n[o + 2]; // the first edge, when the state has one: most deep states have just it
    if ((first & SYMBOL_BITS) == symbol && (header & SYMBOL_BITS) != 0) {
      int target = first >>> 7;
      return (first & OUTPUT) == 0 ? target : ~target;
    }
    if (symbol == Fold.SEP && (header & SELF_LOOP) != 0) {
      return state;
    }
    while (true) {
      for (int j = o + 2, end = j + (header & SYMBOL_BITS); j < end; j++) {
        int e = n[j];
        int c = e & SYMBOL_BITS;
        if (c >= symbol) {
          if (c == symbol) {
            int target = e >>> 7;
            return (e & OUTPUT) == 0 ? target : ~target;
          }
          break;
        }
      }
      int f = n[o];
      if (f < lim) {
        return symbol == Fold.SEP ? sepRow[f / Fold.ALPHABET] : delta[f + symbol];
      }
      o = f - lim;
      header = n[o + 1];
    }
  }

  /**
   * Returns the list of pattern ids reported on entering a state (its own, then those along its
   * failure chain): {@code outputs()[list]} is their number and the ids follow.
   *
   * @param state the state
   * @return the list's offset in {@link #outputs()}, 0 (an empty list) for a state that reports
   *     nothing
   */
  int outputList(int state) {
    return state < limit ? denseOutput[state / Fold.ALPHABET] : nodes[state - limit + 1] >>> 7;
  }

  /**
   * Returns the output lists, each as its length and then its pattern ids.
   *
   * @return the lists, not to be modified
   */
  int[] outputs() {
    return outputs;
  }
}
