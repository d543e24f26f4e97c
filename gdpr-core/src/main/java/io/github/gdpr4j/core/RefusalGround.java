package io.github.gdpr4j.core;

/** Why a controller refuses to act on a request. */
public enum RefusalGround {
  /** The request is manifestly unfounded (Art. 12(5)(b)); the controller bears the burden. */
  MANIFESTLY_UNFOUNDED("Art. 12(5)"),
  /** The request is excessive, in particular because repetitive (Art. 12(5)(b)). */
  EXCESSIVE("Art. 12(5)"),
  /** The controller demonstrates it cannot identify the subject (Art. 11(2), Art. 12(2)). */
  SUBJECT_NOT_IDENTIFIABLE("Art. 11(2)");

  private final String article;

  RefusalGround(String article) {
    this.article = article;
  }

  /**
   * Returns the article that allows the refusal.
   *
   * @return for example {@code "Art. 12(5)"}
   */
  public String article() {
    return article;
  }
}
