package io.github.gdpr4j.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.core.ObjectionEventType;
import io.github.gdpr4j.core.ObjectionRecord;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.spi.ObjectionStore;
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
 * The contract every {@link ObjectionStore} must meet. Extend it and return a fresh store from
 * {@link #newStore()}.
 */
public abstract class ObjectionStoreContract {

  private static final Instant T0 = Instant.parse("2025-01-15T10:00:00Z");
  private static final SubjectId ALICE = SubjectId.of("contact-1");
  private static final SubjectId BOB = SubjectId.of("contact-2");
  private static final PurposeId PROFILING = PurposeId.of("profiling");

  private ObjectionStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract ObjectionStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void history_unknownSubject_isEmpty() {
    assertThat(store.history(ALICE)).isEmpty();
  }

  @Test
  void append_recordsOfEveryShape_comeBackVerbatimInOrder() {
    ObjectionRecord lodged =
        new ObjectionRecord(ALICE, PROFILING, ObjectionEventType.LODGED, T0, "web", null);
    ObjectionRecord overridden =
        new ObjectionRecord(
            ALICE,
            PROFILING,
            ObjectionEventType.OVERRIDDEN,
            T0.plusSeconds(60),
            "dpo",
            "fraud prevention outweighs (LIA-7)");
    ObjectionRecord allDm =
        new ObjectionRecord(
            ALICE, null, ObjectionEventType.LODGED, T0.plusSeconds(120), "web", null);
    store.append(lodged);
    store.append(overridden);
    store.append(allDm);

    assertThat(store.history(ALICE))
        .as("the register keeps who, when and why of every override (Art. 21(1), Art. 5(2))")
        .containsExactly(lodged, overridden, allDm);
  }

  @Test
  void history_isolatesSubjects() {
    store.append(new ObjectionRecord(ALICE, null, ObjectionEventType.LODGED, T0, "web", null));

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
                        new ObjectionRecord(
                            ALICE, PROFILING, ObjectionEventType.LODGED, T0, "load", null));
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
