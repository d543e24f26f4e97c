package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.SuppressionEntry;
import java.util.Optional;

/**
 * Storage of suppression entries (keyed hashes only; see {@link
 * io.github.gdpr4j.core.SuppressionList}). Entries are never removed through this interface.
 *
 * <p>Implementations are thread-safe and must pass {@code
 * io.github.gdpr4j.core.tck.SuppressionStoreContract} from the gdpr-core test-jar.
 */
public interface SuppressionStore {

  /**
   * Adds an entry; an entry with the same kind and hash already stored is kept and this one
   * ignored.
   *
   * @param entry the entry
   */
  void add(SuppressionEntry entry);

  /**
   * Finds the entry for a kind and keyed hash.
   *
   * @param kind the identifier kind
   * @param keyedHash the keyed hash
   * @return the entry, or empty
   */
  Optional<SuppressionEntry> find(IdentifierKind kind, String keyedHash);

  /**
   * Returns a new, empty, thread-safe in-memory store.
   *
   * @return the store
   */
  static SuppressionStore inMemory() {
    return new InMemorySuppressionStore();
  }
}
