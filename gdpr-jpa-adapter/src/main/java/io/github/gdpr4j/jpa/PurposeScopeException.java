package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.PurposeId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An annotated entity was processed outside any {@link Purposes} scope, or under a purpose that the
 * entity or one of the fields being written does not declare (Art. 5(1)(b) purpose limitation).
 */
public final class PurposeScopeException extends GdprEnforcementException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String purpose;

  @SuppressWarnings("serial") // List.copyOf returns a serializable list
  private final List<String> fields;

  /**
   * Creates the exception.
   *
   * @param entityType the entity class
   * @param operation what was attempted, such as {@code "persist"}
   * @param purpose the purpose of the current scope, or null outside any scope
   * @param fields the fields the purpose does not cover; empty when the whole entity is not covered
   * @param declared the purposes the entity or the fields declare
   */
  public PurposeScopeException(
      Class<?> entityType,
      String operation,
      @Nullable PurposeId purpose,
      List<String> fields,
      List<PurposeId> declared) {
    super(entityType, message(entityType, operation, purpose, fields, declared));
    this.purpose = purpose == null ? null : purpose.value();
    this.fields = List.copyOf(fields);
  }

  private static String message(
      Class<?> type,
      String operation,
      @Nullable PurposeId purpose,
      List<String> fields,
      List<PurposeId> declared) {
    String entity = type.getName();
    if (purpose == null) {
      return operation
          + " of "
          + entity
          + " outside any purpose scope (Art. 5(1)(b)); open one with Purposes.enter(...)"
          + " for one of "
          + declared;
    }
    if (fields.isEmpty()) {
      return operation
          + " of "
          + entity
          + " under purpose '"
          + purpose
          + "', which the entity does not declare (Art. 5(1)(b)); declared: "
          + declared;
    }
    return operation
        + " of "
        + entity
        + " under purpose '"
        + purpose
        + "' writes fields "
        + fields
        + " that this purpose does not cover (Art. 5(1)(b))";
  }

  /**
   * Returns the purpose of the scope the entity was processed in.
   *
   * @return the purpose, or empty when there was no scope
   */
  public Optional<PurposeId> purpose() {
    return Optional.ofNullable(purpose).map(PurposeId::of);
  }

  /**
   * Returns the fields the purpose does not cover.
   *
   * @return field names; empty when the entity as a whole is not covered
   */
  public List<String> fields() {
    return fields;
  }
}
