package io.github.gdpr4j.text;

/**
 * The legal reason a finding is a problem in a free-comment field, with the GDPR article behind it.
 *
 * <p>Immutable and thread-safe.
 */
public enum KindGroup {
  /** Personal identifiers that belong in structured fields: data minimisation. */
  IDENTIFIER("Art. 5(1)(c)"),
  /** Special categories of personal data, processing forbidden by default. */
  SPECIAL_CATEGORY("Art. 9(1)"),
  /** Personal data relating to criminal convictions and offences. */
  CRIMINAL("Art. 10"),
  /** Insulting or subjective judgements: lawfulness, fairness and accuracy. */
  OFFENSIVE("Art. 5(1)(a),(d)");

  private final String article;

  KindGroup(String article) {
    this.article = article;
  }

  /**
   * Returns the GDPR article that makes this group a problem.
   *
   * @return the article reference, for example {@code "Art. 9(1)"}; never null
   */
  public String article() {
    return article;
  }
}
