package io.github.gdpr4j.core;

/** The rights of the data subject (Chapter III GDPR) and the right to withdraw consent. */
public enum DataSubjectRight {
  /** Art. 15: access to the data and to the information about its processing. */
  ACCESS("Art. 15"),
  /** Art. 16: rectification of inaccurate data. */
  RECTIFICATION("Art. 16"),
  /** Art. 17: erasure ("right to be forgotten"). */
  ERASURE("Art. 17"),
  /** Art. 18: restriction of processing. */
  RESTRICTION("Art. 18"),
  /** Art. 20: data portability. */
  PORTABILITY("Art. 20"),
  /** Art. 21: objection. */
  OBJECTION("Art. 21"),
  /** Art. 22: not to be subject to a decision based solely on automated processing. */
  NO_AUTOMATED_DECISION("Art. 22"),
  /** Art. 7(3): withdrawal of consent, as easy as giving it. */
  WITHDRAW_CONSENT("Art. 7(3)");

  private final String article;

  DataSubjectRight(String article) {
    this.article = article;
  }

  /**
   * Returns the article that grants this right.
   *
   * @return for example {@code "Art. 20"}
   */
  public String article() {
    return article;
  }
}
