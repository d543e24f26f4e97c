package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The automaton with dense shallow rows and compact deep states reports, at every position, exactly
 * the patterns that end there in the text with its separator runs collapsed (checked against brute
 * force), whatever the number of dense states.
 */
class AutomatonTest {

  private static List<int[]> patterns(Random random, int count, int symbols) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int[] p = new int[1 + random.nextInt(7)];
      for (int j = 0; j < p.length; j++) {
        do {
          p[j] = random.nextInt(symbols);
        } while (j > 0 && p[j] == Fold.SEP && p[j - 1] == Fold.SEP);
      }
      out.add(p);
    }
    return out;
  }

  private static TreeSet<Integer> reported(Automaton a, int encoded) {
    TreeSet<Integer> ids = new TreeSet<>();
    if (encoded < 0) {
      int list = a.outputList(~encoded);
      int[] lists = a.outputs();
      for (int k = list + 1; k <= list + lists[list]; k++) {
        assertThat(ids.add(lists[k])).as("pattern %d reported once", lists[k]).isTrue();
      }
    }
    return ids;
  }

  private static TreeSet<Integer> bruteForce(List<int[]> patterns, List<Integer> text) {
    int end = text.size();
    TreeSet<Integer> ids = new TreeSet<>();
    for (int id = 0; id < patterns.size(); id++) {
      int[] p = patterns.get(id);
      if (p.length > end) {
        continue;
      }
      boolean match = true;
      for (int j = 0; j < p.length && match; j++) {
        match = p[j] == text.get(end - p.length + j);
      }
      if (match) {
        ids.add(id);
      }
    }
    return ids;
  }

  @Test
  void everyDenseSizeReportsThePatternsEndingAtEachPosition() {
    Random random = new Random(42);
    for (int round = 0; round < 30; round++) {
      int symbols = 2 + random.nextInt(Fold.ALPHABET - 1);
      List<int[]> patterns = patterns(random, 1 + random.nextInt(300), symbols);
      int[] text = new int[2000];
      for (int i = 0; i < text.length; i++) {
        text[i] = random.nextInt(symbols);
      }
      for (int maxDense : new int[] {1, 2, 5, 40, 500, Integer.MAX_VALUE}) {
        Automaton a = new Automaton(patterns, maxDense);
        assertThat(a.denseCount()).isBetween(1, a.stateCount());
        int state = 0;
        List<Integer> collapsed = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
          int encoded = a.next(state, text[i]);
          if (i > 0 && text[i] == Fold.SEP && text[i - 1] == Fold.SEP) {
            assertThat(encoded).as("a separator run is one SEP").isEqualTo(state);
            continue;
          }
          collapsed.add(text[i]);
          assertThat(reported(a, encoded)).isEqualTo(bruteForce(patterns, collapsed));
          state = encoded < 0 ? ~encoded : encoded;
        }
      }
    }
  }

  @Test
  void theBundledVocabularyKeepsItsDenseRowsSmall() {
    Automaton a =
        new Engine(
                BundledVocabulary.load(EnumSet.allOf(Language.class)),
                EnumSet.allOf(Kind.class),
                EnumSet.allOf(Language.class),
                1 << 20,
                10_000)
            .automaton;
    assertThat(a.denseCount()).isLessThanOrEqualTo(Automaton.MAX_DENSE);
    assertThat(a.delta().length).isEqualTo(a.denseCount() * Fold.ALPHABET).isEqualTo(a.limit());
  }
}
