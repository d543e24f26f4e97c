package io.github.gdpr4j.core;

/** Why an identifier is on the suppression list. */
public enum SuppressionReason {
  /** The subject objected to processing or to direct marketing (Art. 21). */
  OBJECTION("Art. 21"),
  /** The subject's data was erased (Art. 17); the entry keeps a re-import from reviving it. */
  ERASURE("Art. 17"),
  /** The subject withdrew consent to prospecting (Art. 7(3)). */
  CONSENT_WITHDRAWN("Art. 7(3)");

  private final String article;

  SuppressionReason(String article) {
    this.article = article;
  }

  /**
   * Returns the article behind this reason.
   *
   * @return for example {@code "Art. 21"}
   */
  public String article() {
    return article;
  }
}
