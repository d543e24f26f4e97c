package io.github.gdpr4j.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A processing purpose (Art. 5(1)(b)): why the controller holds personal data, on which Art. 6(1)
 * basis, which data about whom, who receives it, where it goes outside the EEA, how long it is kept
 * and which further purposes are compatible with it (Art. 6(4)).
 *
 * <p>Built with {@link #builder(PurposeId)}, normally inside a {@link PurposeRegistry}:
 *
 * <pre>{@code
 * Purpose.builder(PurposeId.of("newsletter"))
 *     .description("Lettre d'information", "Newsletter")
 *     .consent("newsletter-notice-v3")
 *     .dataCategories("identity", "e-mail address")
 *     .subjectCategories("customers", "prospects")
 *     .retention(RetentionRule.of(Period.ofYears(3), RetentionEvent.CONSENT_WITHDRAWAL, RetentionAction.DELETE))
 *     .directMarketing(true)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Purpose {

  private final PurposeId id;
  private final PurposeDescription description;
  private final LawfulBasis lawfulBasis;
  private final List<DataCategory> dataCategories;
  private final Set<SpecialCategory> specialCategories;
  private final @Nullable Art9Condition art9Condition;
  private final @Nullable String criminalDataAuthority;
  private final @Nullable String consentNotice;
  private final List<SubjectCategory> subjectCategories;
  private final List<Recipient> recipients;
  private final List<Transfer> transfers;
  private final RetentionRule retention;
  private final boolean directMarketing;
  private final Map<PurposeId, CompatibilityAssessment> compatiblePurposes;

  private Purpose(Builder b, PurposeDescription description, LawfulBasis lawfulBasis) {
    this.id = b.id;
    this.description = description;
    this.lawfulBasis = lawfulBasis;
    this.dataCategories = List.copyOf(b.dataCategories);
    this.specialCategories =
        Collections.unmodifiableSet(
            b.specialCategories.isEmpty()
                ? EnumSet.noneOf(SpecialCategory.class)
                : EnumSet.copyOf(b.specialCategories));
    this.art9Condition = b.art9Condition;
    this.criminalDataAuthority = b.criminalDataAuthority;
    this.consentNotice = b.consentNotice;
    this.subjectCategories = List.copyOf(b.subjectCategories);
    this.recipients = List.copyOf(b.recipients);
    this.transfers = List.copyOf(b.transfers);
    this.retention = Objects.requireNonNull(b.retention);
    this.directMarketing = b.directMarketing;
    this.compatiblePurposes = Collections.unmodifiableMap(new LinkedHashMap<>(b.compatible));
  }

  /**
   * Starts a purpose.
   *
   * @param id the purpose id
   * @return a new builder
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(PurposeId id) {
    return new Builder(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the stable id.
   *
   * @return the id
   */
  public PurposeId id() {
    return id;
  }

  /**
   * Returns the description in French and English.
   *
   * @return the description
   */
  public PurposeDescription description() {
    return description;
  }

  /**
   * Returns the legal basis with its documentation.
   *
   * @return the lawful basis
   */
  public LawfulBasis lawfulBasis() {
    return lawfulBasis;
  }

  /**
   * Returns the Art. 6(1) basis.
   *
   * @return the basis
   */
  public LegalBasis legalBasis() {
    return lawfulBasis.basis();
  }

  /**
   * Returns the categories of personal data, in declaration order.
   *
   * @return the categories; unmodifiable
   */
  public List<DataCategory> dataCategories() {
    return dataCategories;
  }

  /**
   * Returns the special categories of data processed (Art. 9(1)).
   *
   * @return the categories, possibly empty; unmodifiable
   */
  public Set<SpecialCategory> specialCategories() {
    return specialCategories;
  }

  /**
   * Returns the Art. 9(2) condition for the special categories.
   *
   * @return the condition; present exactly when special categories are processed
   */
  public Optional<Art9Condition> art9Condition() {
    return Optional.ofNullable(art9Condition);
  }

  /**
   * Returns the authority under which criminal-conviction data is processed (Art. 10): the official
   * authority or the law that authorises it.
   *
   * @return the authority, or empty when the purpose processes no such data
   */
  public Optional<String> criminalDataAuthority() {
    return Optional.ofNullable(criminalDataAuthority);
  }

  /**
   * Returns the consent notice version when consent must be checked: for a consent-based purpose,
   * and for a purpose whose special categories rest on explicit consent (Art. 9(2)(a)).
   *
   * @return the version, or empty when processing does not depend on consent
   */
  public Optional<String> consentNoticeVersion() {
    return Optional.ofNullable(consentNotice);
  }

  /**
   * Tells whether processing needs the subject's valid consent: the basis is consent (Art. 6(1)(a))
   * or special categories rest on explicit consent (Art. 9(2)(a)).
   *
   * @return true when the processing guard must check consent
   */
  public boolean requiresConsent() {
    return legalBasis() == LegalBasis.CONSENT || art9Condition == Art9Condition.EXPLICIT_CONSENT;
  }

  /**
   * Returns the categories of data subjects, in declaration order.
   *
   * @return the categories; unmodifiable
   */
  public List<SubjectCategory> subjectCategories() {
    return subjectCategories;
  }

  /**
   * Returns the recipients.
   *
   * @return the recipients, possibly empty; unmodifiable
   */
  public List<Recipient> recipients() {
    return recipients;
  }

  /**
   * Returns the transfers outside the EEA.
   *
   * @return the transfers, possibly empty; unmodifiable
   */
  public List<Transfer> transfers() {
    return transfers;
  }

  /**
   * Returns the retention rule (Art. 5(1)(e)).
   *
   * @return the rule
   */
  public RetentionRule retention() {
    return retention;
  }

  /**
   * Tells whether the purpose is direct marketing, which opens the absolute right to object (Art.
   * 21(2)–(3)).
   *
   * @return true for direct marketing
   */
  public boolean isDirectMarketing() {
    return directMarketing;
  }

  /**
   * Returns the further purposes declared compatible with this one (Art. 6(4)), each with its
   * recorded assessment.
   *
   * @return the further purposes in declaration order; unmodifiable
   */
  public Map<PurposeId, CompatibilityAssessment> compatiblePurposes() {
    return compatiblePurposes;
  }

  /**
   * Tells how {@code right} applies to this purpose: the rule of its legal basis, except that a
   * direct-marketing purpose always opens the right to object (Art. 21(2)).
   *
   * @param right the right
   * @return the rule
   * @throws NullPointerException if {@code right} is null
   */
  public RightRule rightRule(DataSubjectRight right) {
    Objects.requireNonNull(right, "right");
    if (right == DataSubjectRight.OBJECTION && directMarketing) {
      return RightRule.yes(right, "Art. 21(2)");
    }
    return legalBasis().rightRule(right);
  }

  @Override
  public String toString() {
    return "Purpose[" + id + ", " + legalBasis() + "]";
  }

  /**
   * Collects a purpose's settings. Setters reject malformed values at once (null, blank or too long
   * labels, through the value types); missing, incomplete or inconsistent settings are collected
   * and reported together by {@link #build()} or by {@link PurposeRegistry.Builder#build()}.
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private final PurposeId id;
    private @Nullable String descriptionFr;
    private @Nullable String descriptionEn;
    private @Nullable LegalBasis legalBasis;
    private @Nullable String consentNotice;
    private boolean explicitConsent;
    private @Nullable String contractReference;
    private @Nullable String law;
    private @Nullable String task;
    private @Nullable LegitimateInterestAssessment lia;
    private final List<DataCategory> dataCategories = new ArrayList<>();
    private final List<SpecialCategory> specialCategories = new ArrayList<>();
    private @Nullable Art9Condition art9Condition;
    private @Nullable String criminalDataAuthority;
    private final List<SubjectCategory> subjectCategories = new ArrayList<>();
    private final List<Recipient> recipients = new ArrayList<>();
    private final List<Transfer> transfers = new ArrayList<>();
    private @Nullable RetentionRule retention;
    private boolean directMarketing;
    private final Map<PurposeId, CompatibilityAssessment> compatible = new LinkedHashMap<>();
    private final List<String> builderProblems = new ArrayList<>();
    private final List<String> builderProblemFields = new ArrayList<>();

    private Builder(PurposeId id) {
      this.id = id;
    }

    /**
     * Returns the id of the purpose being built.
     *
     * @return the id
     */
    public PurposeId id() {
      return id;
    }

    /**
     * Sets the description.
     *
     * @param fr the French text
     * @param en the English text
     * @return this builder
     */
    public Builder description(String fr, String en) {
      this.descriptionFr = Objects.requireNonNull(fr, "fr");
      this.descriptionEn = Objects.requireNonNull(en, "en");
      return this;
    }

    /**
     * Sets the Art. 6(1) basis; its documentation is set with {@link #consentNotice}, {@link
     * #contractReference}, {@link #law}, {@link #task} or {@link #legitimateInterestAssessment}.
     * The shortcuts {@link #consent}, {@link #contract}, {@link #legalObligation}, {@link
     * #vitalInterests}, {@link #publicTask} and {@link #legitimateInterests} set both.
     *
     * @param basis the basis
     * @return this builder
     */
    public Builder legalBasis(LegalBasis basis) {
      this.legalBasis = Objects.requireNonNull(basis, "basis");
      return this;
    }

    /**
     * Sets the version of the consent notice (Art. 7(1)).
     *
     * @param version the notice version
     * @return this builder
     */
    public Builder consentNotice(String version) {
      this.consentNotice = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Marks the consent as explicit (Art. 9(2)(a), Art. 22(2)(c)).
     *
     * @return this builder
     */
    public Builder explicitConsent() {
      this.explicitConsent = true;
      return this;
    }

    /**
     * Sets the contract reference for an Art. 6(1)(b) purpose.
     *
     * @param reference the contract or terms
     * @return this builder
     */
    public Builder contractReference(String reference) {
      this.contractReference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    /**
     * Sets the law for an Art. 6(1)(c) purpose (Art. 6(3)).
     *
     * @param law the provision
     * @return this builder
     */
    public Builder law(String law) {
      this.law = Objects.requireNonNull(law, "law");
      return this;
    }

    /**
     * Sets the public task for an Art. 6(1)(e) purpose (Art. 6(3)).
     *
     * @param task the task and the law vesting it
     * @return this builder
     */
    public Builder task(String task) {
      this.task = Objects.requireNonNull(task, "task");
      return this;
    }

    /**
     * Sets the legitimate-interest assessment for an Art. 6(1)(f) purpose.
     *
     * @param assessment the LIA
     * @return this builder
     */
    public Builder legitimateInterestAssessment(LegitimateInterestAssessment assessment) {
      this.lia = Objects.requireNonNull(assessment, "assessment");
      return this;
    }

    /**
     * Rests the purpose on consent (Art. 6(1)(a)).
     *
     * @param noticeVersion the version of the consent notice
     * @return this builder
     */
    public Builder consent(String noticeVersion) {
      return legalBasis(LegalBasis.CONSENT).consentNotice(noticeVersion);
    }

    /**
     * Rests the purpose on a contract (Art. 6(1)(b)).
     *
     * @param contractReference the contract or terms
     * @return this builder
     */
    public Builder contract(String contractReference) {
      return legalBasis(LegalBasis.CONTRACT).contractReference(contractReference);
    }

    /**
     * Rests the purpose on a legal obligation (Art. 6(1)(c)).
     *
     * @param law the provision laying down the obligation
     * @return this builder
     */
    public Builder legalObligation(String law) {
      return legalBasis(LegalBasis.LEGAL_OBLIGATION).law(law);
    }

    /**
     * Rests the purpose on vital interests (Art. 6(1)(d)).
     *
     * @return this builder
     */
    public Builder vitalInterests() {
      return legalBasis(LegalBasis.VITAL_INTERESTS);
    }

    /**
     * Rests the purpose on a public task (Art. 6(1)(e)).
     *
     * @param task the task and the law vesting it
     * @return this builder
     */
    public Builder publicTask(String task) {
      return legalBasis(LegalBasis.PUBLIC_TASK).task(task);
    }

    /**
     * Rests the purpose on legitimate interests (Art. 6(1)(f)).
     *
     * @param assessment the legitimate-interest assessment
     * @return this builder
     */
    public Builder legitimateInterests(LegitimateInterestAssessment assessment) {
      return legalBasis(LegalBasis.LEGITIMATE_INTERESTS).legitimateInterestAssessment(assessment);
    }

    /**
     * Adds categories of personal data.
     *
     * @param names the category names
     * @return this builder
     * @throws IllegalArgumentException if a name is blank, too long or holds control characters
     */
    public Builder dataCategories(String... names) {
      for (String n : Objects.requireNonNull(names, "names")) {
        dataCategories.add(DataCategory.of(n));
      }
      return this;
    }

    /**
     * Adds special categories of data (Art. 9(1)); an Art. 9(2) condition is then required.
     *
     * @param categories the categories
     * @return this builder
     */
    public Builder specialCategories(SpecialCategory... categories) {
      for (SpecialCategory c : Objects.requireNonNull(categories, "categories")) {
        specialCategories.add(Objects.requireNonNull(c, "special category"));
      }
      return this;
    }

    /**
     * Sets the Art. 9(2) condition for the special categories.
     *
     * @param condition the condition
     * @return this builder
     */
    public Builder art9Condition(Art9Condition condition) {
      this.art9Condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /**
     * Declares that the purpose processes personal data relating to criminal convictions and
     * offences (Art. 10).
     *
     * @param authority the official authority, or the Union or Member State law authorising it
     * @return this builder
     */
    public Builder criminalData(String authority) {
      this.criminalDataAuthority = Objects.requireNonNull(authority, "authority");
      return this;
    }

    /**
     * Adds categories of data subjects.
     *
     * @param names the category names
     * @return this builder
     * @throws IllegalArgumentException if a name is blank, too long or holds control characters
     */
    public Builder subjectCategories(String... names) {
      for (String n : Objects.requireNonNull(names, "names")) {
        subjectCategories.add(SubjectCategory.of(n));
      }
      return this;
    }

    /**
     * Adds recipients.
     *
     * @param recipients the recipients
     * @return this builder
     */
    public Builder recipients(Recipient... recipients) {
      for (Recipient r : Objects.requireNonNull(recipients, "recipients")) {
        this.recipients.add(Objects.requireNonNull(r, "recipient"));
      }
      return this;
    }

    /**
     * Adds a transfer outside the EEA.
     *
     * @param transfer the transfer
     * @return this builder
     */
    public Builder transfer(Transfer transfer) {
      transfers.add(Objects.requireNonNull(transfer, "transfer"));
      return this;
    }

    /**
     * Sets the retention rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder retention(RetentionRule rule) {
      this.retention = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets whether the purpose is direct marketing (Art. 21(2)).
     *
     * @param directMarketing true for direct marketing
     * @return this builder
     */
    public Builder directMarketing(boolean directMarketing) {
      this.directMarketing = directMarketing;
      return this;
    }

    /**
     * Declares {@code further} a purpose compatible with this one (Art. 6(4)): data collected for
     * this purpose may then also be processed for {@code further}.
     *
     * @param further the further purpose
     * @param assessment the recorded compatibility assessment
     * @return this builder
     */
    public Builder compatibleWith(PurposeId further, CompatibilityAssessment assessment) {
      Objects.requireNonNull(further, "further");
      Objects.requireNonNull(assessment, "assessment");
      if (compatible.putIfAbsent(further, assessment) != null) {
        problem("compatiblePurposes", "further purpose '" + further + "' declared twice");
      }
      return this;
    }

    /**
     * Builds the purpose alone. Cross-purpose checks (unknown further purposes, duplicates) need
     * the registry: prefer {@link PurposeRegistry.Builder#purpose(Builder)}.
     *
     * @return the purpose
     * @throws GdprConfigurationException listing every problem of this purpose
     */
    public Purpose build() {
      List<PurposeProblem> problems = new ArrayList<>();
      validate(0, problems);
      if (!problems.isEmpty()) {
        List<String> messages = new ArrayList<>();
        for (PurposeProblem p : problems) {
          messages.add(p.toString());
        }
        throw new GdprConfigurationException(messages);
      }
      return buildValidated();
    }

    private void problem(String field, String message) {
      builderProblemFields.add(field);
      builderProblems.add(message);
    }

    /** Adds this purpose's own problems to {@code out}. */
    void validate(int index, List<PurposeProblem> out) {
      String p = id.value();
      for (int i = 0; i < builderProblems.size(); i++) {
        out.add(new PurposeProblem(index, p, builderProblemFields.get(i), builderProblems.get(i)));
      }
      if (descriptionFr == null || descriptionEn == null) {
        out.add(
            new PurposeProblem(
                index,
                p,
                "description",
                "no description in French and English (Art. 13(1)(c), Art. 30(1)(b))"));
      } else {
        try {
          PurposeDescription.of(descriptionFr, descriptionEn);
        } catch (IllegalArgumentException e) {
          out.add(new PurposeProblem(index, p, "description", e.getMessage()));
        }
      }
      validateBasis(index, out);
      validateCategories(index, out);
      if (retention == null) {
        out.add(
            new PurposeProblem(
                index, p, "retention", "no retention rule (Art. 5(1)(e), Art. 30(1)(f))"));
      } else if (retention.from() == RetentionEvent.CONSENT_WITHDRAWAL
          && legalBasis != null
          && legalBasis != LegalBasis.CONSENT) {
        out.add(
            new PurposeProblem(
                index,
                p,
                "retention",
                "the retention period runs from the withdrawal of consent, but the legal basis is "
                    + legalBasis
                    + " ("
                    + legalBasis.article()
                    + ")"));
      }
      for (Map.Entry<PurposeId, CompatibilityAssessment> e : compatible.entrySet()) {
        if (e.getKey().equals(id)) {
          out.add(
              new PurposeProblem(
                  index,
                  p,
                  "compatiblePurposes",
                  "a purpose cannot be declared a further purpose of itself (Art. 6(4))"));
        }
        List<String> missing = e.getValue().missingFactors();
        if (!missing.isEmpty()) {
          out.add(
              new PurposeProblem(
                  index,
                  p,
                  "compatiblePurposes",
                  "further purpose '"
                      + e.getKey()
                      + "' is not shown compatible: its assessment does not record "
                      + String.join(", ", missing)
                      + " (Art. 6(4))"));
        }
      }
    }

    private void validateBasis(int index, List<PurposeProblem> out) {
      String p = id.value();
      if (legalBasis == null) {
        out.add(new PurposeProblem(index, p, "legalBasis", "no legal basis (Art. 6(1))"));
      }
      boolean consentNeeded =
          legalBasis == LegalBasis.CONSENT || art9Condition == Art9Condition.EXPLICIT_CONSENT;
      if (consentNeeded && isBlank(consentNotice)) {
        out.add(
            new PurposeProblem(
                index,
                p,
                "consentNotice",
                (legalBasis == LegalBasis.CONSENT
                        ? "a consent-based purpose (Art. 6(1)(a))"
                        : "explicit consent for special categories (Art. 9(2)(a))")
                    + " needs the version of the consent notice shown (Art. 7(1))"));
      }
      if (!consentNeeded && consentNotice != null) {
        out.add(misplaced(index, "consentNotice"));
      }
      checkLabel(index, out, "consentNotice", consentNotice);
      requireDoc(index, out, LegalBasis.CONTRACT, contractReference, "contractReference");
      requireDoc(index, out, LegalBasis.LEGAL_OBLIGATION, law, "law");
      requireDoc(index, out, LegalBasis.PUBLIC_TASK, task, "task");
      if (legalBasis == LegalBasis.LEGITIMATE_INTERESTS) {
        if (lia == null) {
          out.add(
              new PurposeProblem(
                  index,
                  p,
                  "legitimateInterestAssessment",
                  "legitimate interests (Art. 6(1)(f)) without a legitimate-interest assessment"
                      + " (LIA)"));
        } else if (!lia.missingParts().isEmpty()) {
          out.add(
              new PurposeProblem(
                  index,
                  p,
                  "legitimateInterestAssessment",
                  "the legitimate-interest assessment does not record "
                      + String.join(", ", lia.missingParts())
                      + " (Art. 6(1)(f))"));
        }
      } else if (lia != null && legalBasis != null) {
        out.add(misplaced(index, "legitimateInterestAssessment"));
      }
    }

    private void requireDoc(
        int index, List<PurposeProblem> out, LegalBasis basis, @Nullable String value, String f) {
      if (legalBasis == basis) {
        if (isBlank(value)) {
          LegalBasis.Documentation doc = basis.requiredDocumentation().orElseThrow();
          out.add(
              new PurposeProblem(
                  index,
                  id.value(),
                  f,
                  basis
                      + " ("
                      + basis.article()
                      + ") needs documentation: "
                      + doc
                      + " ("
                      + doc.article()
                      + ")"));
        } else {
          checkLabel(index, out, f, value);
        }
      } else if (value != null && legalBasis != null) {
        out.add(misplaced(index, f));
      }
    }

    /** Reports a present, non-blank value that is too long or holds control characters. */
    private void checkLabel(
        int index, List<PurposeProblem> out, String field, @Nullable String value) {
      if (value == null || value.isBlank()) {
        return;
      }
      try {
        Labels.label(field, value);
      } catch (IllegalArgumentException e) {
        out.add(new PurposeProblem(index, id.value(), field, e.getMessage()));
      }
    }

    private PurposeProblem misplaced(int index, String field) {
      return new PurposeProblem(
          index,
          id.value(),
          field,
          "documents another legal basis than "
              + legalBasis
              + "; remove it or fix the legal basis (Art. 5(2))");
    }

    private void validateCategories(int index, List<PurposeProblem> out) {
      String p = id.value();
      if (dataCategories.isEmpty() && specialCategories.isEmpty()) {
        out.add(
            new PurposeProblem(
                index, p, "dataCategories", "no categories of personal data (Art. 30(1)(c))"));
      }
      duplicates(index, out, "dataCategories", dataCategories);
      duplicates(index, out, "specialCategories", specialCategories);
      duplicates(index, out, "subjectCategories", subjectCategories);
      duplicates(index, out, "recipients", recipients);
      duplicates(index, out, "transfers", transfers);
      if (subjectCategories.isEmpty()) {
        out.add(
            new PurposeProblem(
                index, p, "subjectCategories", "no categories of data subjects (Art. 30(1)(c))"));
      }
      if (!specialCategories.isEmpty() && art9Condition == null) {
        out.add(
            new PurposeProblem(
                index,
                p,
                "art9Condition",
                "processes special categories "
                    + new LinkedHashSet<>(specialCategories)
                    + " without an Art. 9(2) condition (Art. 9(1))"));
      }
      if (specialCategories.isEmpty() && art9Condition != null) {
        out.add(
            new PurposeProblem(
                index,
                p,
                "art9Condition",
                "names Art. 9(2) condition "
                    + art9Condition
                    + " but declares no special category (Art. 9(1))"));
      }
      if (criminalDataAuthority != null && criminalDataAuthority.isBlank()) {
        out.add(
            new PurposeProblem(
                index,
                p,
                "criminalData",
                "criminal-conviction data needs the official authority or the law that"
                    + " authorises it (Art. 10)"));
      } else {
        checkLabel(index, out, "criminalData", criminalDataAuthority);
      }
    }

    private <T> void duplicates(int index, List<PurposeProblem> out, String field, List<T> values) {
      Set<T> seen = new LinkedHashSet<>();
      for (T v : values) {
        if (!seen.add(v)) {
          out.add(new PurposeProblem(index, id.value(), field, "duplicate entry '" + v + "'"));
        }
      }
    }

    private static boolean isBlank(@Nullable String s) {
      return s == null || s.isBlank();
    }

    /** The further purposes declared so far. */
    Set<PurposeId> furtherPurposes() {
      return compatible.keySet();
    }

    /** Builds a purpose whose {@link #validate} found no problem. */
    Purpose buildValidated() {
      PurposeDescription description =
          PurposeDescription.of(
              Objects.requireNonNull(descriptionFr), Objects.requireNonNull(descriptionEn));
      LegalBasis basis = Objects.requireNonNull(legalBasis);
      // Art. 9(2)(a) consent is explicit by definition
      boolean explicit = explicitConsent || art9Condition == Art9Condition.EXPLICIT_CONSENT;
      LawfulBasis lawful =
          switch (basis) {
            case CONSENT ->
                new LawfulBasis.Consent(Objects.requireNonNull(consentNotice), explicit);
            case CONTRACT -> new LawfulBasis.Contract(Objects.requireNonNull(contractReference));
            case LEGAL_OBLIGATION -> new LawfulBasis.LegalObligation(Objects.requireNonNull(law));
            case VITAL_INTERESTS -> new LawfulBasis.VitalInterests();
            case PUBLIC_TASK -> new LawfulBasis.PublicTask(Objects.requireNonNull(task));
            case LEGITIMATE_INTERESTS ->
                new LawfulBasis.LegitimateInterests(Objects.requireNonNull(lia));
          };
      return new Purpose(this, description, lawful);
    }
  }
}
