package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * Why processing was denied: a stable code for programs and the article that requires the denial.
 *
 * @param code the reason
 * @param article the provision, such as {@code "Art. 7(3)"}
 */
public record Reason(Code code, String article) {

  /** The reasons a processing guard denies processing. */
  public enum Code {
    /** The purpose is not declared in the registry, so the processing has no basis (Art. 6(1)). */
    NO_LEGAL_BASIS("Art. 6(1)"),
    /** Consent was never given or awaits confirmation (Art. 6(1)(a), Art. 7(1)). */
    CONSENT_MISSING("Art. 6(1)(a)"),
    /** Consent was withdrawn (Art. 7(3)). */
    CONSENT_WITHDRAWN("Art. 7(3)"),
    /** Consent expired without renewal (Art. 6(1)(a)). */
    CONSENT_EXPIRED("Art. 6(1)(a)"),
    /** The subject objected (Art. 21(1); Art. 21(3) for direct marketing). */
    OBJECTION_LODGED("Art. 21(1)"),
    /** Processing is restricted: storage only (Art. 18(2)). */
    PROCESSING_RESTRICTED("Art. 18(2)"),
    /** The retention period is over (Art. 5(1)(e)). */
    RETENTION_PERIOD_OVER("Art. 5(1)(e)"),
    /**
     * The start of the retention period is unknown, so the data cannot be shown to be within it
     * (Art. 5(1)(e), Art. 5(2)).
     */
    RETENTION_UNKNOWN("Art. 5(1)(e)"),
    /**
     * The data was collected for another purpose not shown compatible (Art. 6(4), Art. 5(1)(b)).
     */
    FURTHER_USE_INCOMPATIBLE("Art. 6(4)");

    private final String article;

    Code(String article) {
      this.article = article;
    }

    /**
     * Returns the article usually cited for this reason.
     *
     * @return for example {@code "Art. 7(3)"}
     */
    public String article() {
      return article;
    }
  }

  /**
   * Validates the reason.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the article is blank
   */
  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(article, "article");
    if (article.isBlank()) {
      throw new IllegalArgumentException("a reason needs an article");
    }
  }

  /**
   * Returns the reason with its usual article.
   *
   * @param code the code
   * @return the reason
   */
  public static Reason of(Code code) {
    return new Reason(code, code.article());
  }

  /**
   * Returns the form used in audit events.
   *
   * @return for example {@code "CONSENT_WITHDRAWN (Art. 7(3))"}
   */
  @Override
  public String toString() {
    return code + " (" + article + ")";
  }
}
