package io.github.gdpr4j.core;

/**
 * Where a data subject's request (Art. 12, 15-22) stands. An extension of the deadline (Art. 12(3))
 * is not a state: the request stays open with a later due date.
 */
public enum RightsRequestState {
  /** Received; the one-month period runs from receipt (Art. 12(3)). */
  RECEIVED,
  /** The requester's identity was verified (Art. 12(6)). */
  IDENTITY_VERIFIED,
  /** Being carried out across the stores. */
  IN_PROGRESS,
  /** Carried out and answered. Terminal. */
  COMPLETED,
  /** Refused with reasons given to the subject (Art. 12(4), 12(5)). Terminal. */
  REFUSED;

  /**
   * Tells whether the request still awaits an answer.
   *
   * @return false for COMPLETED and REFUSED
   */
  public boolean isOpen() {
    return this != COMPLETED && this != REFUSED;
  }
}
