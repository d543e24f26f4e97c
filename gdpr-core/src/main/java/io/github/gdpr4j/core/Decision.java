package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The answer of a {@link ProcessingGuard}: processing is allowed, or denied with at least one
 * {@link Reason}. A denial is a value to act on, not an exception; {@link #orThrow()} is the opt-in
 * convenience for code that cannot proceed.
 *
 * @param subject the data subject
 * @param purpose the purpose
 * @param operation the operation asked for
 * @param decidedAt when the decision was made, from the guard's clock
 * @param reasons why processing is denied, in a stable order; empty exactly when allowed
 */
public record Decision(
    SubjectId subject,
    PurposeId purpose,
    Operation operation,
    Instant decidedAt,
    List<Reason> reasons) {

  /**
   * Validates and copies the decision.
   *
   * @throws NullPointerException if a component is null
   */
  public Decision {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(decidedAt, "decidedAt");
    reasons = List.copyOf(reasons);
  }

  /**
   * Tells whether processing may go ahead.
   *
   * @return true when no reason denies it
   */
  public boolean isAllowed() {
    return reasons.isEmpty();
  }

  /**
   * Tells whether processing is denied.
   *
   * @return true when at least one reason denies it
   */
  public boolean isDenied() {
    return !reasons.isEmpty();
  }

  /**
   * Tells whether {@code code} is among the reasons.
   *
   * @param code the code
   * @return true if a reason has that code
   */
  public boolean deniedFor(Reason.Code code) {
    Objects.requireNonNull(code, "code");
    for (Reason r : reasons) {
      if (r.code() == code) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns this decision if allowed.
   *
   * @return this decision
   * @throws ProcessingDeniedException if processing is denied, carrying this decision
   */
  public Decision orThrow() {
    if (isDenied()) {
      throw new ProcessingDeniedException(this);
    }
    return this;
  }
}
