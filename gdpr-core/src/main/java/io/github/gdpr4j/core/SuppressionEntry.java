package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A minimal suppression entry: the keyed hash of a normalised identifier, never the identifier
 * itself (Art. 5(1)(c) data minimisation, Art. 32 pseudonymisation). Keeping it is necessary to
 * honour the objection or erasure durably (Art. 17(3)(b) and Art. 21: without it, the next import
 * from a list provider would bring the subject back).
 *
 * @param kind the kind of identifier hashed
 * @param keyedHash HMAC-SHA256 of the normalised identifier, 64 lower-case hex digits
 * @param reason why the identifier is suppressed
 * @param at when the entry was added
 */
public record SuppressionEntry(
    IdentifierKind kind, String keyedHash, SuppressionReason reason, Instant at) {

  /**
   * Validates the entry.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the hash is not 64 lower-case hex digits
   */
  public SuppressionEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(keyedHash, "keyedHash");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (keyedHash.length() != 64 || !ConsentNotice.isLowerHex(keyedHash)) {
      throw new IllegalArgumentException("suppression keyedHash must be 64 lower-case hex digits");
    }
  }
}
