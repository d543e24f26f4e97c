package io.github.gdpr4j.core;

/** What happened to a subject's objection (Art. 21). */
public enum ObjectionEventType {
  /** The subject objected; processing must stop (Art. 21(1), 21(3)). */
  LODGED("objection.lodged"),
  /**
   * The controller recorded compelling legitimate grounds that override the objection (Art. 21(1));
   * never effective for direct marketing (Art. 21(3)).
   */
  OVERRIDDEN("objection.overridden"),
  /** The subject withdrew the objection. */
  WITHDRAWN("objection.withdrawn");

  private final String auditAction;

  ObjectionEventType(String auditAction) {
    this.auditAction = auditAction;
  }

  /**
   * Returns the audit action code.
   *
   * @return for example {@code "objection.lodged"}
   */
  public String auditAction() {
    return auditAction;
  }
}
