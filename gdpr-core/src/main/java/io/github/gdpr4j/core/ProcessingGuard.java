package io.github.gdpr4j.core;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.ConsentLookup;
import io.github.gdpr4j.core.spi.ObjectionLookup;
import io.github.gdpr4j.core.spi.RestrictionLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers "may data of subject S be processed for purpose P now?" as a {@link Decision}, from the
 * {@link PurposeRegistry} and the consent, objection and restriction state read through the SPI.
 *
 * <pre>{@code
 * ProcessingGuard guard = ProcessingGuard.builder(registry)
 *     .consents(consentLedger)
 *     .objections(objectionRegister)
 *     .restrictions(restrictionRegister)
 *     .clock(clock)
 *     .build();
 * if (guard.decide(subject, PurposeId.of("newsletter")).isAllowed()) { ... }
 * }</pre>
 *
 * <p>Every check runs and every failing one adds a reason, in this order:
 *
 * <ol>
 *   <li>The purpose must be declared, else {@link Reason.Code#NO_LEGAL_BASIS} (Art. 6(1)); no other
 *       check runs.
 *   <li>Further use (Art. 6(4)): when the request names a collection purpose other than the
 *       purpose, the purpose must be declared compatible with it (with an assessment) or rest on
 *       consent, else {@link Reason.Code#FURTHER_USE_INCOMPATIBLE}.
 *   <li>Consent, for a consent-based purpose or special categories on explicit consent: only {@link
 *       ConsentStatus#GIVEN} allows (Art. 6(1)(a), Art. 7(3), Art. 9(2)(a)).
 *   <li>Objection, for a public-task or legitimate-interest purpose (Art. 21(1)) or any
 *       direct-marketing purpose (Art. 21(2)): a lodged objection denies; an overridden one allows
 *       (compelling legitimate grounds, Art. 21(1)) except for direct marketing, where objection is
 *       absolute (Art. 21(3)). Other bases give no right to object, so objections are not read.
 *   <li>Restriction (Art. 18(2)): while restricted only {@link Operation#STORE} is allowed.
 *   <li>Retention, when the request carries {@link RetentionFacts}: past the period (Art. 5(1)(e))
 *       only storage remains allowed, and only while the data is in the intermediate archive or
 *       under a legal hold (Art. 17(3)(e)); an unknown start denies everything but storage.
 * </ol>
 *
 * <p>Every decision is sent to the audit sink as an {@link AuditEvent} with action {@code
 * "decision"}. Lookups that throw make {@link #decide} throw: the guard fails closed, never open.
 *
 * <p>Immutable and thread-safe when the lookups and the sink are.
 */
public final class ProcessingGuard {

  /** The audit action of decisions. */
  public static final String AUDIT_ACTION = "decision";

  private final PurposeRegistry registry;
  private final @Nullable ConsentLookup consents;
  private final @Nullable ObjectionLookup objections;
  private final RestrictionLookup restrictions;
  private final AuditSink audit;
  private final Clock clock;

  private ProcessingGuard(Builder b) {
    this.registry = b.registry;
    this.consents = b.consents;
    this.objections = b.objections;
    this.restrictions = Objects.requireNonNull(b.restrictions);
    this.audit = b.audit;
    this.clock = b.clock;
  }

  /**
   * Starts a guard over {@code registry}.
   *
   * @param registry the purposes
   * @return a new builder
   */
  public static Builder builder(PurposeRegistry registry) {
    return new Builder(Objects.requireNonNull(registry, "registry"));
  }

  /**
   * Decides whether data of {@code subject}, collected for {@code purpose}, may be used for it now.
   *
   * @param subject the data subject
   * @param purpose the purpose
   * @return the decision, also sent to the audit sink
   * @throws NullPointerException if an argument is null
   */
  public Decision decide(SubjectId subject, PurposeId purpose) {
    return decide(ProcessingRequest.of(subject, purpose));
  }

  /**
   * Decides a request.
   *
   * @param request the request
   * @return the decision, also sent to the audit sink
   * @throws NullPointerException if {@code request} is null, or a lookup returns null
   */
  public Decision decide(ProcessingRequest request) {
    Objects.requireNonNull(request, "request");
    Instant now = clock.instant();
    List<Reason> reasons = new ArrayList<>();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("operation", request.operation().name());
    request.collectedFor().ifPresent(c -> details.put("collectionPurpose", c.value()));
    Optional<Purpose> found = registry.find(request.purpose());
    if (found.isEmpty()) {
      reasons.add(Reason.of(Reason.Code.NO_LEGAL_BASIS));
    } else {
      check(found.get(), request, now, reasons, details);
    }
    Decision decision =
        new Decision(request.subject(), request.purpose(), request.operation(), now, reasons);
    List<String> codes = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      codes.add(r.toString());
    }
    audit.record(
        new AuditEvent(
            now,
            AUDIT_ACTION,
            request.subject(),
            request.purpose(),
            decision.isAllowed() ? AuditEvent.Outcome.ALLOWED : AuditEvent.Outcome.DENIED,
            codes,
            request.actor(),
            details));
    return decision;
  }

  private void check(
      Purpose purpose,
      ProcessingRequest request,
      Instant now,
      List<Reason> reasons,
      Map<String, String> details) {
    SubjectId subject = request.subject();
    Operation op = request.operation();
    checkFurtherUse(purpose, request, reasons);
    if (purpose.requiresConsent()) {
      ConsentStatus status =
          Objects.requireNonNull(
              Objects.requireNonNull(consents).consentAt(subject, purpose.id(), now),
              "ConsentLookup returned null");
      String missingArticle =
          purpose.legalBasis() == LegalBasis.CONSENT ? "Art. 6(1)(a)" : "Art. 9(2)(a)";
      switch (status) {
        case GIVEN -> {}
        case NONE, PENDING -> reasons.add(new Reason(Reason.Code.CONSENT_MISSING, missingArticle));
        case WITHDRAWN -> reasons.add(Reason.of(Reason.Code.CONSENT_WITHDRAWN));
        case EXPIRED -> reasons.add(new Reason(Reason.Code.CONSENT_EXPIRED, missingArticle));
      }
    }
    boolean dm = purpose.isDirectMarketing();
    if (dm || purpose.legalBasis().allowsObjection()) {
      ObjectionStatus status =
          Objects.requireNonNull(
              Objects.requireNonNull(objections).objectionAt(subject, purpose.id(), dm, now),
              "ObjectionLookup returned null");
      if (status == ObjectionStatus.LODGED || (dm && status == ObjectionStatus.OVERRIDDEN)) {
        reasons.add(new Reason(Reason.Code.OBJECTION_LODGED, dm ? "Art. 21(3)" : "Art. 21(1)"));
      }
    }
    if (op != Operation.STORE) {
      Optional<RestrictionGround> ground =
          Objects.requireNonNull(
              restrictions.restrictionAt(subject, now), "RestrictionLookup returned null");
      if (ground.isPresent()) {
        reasons.add(Reason.of(Reason.Code.PROCESSING_RESTRICTED));
        details.put("restrictionGround", ground.get().name());
      }
    }
    Optional<RetentionFacts> facts = request.retention();
    if (facts.isPresent()) {
      RetentionStatus status = purpose.retention().evaluate(facts.get(), now);
      details.put("retention", status.state().name());
      boolean storeOnly = op == Operation.STORE;
      switch (status.state()) {
        case NOT_STARTED, RUNNING -> {}
        case DUE -> {
          boolean archiving = status.dueAction().orElse(null) == RetentionAction.ARCHIVE;
          if (!(storeOnly && archiving)) {
            reasons.add(Reason.of(Reason.Code.RETENTION_PERIOD_OVER));
          }
        }
        case SUSPENDED -> {
          if (!storeOnly) {
            reasons.add(Reason.of(Reason.Code.RETENTION_PERIOD_OVER));
          }
        }
        case UNKNOWN -> {
          if (!storeOnly) {
            reasons.add(Reason.of(Reason.Code.RETENTION_UNKNOWN));
          }
        }
      }
    }
  }

  private void checkFurtherUse(Purpose purpose, ProcessingRequest request, List<Reason> reasons) {
    Optional<PurposeId> collected = request.collectedFor();
    if (collected.isEmpty() || collected.get().equals(purpose.id())) {
      return;
    }
    // Art. 6(4): no compatibility test when the further processing rests on consent
    if (purpose.legalBasis() == LegalBasis.CONSENT) {
      return;
    }
    boolean compatible =
        registry
            .find(collected.get())
            .map(c -> c.compatiblePurposes().containsKey(purpose.id()))
            .orElse(false);
    if (!compatible) {
      reasons.add(Reason.of(Reason.Code.FURTHER_USE_INCOMPATIBLE));
    }
  }

  /**
   * Returns the registry this guard decides from.
   *
   * @return the registry
   */
  public PurposeRegistry registry() {
    return registry;
  }

  /**
   * Configures a guard. Not thread-safe.
   *
   * <p>The restriction lookup is always required; the consent lookup when a purpose needs consent;
   * the objection lookup when a purpose allows objection. The audit sink defaults to {@link
   * AuditSink#slf4j()} and the clock to {@link Clock#systemUTC()}.
   */
  public static final class Builder {
    private final PurposeRegistry registry;
    private @Nullable ConsentLookup consents;
    private @Nullable ObjectionLookup objections;
    private @Nullable RestrictionLookup restrictions;
    private AuditSink audit = AuditSink.slf4j();
    private Clock clock = Clock.systemUTC();

    private Builder(PurposeRegistry registry) {
      this.registry = registry;
    }

    /**
     * Sets where consent is read.
     *
     * @param consents the consent lookup, such as a {@code ConsentLedger}
     * @return this builder
     */
    public Builder consents(ConsentLookup consents) {
      this.consents = Objects.requireNonNull(consents, "consents");
      return this;
    }

    /**
     * Sets where objections are read.
     *
     * @param objections the objection lookup, such as an {@code ObjectionRegister}
     * @return this builder
     */
    public Builder objections(ObjectionLookup objections) {
      this.objections = Objects.requireNonNull(objections, "objections");
      return this;
    }

    /**
     * Sets where restrictions are read.
     *
     * @param restrictions the restriction lookup, such as a {@code RestrictionRegister}
     * @return this builder
     */
    public Builder restrictions(RestrictionLookup restrictions) {
      this.restrictions = Objects.requireNonNull(restrictions, "restrictions");
      return this;
    }

    /**
     * Sets the audit sink.
     *
     * @param audit the sink
     * @return this builder
     */
    public Builder auditSink(AuditSink audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * Sets the clock decisions are made at.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the guard.
     *
     * @return the guard
     * @throws GdprConfigurationException naming every lookup the registry needs but was not given
     */
    public ProcessingGuard build() {
      List<String> problems = new ArrayList<>();
      List<String> needConsent = new ArrayList<>();
      List<String> needObjection = new ArrayList<>();
      for (Purpose p : registry.purposes()) {
        if (p.requiresConsent()) {
          needConsent.add(p.id().value());
        }
        if (p.isDirectMarketing() || p.legalBasis().allowsObjection()) {
          needObjection.add(p.id().value());
        }
      }
      if (consents == null && !needConsent.isEmpty()) {
        problems.add(
            "ProcessingGuard: no ConsentLookup, but purposes " + needConsent + " need consent");
      }
      if (objections == null && !needObjection.isEmpty()) {
        problems.add(
            "ProcessingGuard: no ObjectionLookup, but purposes "
                + needObjection
                + " allow objection (Art. 21)");
      }
      if (restrictions == null) {
        problems.add("ProcessingGuard: no RestrictionLookup (Art. 18)");
      }
      if (!problems.isEmpty()) {
        throw new GdprConfigurationException(problems);
      }
      return new ProcessingGuard(this);
    }
  }
}
