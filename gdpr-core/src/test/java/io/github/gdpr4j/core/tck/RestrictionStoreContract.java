package io.github.gdpr4j.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.core.RestrictionEventType;
import io.github.gdpr4j.core.RestrictionGround;
import io.github.gdpr4j.core.RestrictionRecord;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.spi.RestrictionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RestrictionStore} must meet. Extend it and return a fresh store from
 * {@link #newStore()}.
 */
public abstract class RestrictionStoreContract {

  private static final Instant T0 = Instant.parse("2025-01-15T10:00:00Z");
  private static final SubjectId ALICE = SubjectId.of("contact-1");
  private static final SubjectId BOB = SubjectId.of("contact-2");

  private RestrictionStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract RestrictionStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void history_unknownSubject_isEmpty() {
    assertThat(store.history(ALICE)).isEmpty();
  }

  @Test
  void append_placedAndLifted_comeBackVerbatimInOrder() {
    RestrictionRecord placed =
        new RestrictionRecord(
            ALICE, RestrictionGround.ACCURACY_CONTESTED, RestrictionEventType.PLACED, T0, "dpo");
    RestrictionRecord other =
        new RestrictionRecord(
            ALICE, RestrictionGround.LEGAL_CLAIMS, RestrictionEventType.PLACED, T0, "dpo");
    RestrictionRecord lifted =
        new RestrictionRecord(
            ALICE,
            RestrictionGround.ACCURACY_CONTESTED,
            RestrictionEventType.LIFTED,
            T0.plusSeconds(3600),
            "dpo");
    store.append(placed);
    store.append(other);
    store.append(lifted);

    assertThat(store.history(ALICE))
        .as("lifting is recorded, not a deletion (Art. 18(3))")
        .containsExactly(placed, other, lifted);
    assertThat(store.history(BOB)).isEmpty();
  }

  @Test
  void append_concurrently_losesNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 1_000; i++) {
                    store.append(
                        new RestrictionRecord(
                            ALICE,
                            RestrictionGround.OBJECTION_PENDING,
                            RestrictionEventType.PLACED,
                            T0,
                            "load"));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.history(ALICE)).hasSize(8_000);
  }
}
