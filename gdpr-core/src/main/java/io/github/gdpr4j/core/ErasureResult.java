package io.github.gdpr4j.core;

import java.util.List;

/**
 * What a handler did on an erasure request (Art. 17): how many records it erased or anonymised, and
 * what it kept under which Art. 17(3) exception.
 *
 * @param erased how many records were erased or anonymised; not negative
 * @param kept the data kept and why
 */
public record ErasureResult(int erased, List<RetainedData> kept) {

  /**
   * Validates and copies the result.
   *
   * @throws IllegalArgumentException if {@code erased} is negative
   */
  public ErasureResult {
    if (erased < 0) {
      throw new IllegalArgumentException("erased count must not be negative: " + erased);
    }
    kept = List.copyOf(kept);
  }

  /**
   * A result where everything was erased.
   *
   * @param erased how many records
   * @return the result
   */
  public static ErasureResult erased(int erased) {
    return new ErasureResult(erased, List.of());
  }
}
