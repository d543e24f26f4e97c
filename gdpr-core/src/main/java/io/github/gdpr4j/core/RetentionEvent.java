package io.github.gdpr4j.core;

/** The event from which a retention period runs. */
public enum RetentionEvent {
  /** The data was collected. */
  COLLECTION,
  /** The last contact initiated by the data subject (a reply, a call, a visit). */
  LAST_CONTACT_BY_SUBJECT,
  /** The end of the contract or of the commercial relationship. */
  END_OF_RELATIONSHIP,
  /** The last purchase. */
  LAST_PURCHASE,
  /** The withdrawal of consent (Art. 7(3)). */
  CONSENT_WITHDRAWAL,
  /** An event the host application defines and names in the rule. */
  CUSTOM
}
