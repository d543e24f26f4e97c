package io.github.gdpr4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of verifying one or more consent chains.
 *
 * @param subjectsChecked how many subject chains were checked
 * @param entriesChecked how many entries were read
 * @param breaks the first break found in each broken chain; empty when every chain verifies
 */
public record ChainVerification(int subjectsChecked, long entriesChecked, List<ChainBreak> breaks) {

  /**
   * Copies the breaks.
   *
   * @throws NullPointerException if {@code breaks} is null
   */
  public ChainVerification {
    breaks = List.copyOf(breaks);
  }

  /**
   * Tells whether every checked chain is intact.
   *
   * @return true when there is no break
   */
  public boolean isValid() {
    return breaks.isEmpty();
  }

  /**
   * Returns the first break found.
   *
   * @return the break, or empty when valid
   */
  public Optional<ChainBreak> firstBreak() {
    return breaks.stream().findFirst();
  }

  /**
   * Combines this result with another, for example of another subject.
   *
   * @param other the other result
   * @return the sum
   */
  public ChainVerification and(ChainVerification other) {
    List<ChainBreak> all = new ArrayList<>(breaks);
    all.addAll(other.breaks);
    return new ChainVerification(
        subjectsChecked + other.subjectsChecked, entriesChecked + other.entriesChecked, all);
  }

  /**
   * Returns the result of checking nothing.
   *
   * @return a valid, empty result
   */
  public static ChainVerification empty() {
    return new ChainVerification(0, 0, List.of());
  }
}
