package io.github.gdpr4j.core;

/** The state of a subject's objection (Art. 21) to one purpose at one instant. */
public enum ObjectionStatus {
  /** No objection lodged. */
  NONE,
  /** An objection is lodged and processing must stop. */
  LODGED,
  /**
   * An objection to a public-task or legitimate-interest purpose was overridden by compelling
   * legitimate grounds recorded by the controller (Art. 21(1)). Never possible for direct marketing
   * (Art. 21(3)).
   */
  OVERRIDDEN
}
