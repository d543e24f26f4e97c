package io.github.gdpr4j.core;

/** The exceptions of Art. 17(3) under which data is kept despite an erasure request. */
public enum ErasureExemption {
  /** Art. 17(3)(a): exercising the right of freedom of expression and information. */
  FREEDOM_OF_EXPRESSION("Art. 17(3)(a)"),
  /** Art. 17(3)(b): compliance with a legal obligation, or a task in the public interest. */
  LEGAL_OBLIGATION("Art. 17(3)(b)"),
  /** Art. 17(3)(c): public interest in the area of public health. */
  PUBLIC_HEALTH("Art. 17(3)(c)"),
  /** Art. 17(3)(d): archiving in the public interest, research or statistics (Art. 89(1)). */
  ARCHIVING_RESEARCH_STATISTICS("Art. 17(3)(d)"),
  /** Art. 17(3)(e): establishment, exercise or defence of legal claims. */
  LEGAL_CLAIMS("Art. 17(3)(e)");

  private final String article;

  ErasureExemption(String article) {
    this.article = article;
  }

  /**
   * Returns the article of the exception.
   *
   * @return for example {@code "Art. 17(3)(e)"}
   */
  public String article() {
    return article;
  }
}
