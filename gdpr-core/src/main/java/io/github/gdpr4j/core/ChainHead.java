package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * The last entry of a subject's consent chain, as a controller anchors it outside the store (a
 * signed log, a timestamping service, a periodic e-mail to the DPO). Verifying against anchors also
 * detects a chain that was truncated at its end or removed, which a hash chain alone cannot show.
 *
 * @param subject the subject whose chain it is
 * @param sequence the sequence number of the last entry
 * @param hash the hash of the last entry
 */
public record ChainHead(SubjectId subject, long sequence, String hash) {

  /**
   * Validates the head.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the sequence is negative
   */
  public ChainHead {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(hash, "hash");
    if (sequence < 0) {
      throw new IllegalArgumentException("chain head sequence must not be negative");
    }
  }
}
