package io.github.gdpr4j.core;

/** How a consent event was collected (Art. 7(1): the controller must be able to demonstrate it). */
public enum ConsentChannel {
  /** A web form or in-app screen. */
  WEB_FORM,
  /** An e-mail, such as a double opt-in confirmation link. */
  EMAIL,
  /** A phone call (keep the recording or call reference as proof). */
  PHONE,
  /** A signed paper form (keep the scan reference as proof). */
  PAPER,
  /** A call from another system through an API. */
  API,
  /** A bulk import from another system or a list provider. */
  IMPORT
}
