package io.github.gdpr4j.core;

/**
 * A category of data subjects (Art. 30(1)(c)), as the controller names it: {@code "prospects"},
 * {@code "customers"}, {@code "contacts at customer companies"}.
 *
 * @param name 1 to 200 characters, not blank, no control characters
 */
public record SubjectCategory(String name) {

  /**
   * Validates the name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if it is blank, too long or holds control characters
   */
  public SubjectCategory {
    Labels.label("subject category", name);
  }

  /**
   * Returns the category named {@code name}.
   *
   * @param name the name
   * @return the category
   */
  public static SubjectCategory of(String name) {
    return new SubjectCategory(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
