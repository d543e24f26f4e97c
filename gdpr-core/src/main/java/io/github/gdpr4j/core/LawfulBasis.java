package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * A purpose's Art. 6(1) legal basis together with the documentation that basis requires (see {@link
 * LegalBasis#requiredDocumentation()}). One record per basis, so that a basis cannot be declared
 * without its documentation.
 *
 * <p>Built by {@link Purpose.Builder}, which reports missing documentation as a configuration
 * problem; the records themselves reject null and blank values.
 */
public sealed interface LawfulBasis
    permits LawfulBasis.Consent,
        LawfulBasis.Contract,
        LawfulBasis.LegalObligation,
        LawfulBasis.VitalInterests,
        LawfulBasis.PublicTask,
        LawfulBasis.LegitimateInterests {

  /**
   * Returns the Art. 6(1) basis.
   *
   * @return the basis
   */
  LegalBasis basis();

  /**
   * Art. 6(1)(a) consent.
   *
   * @param noticeVersion the version of the consent notice shown to the subject (Art. 7(1)), such
   *     as {@code "newsletter-2025-03"}
   * @param explicit whether the consent is explicit (needed for Art. 9(2)(a) and Art. 22(2)(c))
   */
  record Consent(String noticeVersion, boolean explicit) implements LawfulBasis {
    /**
     * Validates the notice version.
     *
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank, too long or holds control characters
     */
    public Consent {
      Labels.label("consent notice version", noticeVersion);
    }

    @Override
    public LegalBasis basis() {
      return LegalBasis.CONSENT;
    }
  }

  /**
   * Art. 6(1)(b) contract.
   *
   * @param contractReference the contract or terms the processing is necessary for
   */
  record Contract(String contractReference) implements LawfulBasis {
    /**
     * Validates the reference.
     *
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank, too long or holds control characters
     */
    public Contract {
      Labels.label("contract reference", contractReference);
    }

    @Override
    public LegalBasis basis() {
      return LegalBasis.CONTRACT;
    }
  }

  /**
   * Art. 6(1)(c) legal obligation.
   *
   * @param law the provision laying down the obligation (Art. 6(3)), such as {@code "Code de
   *     commerce, art. L123-22"}
   */
  record LegalObligation(String law) implements LawfulBasis {
    /**
     * Validates the law reference.
     *
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank, too long or holds control characters
     */
    public LegalObligation {
      Labels.label("law", law);
    }

    @Override
    public LegalBasis basis() {
      return LegalBasis.LEGAL_OBLIGATION;
    }
  }

  /** Art. 6(1)(d) vital interests: no further documentation. */
  record VitalInterests() implements LawfulBasis {
    @Override
    public LegalBasis basis() {
      return LegalBasis.VITAL_INTERESTS;
    }
  }

  /**
   * Art. 6(1)(e) public task.
   *
   * @param task the task and the law vesting it in the controller (Art. 6(3))
   */
  record PublicTask(String task) implements LawfulBasis {
    /**
     * Validates the task.
     *
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank, too long or holds control characters
     */
    public PublicTask {
      Labels.label("public task", task);
    }

    @Override
    public LegalBasis basis() {
      return LegalBasis.PUBLIC_TASK;
    }
  }

  /**
   * Art. 6(1)(f) legitimate interests.
   *
   * @param assessment the legitimate-interest assessment
   */
  record LegitimateInterests(LegitimateInterestAssessment assessment) implements LawfulBasis {
    /**
     * Checks the assessment is present.
     *
     * @throws NullPointerException if it is null
     */
    public LegitimateInterests {
      Objects.requireNonNull(assessment, "assessment");
    }

    @Override
    public LegalBasis basis() {
      return LegalBasis.LEGITIMATE_INTERESTS;
    }
  }
}
