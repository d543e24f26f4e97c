package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * Thrown by {@link Decision#orThrow()} when processing is denied. The message names the subject id,
 * the purpose and the reasons, never personal data values.
 */
public final class ProcessingDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // a record of serializable-in-practice values; not meant for the wire
  private final Decision decision;

  /**
   * Creates the exception.
   *
   * @param decision a denied decision
   * @throws IllegalArgumentException if the decision is allowed
   */
  public ProcessingDeniedException(Decision decision) {
    super(message(decision));
    this.decision = decision;
  }

  private static String message(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    if (decision.isAllowed()) {
      throw new IllegalArgumentException("an allowed decision is not a denial");
    }
    return decision.operation()
        + " of subject "
        + decision.subject()
        + " for purpose '"
        + decision.purpose()
        + "' denied: "
        + decision.reasons();
  }

  /**
   * Returns the denied decision.
   *
   * @return the decision
   */
  public Decision decision() {
    return decision;
  }
}
