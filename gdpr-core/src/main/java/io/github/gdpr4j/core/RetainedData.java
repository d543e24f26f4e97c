package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * Data a handler kept when asked to erase, and why (Art. 17(3)).
 *
 * @param category the data category kept, such as {@code "invoices"}; 1 to 128 characters
 * @param exemption the Art. 17(3) exception relied on
 * @param until a short description of how long it is kept, such as {@code "10 years after the
 *     financial year (Code de commerce L123-22)"}; 1 to 256 characters, no personal data
 */
public record RetainedData(String category, ErasureExemption exemption, String until) {

  /**
   * Validates the entry.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a text is blank or too long
   */
  public RetainedData {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(exemption, "exemption");
    Objects.requireNonNull(until, "until");
    Ids.check("retained data category", category, 128);
    Ids.check("retained data until", until, 256);
  }
}
