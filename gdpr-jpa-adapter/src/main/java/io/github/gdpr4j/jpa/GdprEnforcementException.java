package io.github.gdpr4j.jpa;

import java.util.Objects;

/**
 * Processing of an annotated entity was refused by the JPA integration. The message names the
 * entity class, the purpose, the fields and the reasons with their articles, never a data value.
 *
 * <p>Thrown from {@code persist}, {@code flush}, {@code commit}, {@code remove} or a load, possibly
 * wrapped by the persistence provider; the transaction is then marked for rollback.
 */
public abstract sealed class GdprEnforcementException extends RuntimeException
    permits PurposeScopeException, ProcessingRefusedException, TextBlockedException {

  private static final long serialVersionUID = 1L;

  private final String entityName;

  GdprEnforcementException(Class<?> entityType, String message) {
    super(message);
    this.entityName = Objects.requireNonNull(entityType, "entityType").getName();
  }

  /**
   * Returns the fully qualified name of the entity class concerned.
   *
   * @return the class name
   */
  public String entityName() {
    return entityName;
  }
}
