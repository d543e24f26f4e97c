package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * How one data-subject right applies to a processing, with the article that decides it: one cell of
 * the rights matrix (see {@link LegalBasis#rightRule(DataSubjectRight)}).
 *
 * @param right the right
 * @param availability whether the right applies
 * @param article the provision that opens, limits or closes the right, such as {@code "Art.
 *     17(3)(b)"}
 */
public record RightRule(DataSubjectRight right, Availability availability, String article) {

  /** Whether a right applies. */
  public enum Availability {
    /** The right applies. */
    YES,
    /**
     * The right applies, but the controller may rely on an exception the article names (for example
     * Art. 22(2)(a)–(c) for automated decisions), with the safeguards it requires.
     */
    LIMITED,
    /** The right does not apply to this processing. */
    NO
  }

  /**
   * Validates the rule.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the article is blank
   */
  public RightRule {
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(article, "article");
    if (article.isBlank()) {
      throw new IllegalArgumentException("a right rule needs an article");
    }
  }

  static RightRule yes(DataSubjectRight right, String article) {
    return new RightRule(right, Availability.YES, article);
  }

  static RightRule no(DataSubjectRight right, String article) {
    return new RightRule(right, Availability.NO, article);
  }

  static RightRule limited(DataSubjectRight right, String article) {
    return new RightRule(right, Availability.LIMITED, article);
  }

  static RightRule of(DataSubjectRight right, boolean applies, String article) {
    return new RightRule(right, applies ? Availability.YES : Availability.NO, article);
  }

  /**
   * Tells whether the subject can exercise the right, fully or subject to an exception.
   *
   * @return true unless {@link Availability#NO}
   */
  public boolean isOpen() {
    return availability != Availability.NO;
  }
}
