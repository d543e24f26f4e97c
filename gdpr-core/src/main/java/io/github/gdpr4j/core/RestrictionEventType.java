package io.github.gdpr4j.core;

/** What happened to a restriction of processing (Art. 18). */
public enum RestrictionEventType {
  /** Processing was restricted on a ground of Art. 18(1). */
  PLACED("restriction.placed"),
  /** The restriction was lifted; the subject must have been informed first (Art. 18(3)). */
  LIFTED("restriction.lifted");

  private final String auditAction;

  RestrictionEventType(String auditAction) {
    this.auditAction = auditAction;
  }

  /**
   * Returns the audit action code.
   *
   * @return for example {@code "restriction.lifted"}
   */
  public String auditAction() {
    return auditAction;
  }
}
