package io.github.gdpr4j.core;

/** What happened to a subject's consent for one purpose (Art. 7, EDPB Guidelines 05/2020). */
public enum ConsentEventType {
  /** Consent was asked for and awaits confirmation (double opt-in pending): not yet valid. */
  REQUESTED(ConsentStatus.PENDING, "consent.requested"),
  /** The subject gave consent by a clear affirmative act (Art. 4(11)). */
  GIVEN(ConsentStatus.GIVEN, "consent.given"),
  /** The subject confirmed a pending request (double opt-in): consent becomes valid. */
  CONFIRMED(ConsentStatus.GIVEN, "consent.confirmed"),
  /** The subject withdrew consent (Art. 7(3)); processing must stop from this instant. */
  WITHDRAWN(ConsentStatus.WITHDRAWN, "consent.withdrawn"),
  /** The controller recorded that consent reached its expiry or refresh date. */
  EXPIRED(ConsentStatus.EXPIRED, "consent.expired"),
  /** The subject renewed consent that was given or had expired. */
  RENEWED(ConsentStatus.GIVEN, "consent.renewed");

  private final ConsentStatus resultingStatus;
  private final String auditAction;

  ConsentEventType(ConsentStatus resultingStatus, String auditAction) {
    this.resultingStatus = resultingStatus;
    this.auditAction = auditAction;
  }

  /**
   * Returns the state this event leaves the consent in, before any expiry date is applied.
   *
   * @return the state
   */
  public ConsentStatus resultingStatus() {
    return resultingStatus;
  }

  /**
   * Returns the audit action code of this event.
   *
   * @return for example {@code "consent.withdrawn"}
   */
  public String auditAction() {
    return auditAction;
  }

  /**
   * Tells whether this event makes consent valid, so that it must show the notice and the proof.
   *
   * @return true for GIVEN, CONFIRMED and RENEWED
   */
  public boolean grants() {
    return resultingStatus == ConsentStatus.GIVEN;
  }
}
