package io.github.gdpr4j.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.SuppressionEntry;
import io.github.gdpr4j.core.SuppressionReason;
import io.github.gdpr4j.core.spi.SuppressionStore;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SuppressionStore} must meet. Extend it and return a fresh store from
 * {@link #newStore()}.
 */
public abstract class SuppressionStoreContract {

  private static final Instant T0 = Instant.parse("2025-01-15T10:00:00Z");
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  private SuppressionStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract SuppressionStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void find_emptyStore_findsNothing() {
    assertThat(store.find(IdentifierKind.EMAIL, HASH_A)).isEmpty();
  }

  @Test
  void add_thenFind_returnsEntry() {
    SuppressionEntry e =
        new SuppressionEntry(IdentifierKind.EMAIL, HASH_A, SuppressionReason.OBJECTION, T0);
    store.add(e);

    assertThat(store.find(IdentifierKind.EMAIL, HASH_A)).contains(e);
    assertThat(store.find(IdentifierKind.EMAIL, HASH_B)).isEmpty();
  }

  @Test
  void find_sameHashOtherKind_findsNothing() {
    store.add(new SuppressionEntry(IdentifierKind.EMAIL, HASH_A, SuppressionReason.ERASURE, T0));

    assertThat(store.find(IdentifierKind.PHONE, HASH_A)).isEmpty();
  }

  @Test
  void add_duplicate_keepsFirstEntry() {
    SuppressionEntry first =
        new SuppressionEntry(IdentifierKind.EMAIL, HASH_A, SuppressionReason.OBJECTION, T0);
    store.add(first);
    store.add(
        new SuppressionEntry(
            IdentifierKind.EMAIL, HASH_A, SuppressionReason.ERASURE, T0.plusSeconds(5)));

    assertThat(store.find(IdentifierKind.EMAIL, HASH_A)).contains(first);
  }
}
