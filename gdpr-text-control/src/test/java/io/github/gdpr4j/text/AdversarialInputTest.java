package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to make a backtracking or quadratic detector blow up are scanned in time linear in
 * their length. The bounds are deliberately generous (a loaded CI machine); real figures come from
 * {@code TextControlBenchmark.adversarial1mb}.
 */
class AdversarialInputTest {

  static final TextControl CONTROL =
      TextControl.builder().maxLength(4 << 20).maxFindings(1_000_000).build();

  static final List<String> UNITS =
      List.of("4", "@", " -./", "6 ", "1.", "a@", "+3", "(0)", "2a01:", "x");

  @Test
  void oneMebibyteOfEachShape_scansWithinGenerousBound() {
    CONTROL.scan("warm up 06 12 34 56 78 a.b@example.fr".repeat(1000));
    for (String unit : UNITS) {
      String text = unit.repeat((1 << 20) / unit.length());
      long t0 = System.nanoTime();
      Report r = CONTROL.scan(text);
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      assertThat(took).as("1 MiB of '%s'", unit).isLessThan(Duration.ofSeconds(5));
      assertThat(r.textLength()).isEqualTo(text.length());
    }
  }

  @Test
  void fourTimesTheInput_takesAtMostAboutFourTimesLonger() {
    for (String unit : List.of("6 ", "4", "@")) {
      String small = unit.repeat((256 << 10) / unit.length());
      String large = unit.repeat((1 << 20) / unit.length());
      long smallNanos = best(small);
      long largeNanos = best(large);
      // Linear: about 4x. Quadratic would be 16x; allow noise up to 10x.
      assertThat(largeNanos)
          .as("'%s' 1 MiB vs 256 KiB", unit)
          .isLessThan(10 * smallNanos + 20_000_000L);
    }
  }

  private static long best(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      CONTROL.scan(text);
      best = Math.min(best, System.nanoTime() - t0);
    }
    return best;
  }
}
