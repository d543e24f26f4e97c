package io.github.gdpr4j.core;

/**
 * The six lawful bases of Art. 6(1) GDPR. Every purpose rests on exactly one; the basis decides
 * which rights the data subject has and what the controller must document.
 */
public enum LegalBasis {
  /** Art. 6(1)(a): the data subject has given consent to processing for the purpose. */
  CONSENT("Art. 6(1)(a)"),
  /** Art. 6(1)(b): necessary for a contract with the data subject or steps before entering one. */
  CONTRACT("Art. 6(1)(b)"),
  /** Art. 6(1)(c): necessary for compliance with a legal obligation of the controller. */
  LEGAL_OBLIGATION("Art. 6(1)(c)"),
  /** Art. 6(1)(d): necessary to protect the vital interests of a natural person. */
  VITAL_INTERESTS("Art. 6(1)(d)"),
  /** Art. 6(1)(e): necessary for a task in the public interest or in official authority. */
  PUBLIC_TASK("Art. 6(1)(e)"),
  /** Art. 6(1)(f): necessary for legitimate interests not overridden by the subject's. */
  LEGITIMATE_INTERESTS("Art. 6(1)(f)");

  private final String article;

  LegalBasis(String article) {
    this.article = article;
  }

  /**
   * Returns the article reference of this basis.
   *
   * @return for example {@code "Art. 6(1)(a)"}
   */
  public String article() {
    return article;
  }
}
