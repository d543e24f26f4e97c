package io.github.gdpr4j.core;

/** The state of a subject's consent for one purpose at one instant (Art. 7). */
public enum ConsentStatus {
  /** No consent was ever requested or given. */
  NONE,
  /** Consent was requested and awaits confirmation (double opt-in pending): not yet valid. */
  PENDING,
  /** Consent was given (and confirmed where double opt-in applies) and is valid. */
  GIVEN,
  /** Consent was withdrawn (Art. 7(3)). */
  WITHDRAWN,
  /** Consent reached its expiry or refresh date without renewal. */
  EXPIRED;

  /**
   * Tells whether processing may rest on this consent.
   *
   * @return true only for {@link #GIVEN}
   */
  public boolean isValid() {
    return this == GIVEN;
  }
}
