package io.github.gdpr4j.core;

/** What happens to data when its retention period is over (Art. 5(1)(e) storage limitation). */
public enum RetentionAction {
  /** Delete the data. */
  DELETE,
  /** Anonymise the data so that the subject is no longer identifiable (Recital 26). */
  ANONYMISE,
  /**
   * Move the data to an intermediate archive with restricted access, then purge it after a second
   * period (CNIL: "archivage intermédiaire").
   */
  ARCHIVE
}
