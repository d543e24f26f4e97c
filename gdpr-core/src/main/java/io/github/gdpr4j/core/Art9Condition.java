package io.github.gdpr4j.core;

/**
 * The conditions of Art. 9(2)(a)–(j) under which special-category data ({@link SpecialCategory})
 * may be processed. A purpose that processes special categories names exactly one; it comes in
 * addition to the Art. 6(1) legal basis, not instead of it.
 */
public enum Art9Condition {
  /** Art. 9(2)(a): explicit consent for one or more specified purposes. */
  EXPLICIT_CONSENT("Art. 9(2)(a)"),
  /** Art. 9(2)(b): obligations and rights in employment, social security and social protection. */
  EMPLOYMENT_AND_SOCIAL_PROTECTION("Art. 9(2)(b)"),
  /** Art. 9(2)(c): vital interests of a subject physically or legally incapable of consenting. */
  VITAL_INTERESTS_OF_INCAPABLE_SUBJECT("Art. 9(2)(c)"),
  /** Art. 9(2)(d): members of a not-for-profit body with a political, religious or union aim. */
  NOT_FOR_PROFIT_BODY_MEMBERS("Art. 9(2)(d)"),
  /** Art. 9(2)(e): data manifestly made public by the data subject. */
  MANIFESTLY_MADE_PUBLIC("Art. 9(2)(e)"),
  /** Art. 9(2)(f): establishment, exercise or defence of legal claims, or courts. */
  LEGAL_CLAIMS("Art. 9(2)(f)"),
  /** Art. 9(2)(g): substantial public interest on the basis of Union or Member State law. */
  SUBSTANTIAL_PUBLIC_INTEREST("Art. 9(2)(g)"),
  /** Art. 9(2)(h): preventive or occupational medicine, health or social care. */
  HEALTH_OR_SOCIAL_CARE("Art. 9(2)(h)"),
  /** Art. 9(2)(i): public interest in the area of public health. */
  PUBLIC_HEALTH("Art. 9(2)(i)"),
  /**
   * Art. 9(2)(j): archiving in the public interest, scientific or historical research, statistics.
   */
  ARCHIVING_RESEARCH_OR_STATISTICS("Art. 9(2)(j)");

  private final String article;

  Art9Condition(String article) {
    this.article = article;
  }

  /**
   * Returns the article reference of this condition.
   *
   * @return for example {@code "Art. 9(2)(a)"}
   */
  public String article() {
    return article;
  }
}
