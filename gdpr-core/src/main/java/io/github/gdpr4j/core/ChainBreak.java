package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * Where and how a consent chain failed verification.
 *
 * @param subject the subject whose chain is broken
 * @param sequence the sequence number at which the break was found
 * @param kind what the verifier concluded
 */
public record ChainBreak(SubjectId subject, long sequence, Kind kind) {

  /** What kind of tampering the break shows. */
  public enum Kind {
    /**
     * An entry's content, sequence or hash does not match: the entry at {@code sequence} was
     * changed (or its hash recomputed, which breaks the link to the next entry).
     */
    CHANGED,
    /** The entry at {@code sequence} is missing: the chain has a gap or was cut short. */
    MISSING,
    /** An entry was added at {@code sequence}: a duplicate sequence number or an unknown link. */
    INSERTED,
    /** Entries are stored out of order: {@code sequence} appears before an earlier entry. */
    REORDERED
  }

  /**
   * Validates the break.
   *
   * @throws NullPointerException if a component is null
   */
  public ChainBreak {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
  }
}
