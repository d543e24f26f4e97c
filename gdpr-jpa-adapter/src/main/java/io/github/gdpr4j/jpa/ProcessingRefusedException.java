package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.Decision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The processing guard refused to let an entity be written or removed: consent missing or
 * withdrawn, an objection lodged, processing restricted, or a data subject that cannot be
 * identified for a purpose that needs consent.
 */
public final class ProcessingRefusedException extends GdprEnforcementException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // a record of serializable-in-practice values; not for the wire
  private final @Nullable Decision decision;

  @SuppressWarnings("serial") // List.copyOf returns a serializable list
  private final List<String> reasons;

  /**
   * Creates the exception from a denied decision.
   *
   * @param entityType the entity class
   * @param operation what was attempted, such as {@code "persist"}
   * @param decision the denied decision
   */
  public ProcessingRefusedException(Class<?> entityType, String operation, Decision decision) {
    super(
        entityType,
        operation
            + " of "
            + entityType.getName()
            + " for subject "
            + decision.subject()
            + " under purpose '"
            + decision.purpose()
            + "' refused: "
            + decision.reasons());
    this.decision = decision;
    this.reasons = decision.reasons().stream().map(Object::toString).toList();
  }

  /**
   * Creates the exception for a refusal without a guard decision.
   *
   * @param entityType the entity class
   * @param message what was refused and why, naming no personal data
   * @param reasons reason codes with their articles
   */
  public ProcessingRefusedException(Class<?> entityType, String message, List<String> reasons) {
    super(entityType, Objects.requireNonNull(message, "message"));
    this.decision = null;
    this.reasons = List.copyOf(reasons);
  }

  /**
   * Returns the guard's decision.
   *
   * @return the denied decision, or empty when no decision could be made (unknown subject)
   */
  public Optional<Decision> decision() {
    return Optional.ofNullable(decision);
  }

  /**
   * Returns why processing was refused.
   *
   * @return reason codes with their articles, such as {@code "CONSENT_WITHDRAWN (Art. 7(3))"}
   */
  public List<String> reasons() {
    return reasons;
  }
}
