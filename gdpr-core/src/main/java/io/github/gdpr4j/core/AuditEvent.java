package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail (Art. 5(2) accountability, Art. 30, Art. 32): a processing decision
 * or a state change. It names what happened, to whom and for which purpose, never personal data
 * values.
 *
 * @param at when it happened, from the injected clock
 * @param action a dotted code for what happened, such as {@code "decision"}, {@code
 *     "consent.withdrawn"} or {@code "restriction.lifted"}
 * @param subject the data subject concerned, if any
 * @param purpose the purpose concerned, if any
 * @param outcome the result
 * @param reasons reason codes with their articles, such as {@code "CONSENT_WITHDRAWN (Art. 7(3))"};
 *     empty when there is nothing to explain
 * @param actor who acted (a user or system id), or {@code "system"}
 * @param details further non-personal facts (channel, request id, counts)
 */
public record AuditEvent(
    Instant at,
    String action,
    @Nullable SubjectId subject,
    @Nullable PurposeId purpose,
    Outcome outcome,
    List<String> reasons,
    String actor,
    Map<String, String> details) {

  /** The result of an audited action. */
  public enum Outcome {
    /** Processing was allowed or the change was recorded. */
    ALLOWED,
    /** Processing was denied or the change refused. */
    DENIED,
    /** Allowed with a warning to review (for example text-control warnings). */
    WARNED,
    /** A state change was recorded. */
    RECORDED
  }

  /**
   * Validates and copies the event.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the action or actor is blank
   */
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(actor, "actor");
    if (action.isBlank()) {
      throw new IllegalArgumentException("audit action must not be blank");
    }
    if (actor.isBlank()) {
      throw new IllegalArgumentException("audit actor must not be blank");
    }
    reasons = List.copyOf(reasons);
    details = Map.copyOf(details);
  }

  /**
   * Returns the subject concerned.
   *
   * @return the subject, or empty
   */
  public Optional<SubjectId> subjectId() {
    return Optional.ofNullable(subject);
  }

  /**
   * Returns the purpose concerned.
   *
   * @return the purpose, or empty
   */
  public Optional<PurposeId> purposeId() {
    return Optional.ofNullable(purpose);
  }
}
