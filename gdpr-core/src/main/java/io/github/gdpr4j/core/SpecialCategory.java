package io.github.gdpr4j.core;

/**
 * The special categories of personal data of Art. 9(1), whose processing is prohibited unless one
 * of the conditions of Art. 9(2) applies ({@link Art9Condition}).
 */
public enum SpecialCategory {
  /** Data revealing racial or ethnic origin. */
  RACIAL_OR_ETHNIC_ORIGIN,
  /** Data revealing political opinions. */
  POLITICAL_OPINIONS,
  /** Data revealing religious or philosophical beliefs. */
  RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,
  /** Data revealing trade union membership. */
  TRADE_UNION_MEMBERSHIP,
  /** Genetic data (Art. 4(13)). */
  GENETIC_DATA,
  /** Biometric data processed for the purpose of uniquely identifying a person (Art. 4(14)). */
  BIOMETRIC_DATA_FOR_IDENTIFICATION,
  /** Data concerning health (Art. 4(15)). */
  HEALTH,
  /** Data concerning a natural person's sex life or sexual orientation. */
  SEX_LIFE_OR_SEXUAL_ORIENTATION;

  /**
   * Returns the article that lists this category.
   *
   * @return {@code "Art. 9(1)"}
   */
  public String article() {
    return "Art. 9(1)";
  }
}
