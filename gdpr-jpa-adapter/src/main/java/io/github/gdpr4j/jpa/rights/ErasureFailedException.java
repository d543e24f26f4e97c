package io.github.gdpr4j.jpa.rights;

import io.github.gdpr4j.core.SubjectId;

/**
 * Thrown when an erasure fails; its transaction was rolled back, so nothing was erased and no
 * ledger line remains. The message names the subject id, the request, the entity class and the
 * step, never a value; the cause is the database's error.
 */
public final class ErasureFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String entity;

  ErasureFailedException(
      SubjectId subject, String requestId, String entity, String step, Throwable cause) {
    super(
        "erasure of subject "
            + subject.value()
            + " under request "
            + requestId
            + " failed at "
            + entity
            + " ("
            + step
            + "); rolled back, nothing was erased",
        cause);
    this.entity = entity;
  }

  /**
   * Returns the entity class being processed when the erasure failed.
   *
   * @return the class name
   */
  public String entity() {
    return entity;
  }
}
