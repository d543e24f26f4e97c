package io.github.gdpr4j.core;

/** The grounds on which a data subject obtains restriction of processing (Art. 18(1)). */
public enum RestrictionGround {
  /** Art. 18(1)(a): the accuracy of the data is contested, while the controller verifies it. */
  ACCURACY_CONTESTED("Art. 18(1)(a)"),
  /** Art. 18(1)(b): processing is unlawful and the subject opposes erasure. */
  UNLAWFUL_PROCESSING("Art. 18(1)(b)"),
  /** Art. 18(1)(c): the subject needs the data for legal claims. */
  LEGAL_CLAIMS("Art. 18(1)(c)"),
  /** Art. 18(1)(d): an objection under Art. 21(1) is pending verification. */
  OBJECTION_PENDING("Art. 18(1)(d)");

  private final String article;

  RestrictionGround(String article) {
    this.article = article;
  }

  /**
   * Returns the article reference of this ground.
   *
   * @return for example {@code "Art. 18(1)(a)"}
   */
  public String article() {
    return article;
  }
}
