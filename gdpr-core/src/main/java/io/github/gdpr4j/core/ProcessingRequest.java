package io.github.gdpr4j.core;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A question for the {@link ProcessingGuard}: may {@code operation} be applied to data of {@code
 * subject} for {@code purpose} now?
 *
 * <pre>{@code
 * ProcessingRequest request = ProcessingRequest.of(subject, PurposeId.of("newsletter"))
 *     .withOperation(Operation.DISCLOSE)
 *     .withCollectionPurpose(PurposeId.of("customer-management"))
 *     .withRetentionFacts(RetentionFacts.empty().with(RetentionEvent.COLLECTION, collectedAt));
 * }</pre>
 *
 * @param subject the data subject
 * @param purpose the purpose of the processing
 * @param operation what is to be done; {@link Operation#USE} by default
 * @param collectionPurpose the purpose the data was collected for, when it may differ from {@code
 *     purpose}: the guard then checks compatibility (Art. 6(4)); null when the data was collected
 *     for {@code purpose}
 * @param retentionFacts when the events the retention period runs from happened; null to skip the
 *     retention check
 * @param actor who asks (a user or system id, never a name); {@code "system"} by default
 */
public record ProcessingRequest(
    SubjectId subject,
    PurposeId purpose,
    Operation operation,
    @Nullable PurposeId collectionPurpose,
    @Nullable RetentionFacts retentionFacts,
    String actor) {

  /**
   * Validates the request.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the actor is blank, too long or holds control characters
   */
  public ProcessingRequest {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(actor, "actor");
    Ids.check("actor", actor, 128);
  }

  /**
   * A request to use data of {@code subject} for {@code purpose}, collected for that purpose.
   *
   * @param subject the data subject
   * @param purpose the purpose
   * @return the request
   */
  public static ProcessingRequest of(SubjectId subject, PurposeId purpose) {
    return new ProcessingRequest(subject, purpose, Operation.USE, null, null, "system");
  }

  /**
   * Returns a copy for {@code operation}.
   *
   * @param operation the operation
   * @return the new request
   */
  public ProcessingRequest withOperation(Operation operation) {
    return new ProcessingRequest(
        subject, purpose, operation, collectionPurpose, retentionFacts, actor);
  }

  /**
   * Returns a copy stating the purpose the data was collected for.
   *
   * @param collectionPurpose the purpose of collection
   * @return the new request
   */
  public ProcessingRequest withCollectionPurpose(PurposeId collectionPurpose) {
    return new ProcessingRequest(
        subject,
        purpose,
        operation,
        Objects.requireNonNull(collectionPurpose, "collectionPurpose"),
        retentionFacts,
        actor);
  }

  /**
   * Returns a copy carrying the retention facts of the data concerned.
   *
   * @param facts the facts
   * @return the new request
   */
  public ProcessingRequest withRetentionFacts(RetentionFacts facts) {
    return new ProcessingRequest(
        subject,
        purpose,
        operation,
        collectionPurpose,
        Objects.requireNonNull(facts, "facts"),
        actor);
  }

  /**
   * Returns a copy naming who asks.
   *
   * @param actor a user or system id
   * @return the new request
   */
  public ProcessingRequest withActor(String actor) {
    return new ProcessingRequest(
        subject, purpose, operation, collectionPurpose, retentionFacts, actor);
  }

  /**
   * Returns the purpose of collection, if stated.
   *
   * @return the purpose, or empty
   */
  public Optional<PurposeId> collectedFor() {
    return Optional.ofNullable(collectionPurpose);
  }

  /**
   * Returns the retention facts, if given.
   *
   * @return the facts, or empty
   */
  public Optional<RetentionFacts> retention() {
    return Optional.ofNullable(retentionFacts);
  }
}
