package io.github.gdpr4j.core;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.PersonalDataHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs data subjects' requests across every registered {@link PersonalDataHandler} and moves them
 * through their lifecycle, auditing each step ({@code rights-request.received}, {@code
 * .identity-verified}, {@code .started}, {@code .completed}, {@code .refused}, {@code .extended},
 * {@code .handler-failed}).
 *
 * <p>{@link #execute} calls every handler even when one throws: a failing handler is reported with
 * its exception's class name and the request stays IN_PROGRESS, so that it is retried rather than
 * answered incompletely. Rights the handlers do not carry out — objection (Art. 21, see {@link
 * ObjectionRegister}), withdrawal of consent ({@link ConsentLedger}) and Art. 22 (human review) —
 * are refused by {@link #execute} with an {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * RightsRequestProcessor rights = RightsRequestProcessor.create(List.of(contacts, orders), clock, sink);
 * RightsRequest r = rights.receive("req-7", subject, DataSubjectRight.ERASURE, zone, "dpo");
 * r = rights.verifyIdentity(r, "dpo");
 * RightsRequestReport report = rights.execute(r, "dpo");
 * }</pre>
 *
 * <p>Thread-safe when its handlers and sink are.
 */
public final class RightsRequestProcessor {

  private final List<PersonalDataHandler> handlers;
  private final Clock clock;
  private final AuditSink audit;

  private RightsRequestProcessor(List<PersonalDataHandler> handlers, Clock clock, AuditSink audit) {
    this.handlers = handlers;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Creates a processor.
   *
   * @param handlers every store holding personal data; names must be unique
   * @param clock the clock that stamps steps
   * @param audit the sink for audit events
   * @return the processor
   * @throws GdprConfigurationException if handler names are blank or repeated (all listed)
   */
  public static RightsRequestProcessor create(
      List<PersonalDataHandler> handlers, Clock clock, AuditSink audit) {
    List<PersonalDataHandler> copy = List.copyOf(handlers);
    List<String> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      String name = copy.get(i).name();
      if (name == null || name.isBlank()) {
        problems.add("PersonalDataHandler at index " + i + " has a blank name");
      } else if (!names.add(name)) {
        problems.add("PersonalDataHandler name '" + name + "' is used twice");
      }
    }
    if (!problems.isEmpty()) {
      throw new GdprConfigurationException(problems);
    }
    return new RightsRequestProcessor(
        copy, Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(audit, "audit"));
  }

  /**
   * Registers a request received now.
   *
   * @param id the controller's request id
   * @param subject the data subject
   * @param right the right exercised
   * @param zone the controller's zone, for the deadline
   * @param actor who registered it
   * @return the request, RECEIVED
   */
  public RightsRequest receive(
      String id, SubjectId subject, DataSubjectRight right, ZoneId zone, String actor) {
    RightsRequest r = RightsRequest.received(id, subject, right, clock.instant(), zone, actor);
    audit(r, "rights-request.received", actor, Map.of("dueDate", r.dueDate().toString()));
    return r;
  }

  /**
   * Records that the requester's identity was verified.
   *
   * @param request the request
   * @param actor who verified it
   * @return the request, IDENTITY_VERIFIED
   * @throws IllegalStateException unless RECEIVED
   */
  public RightsRequest verifyIdentity(RightsRequest request, String actor) {
    RightsRequest r = request.verifyIdentity(clock.instant(), actor);
    audit(r, "rights-request.identity-verified", actor, Map.of());
    return r;
  }

  /**
   * Refuses a request (Art. 12(5)) with its ground and reasons.
   *
   * @param request the request
   * @param refusal the ground and the reasons told to the subject
   * @param actor who refused it
   * @return the request, REFUSED
   * @throws IllegalStateException if already closed
   */
  public RightsRequest refuse(RightsRequest request, Refusal refusal, String actor) {
    RightsRequest r = request.refuse(refusal, clock.instant(), actor);
    audit(
        r,
        "rights-request.refused",
        actor,
        Map.of("ground", refusal.ground().name(), "article", refusal.ground().article()));
    return r;
  }

  /**
   * Extends the deadline by one or two further months (Art. 12(3)).
   *
   * @param request the request
   * @param extension the months, notice date and reason code
   * @param actor who decided it
   * @return the request with its new due date
   * @throws IllegalStateException if closed or already extended
   */
  public RightsRequest extend(RightsRequest request, RequestExtension extension, String actor) {
    RightsRequest r = request.extend(extension);
    audit(
        r,
        "rights-request.extended",
        actor,
        Map.of(
            "months",
            Integer.toString(extension.months()),
            "reason",
            extension.reasonCode(),
            "dueDate",
            r.dueDate().toString()));
    return r;
  }

  /**
   * Carries out a request across every handler. An IDENTITY_VERIFIED request is started first.
   * Completes the request when no handler failed; otherwise it stays IN_PROGRESS.
   *
   * @param request the request, IDENTITY_VERIFIED or IN_PROGRESS
   * @param actor who runs it
   * @return the report
   * @throws IllegalStateException if the request is in another state
   * @throws IllegalArgumentException for a right that handlers do not carry out, or for
   *     rectification (use {@link #execute(RightsRequest, Map, String)})
   */
  public RightsRequestReport execute(RightsRequest request, String actor) {
    if (request.right() == DataSubjectRight.RECTIFICATION) {
      throw new IllegalArgumentException(
          "rights request " + request.id() + ": rectification needs the corrected values");
    }
    return execute(request, Map.of(), actor);
  }

  /**
   * Carries out a request across every handler, with the corrected values for a rectification.
   *
   * @param request the request, IDENTITY_VERIFIED or IN_PROGRESS
   * @param corrections the corrected values by field name (rectification only; else ignored)
   * @param actor who runs it
   * @return the report
   * @throws IllegalStateException if the request is in another state
   * @throws IllegalArgumentException for a right that handlers do not carry out
   */
  public RightsRequestReport execute(
      RightsRequest request, Map<String, String> corrections, String actor) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(corrections, "corrections");
    DataSubjectRight right = request.right();
    if (right == DataSubjectRight.OBJECTION
        || right == DataSubjectRight.WITHDRAW_CONSENT
        || right == DataSubjectRight.NO_AUTOMATED_DECISION) {
      throw new IllegalArgumentException(
          "rights request "
              + request.id()
              + ": "
              + right
              + " ("
              + right.article()
              + ") is not carried out by data handlers");
    }
    RightsRequest r = request;
    if (r.state() == RightsRequestState.IDENTITY_VERIFIED) {
      r = r.start(clock.instant(), actor);
      audit(r, "rights-request.started", actor, Map.of());
    } else if (r.state() != RightsRequestState.IN_PROGRESS) {
      throw new IllegalStateException(
          "rights request "
              + r.id()
              + " cannot be executed in state "
              + r.state()
              + ", expected IDENTITY_VERIFIED or IN_PROGRESS");
    }
    List<HandlerOutcome> outcomes = new ArrayList<>();
    boolean failed = false;
    for (PersonalDataHandler h : handlers) {
      HandlerOutcome outcome = run(h, right, r.subject(), corrections);
      if (outcome.status() == HandlerOutcome.Status.FAILED) {
        failed = true;
        audit(
            r,
            "rights-request.handler-failed",
            actor,
            Map.of("handler", h.name(), "exception", outcome.failureClass().orElse("")));
      }
      outcomes.add(outcome);
    }
    if (!failed) {
      r = r.complete(clock.instant(), actor);
      RightsRequestReport report = new RightsRequestReport(r, outcomes);
      Map<String, String> details = new LinkedHashMap<>();
      details.put("handlers", Integer.toString(outcomes.size()));
      details.put("exported", Integer.toString(report.exported().size()));
      details.put("erased", Integer.toString(report.erased()));
      details.put("kept", Integer.toString(report.kept().size()));
      audit(r, "rights-request.completed", actor, details);
      return report;
    }
    return new RightsRequestReport(r, outcomes);
  }

  private static HandlerOutcome run(
      PersonalDataHandler h,
      DataSubjectRight right,
      SubjectId subject,
      Map<String, String> corrections) {
    String name = h.name();
    try {
      switch (right) {
        case ACCESS:
        case PORTABILITY:
          return new HandlerOutcome(
              name, HandlerOutcome.Status.DONE, h.export(subject), 0, List.of(), 0, null);
        case ERASURE:
          ErasureResult er = h.erase(subject);
          return new HandlerOutcome(
              name, HandlerOutcome.Status.DONE, List.of(), er.erased(), er.kept(), 0, null);
        case RECTIFICATION:
          int changed = h.rectify(subject, corrections);
          return new HandlerOutcome(
              name, HandlerOutcome.Status.DONE, List.of(), 0, List.of(), changed, null);
        case RESTRICTION:
          boolean restricted = h.restrict(subject);
          return new HandlerOutcome(
              name, HandlerOutcome.Status.DONE, List.of(), 0, List.of(), restricted ? 1 : 0, null);
        default:
          throw new IllegalStateException("unreachable: " + right);
      }
    } catch (UnsupportedOperationException e) {
      return HandlerOutcome.unsupported(name);
    } catch (RuntimeException e) {
      return HandlerOutcome.failed(name, e);
    }
  }

  private void audit(RightsRequest r, String action, String actor, Map<String, String> extra) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("requestId", r.id());
    details.put("right", r.right().name());
    details.put("state", r.state().name());
    details.putAll(extra);
    Instant now = clock.instant();
    audit.record(
        new AuditEvent(
            now,
            action,
            r.subject(),
            null,
            AuditEvent.Outcome.RECORDED,
            List.of(r.right().article()),
            actor,
            details));
  }
}
