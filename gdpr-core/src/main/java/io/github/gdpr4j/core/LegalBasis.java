package io.github.gdpr4j.core;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The six lawful bases of Art. 6(1) GDPR. Every purpose rests on exactly one; the basis decides
 * which rights the data subject has and what the controller must document.
 *
 * <p>{@link #rightRule(DataSubjectRight)} encodes the rights matrix: for each right, whether the
 * basis opens it, closes it, or opens it subject to an exception, with the article that says so.
 * The matrix holds for the basis alone; a direct-marketing purpose adds the absolute right to
 * object of Art. 21(2)–(3) whatever its basis (see {@code Purpose#rightRule}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum LegalBasis {
  /** Art. 6(1)(a): the data subject has given consent to processing for the purpose. */
  CONSENT("Art. 6(1)(a)", Documentation.CONSENT_NOTICE_VERSION),
  /** Art. 6(1)(b): necessary for a contract with the data subject or steps before entering one. */
  CONTRACT("Art. 6(1)(b)", Documentation.CONTRACT_REFERENCE),
  /** Art. 6(1)(c): necessary for compliance with a legal obligation of the controller. */
  LEGAL_OBLIGATION("Art. 6(1)(c)", Documentation.LAW),
  /** Art. 6(1)(d): necessary to protect the vital interests of a natural person. */
  VITAL_INTERESTS("Art. 6(1)(d)", null),
  /** Art. 6(1)(e): necessary for a task in the public interest or in official authority. */
  PUBLIC_TASK("Art. 6(1)(e)", Documentation.PUBLIC_TASK),
  /** Art. 6(1)(f): necessary for legitimate interests not overridden by the subject's. */
  LEGITIMATE_INTERESTS("Art. 6(1)(f)", Documentation.LEGITIMATE_INTEREST_ASSESSMENT);

  /** What the controller must record to rely on a basis (Art. 5(2) accountability). */
  public enum Documentation {
    /**
     * Consent: the version of the notice the subject consented to, so that the controller can
     * demonstrate what was consented to (Art. 7(1)).
     */
    CONSENT_NOTICE_VERSION("Art. 7(1)"),
    /** Contract: the reference of the contract or of the pre-contractual steps (Art. 6(1)(b)). */
    CONTRACT_REFERENCE("Art. 6(1)(b)"),
    /** Legal obligation: the Union or Member State law laying down the obligation (Art. 6(3)). */
    LAW("Art. 6(3)"),
    /** Public task: the task and the law that vests it in the controller (Art. 6(3)). */
    PUBLIC_TASK("Art. 6(3)"),
    /**
     * Legitimate interests: the legitimate-interest assessment (LIA): the interest, the necessity
     * and the balancing against the subject's interests (Art. 6(1)(f), Recital 47).
     */
    LEGITIMATE_INTEREST_ASSESSMENT("Art. 6(1)(f)");

    private final String article;

    Documentation(String article) {
      this.article = article;
    }

    /**
     * Returns the article that requires this documentation.
     *
     * @return for example {@code "Art. 6(3)"}
     */
    public String article() {
      return article;
    }
  }

  private final String article;
  private final @Nullable Documentation documentation;

  LegalBasis(String article, @Nullable Documentation documentation) {
    this.article = article;
    this.documentation = documentation;
  }

  /**
   * Returns the article reference of this basis.
   *
   * @return for example {@code "Art. 6(1)(a)"}
   */
  public String article() {
    return article;
  }

  /**
   * Returns what the controller must document to rely on this basis.
   *
   * @return the documentation, or empty for {@link #VITAL_INTERESTS}, which needs none beyond the
   *     purpose itself
   */
  public Optional<Documentation> requiredDocumentation() {
    return Optional.ofNullable(documentation);
  }

  /**
   * Tells whether the subject can withdraw the processing at any time (Art. 7(3)): consent only.
   *
   * @return true only for {@link #CONSENT}
   */
  public boolean allowsWithdrawal() {
    return this == CONSENT;
  }

  /**
   * Tells whether the right to data portability applies (Art. 20(1)(a)): consent or contract, when
   * the processing is carried out by automated means.
   *
   * @return true for {@link #CONSENT} and {@link #CONTRACT}
   */
  public boolean grantsPortability() {
    return this == CONSENT || this == CONTRACT;
  }

  /**
   * Tells whether the subject may object on grounds relating to their particular situation (Art.
   * 21(1)): public task and legitimate interests. Direct marketing opens an objection on any basis
   * (Art. 21(2)); that is a property of the purpose, not of the basis.
   *
   * @return true for {@link #PUBLIC_TASK} and {@link #LEGITIMATE_INTERESTS}
   */
  public boolean allowsObjection() {
    return this == PUBLIC_TASK || this == LEGITIMATE_INTERESTS;
  }

  /**
   * Returns the rights this basis opens, fully or subject to an exception.
   *
   * @return the rights whose rule is not {@link RightRule.Availability#NO}; a new mutable set
   */
  public Set<DataSubjectRight> rights() {
    Set<DataSubjectRight> rights = EnumSet.noneOf(DataSubjectRight.class);
    for (DataSubjectRight r : DataSubjectRight.values()) {
      if (rightRule(r).isOpen()) {
        rights.add(r);
      }
    }
    return rights;
  }

  /**
   * Tells how {@code right} applies to processing on this basis, and under which article.
   *
   * <ul>
   *   <li>Access (Art. 15), rectification (Art. 16) and restriction (Art. 18(1)) apply on every
   *       basis.
   *   <li>Erasure (Art. 17): after withdrawal of consent (Art. 17(1)(b)); after an objection to a
   *       legitimate-interest purpose (Art. 17(1)(c)); once the data is no longer necessary for a
   *       contract or vital interests (Art. 17(1)(a)); not where processing is necessary for a
   *       legal obligation or a public task (Art. 17(3)(b)).
   *   <li>Portability (Art. 20(1)(a)): consent and contract only; never a public task (Art. 20(3)).
   *   <li>Objection (Art. 21(1)): public task and legitimate interests only.
   *   <li>Automated individual decisions (Art. 22(1)) apply on every basis, with the exceptions of
   *       Art. 22(2)(a) contract, (b) law and (c) explicit consent.
   *   <li>Withdrawal of consent (Art. 7(3)): consent only.
   * </ul>
   *
   * @param right the right
   * @return the rule, never null
   * @throws NullPointerException if {@code right} is null
   */
  public RightRule rightRule(DataSubjectRight right) {
    Objects.requireNonNull(right, "right");
    return switch (right) {
      case ACCESS -> RightRule.yes(right, "Art. 15(1)");
      case RECTIFICATION -> RightRule.yes(right, "Art. 16");
      case RESTRICTION -> RightRule.yes(right, "Art. 18(1)");
      case ERASURE ->
          switch (this) {
            case CONSENT -> RightRule.yes(right, "Art. 17(1)(b)");
            case CONTRACT, VITAL_INTERESTS -> RightRule.yes(right, "Art. 17(1)(a)");
            case LEGITIMATE_INTERESTS -> RightRule.yes(right, "Art. 17(1)(c)");
            case LEGAL_OBLIGATION, PUBLIC_TASK -> RightRule.no(right, "Art. 17(3)(b)");
          };
      case PORTABILITY ->
          switch (this) {
            case CONSENT, CONTRACT -> RightRule.yes(right, "Art. 20(1)(a)");
            case PUBLIC_TASK -> RightRule.no(right, "Art. 20(3)");
            case LEGAL_OBLIGATION, VITAL_INTERESTS, LEGITIMATE_INTERESTS ->
                RightRule.no(right, "Art. 20(1)(a)");
          };
      case OBJECTION -> RightRule.of(right, allowsObjection(), "Art. 21(1)");
      case NO_AUTOMATED_DECISION ->
          switch (this) {
            case CONTRACT -> RightRule.limited(right, "Art. 22(2)(a)");
            case LEGAL_OBLIGATION -> RightRule.limited(right, "Art. 22(2)(b)");
            case CONSENT -> RightRule.limited(right, "Art. 22(2)(c)");
            case VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS ->
                RightRule.yes(right, "Art. 22(1)");
          };
      case WITHDRAW_CONSENT -> RightRule.of(right, allowsWithdrawal(), "Art. 7(3)");
    };
  }
}
