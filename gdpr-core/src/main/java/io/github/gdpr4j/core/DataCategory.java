package io.github.gdpr4j.core;

/**
 * A category of personal data processed for a purpose (Art. 30(1)(c)), as the controller names it:
 * {@code "identity"}, {@code "contact details"}, {@code "billing"}. Special categories (Art. 9) are
 * declared separately as {@link SpecialCategory}.
 *
 * @param name 1 to 200 characters, not blank, no control characters
 */
public record DataCategory(String name) {

  /**
   * Validates the name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if it is blank, too long or holds control characters
   */
  public DataCategory {
    Labels.label("data category", name);
  }

  /**
   * Returns the category named {@code name}.
   *
   * @param name the name
   * @return the category
   */
  public static DataCategory of(String name) {
    return new DataCategory(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
