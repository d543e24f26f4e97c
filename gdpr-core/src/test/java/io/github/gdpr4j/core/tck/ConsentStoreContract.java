package io.github.gdpr4j.core.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.core.ChainBreak;
import io.github.gdpr4j.core.ChainHead;
import io.github.gdpr4j.core.ChainVerification;
import io.github.gdpr4j.core.ConsentEntry;
import io.github.gdpr4j.core.ConsentEvent;
import io.github.gdpr4j.core.ConsentEventType;
import io.github.gdpr4j.core.ConsentStatus;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.spi.ConsentStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every {@link ConsentStore} must meet (the consent-store TCK). A store module extends
 * this class, returns a fresh empty store from {@link #newStore()} and implements {@link
 * #overwriteStoredChain} by writing straight to its storage, bypassing {@link ConsentStore#append},
 * so that the tamper-detection tests can simulate an attacker with database access.
 *
 * <pre>{@code
 * class JpaConsentStoreTest extends ConsentStoreContract {
 *   protected ConsentStore newStore() { return new JpaConsentStore(emf); }
 *   protected void overwriteStoredChain(ConsentStore s, SubjectId id, List<ConsentEntry> e) { ... }
 * }
 * }</pre>
 */
public abstract class ConsentStoreContract {

  /** A fixed instant the tests count from. */
  protected static final Instant T0 = Instant.parse("2025-01-15T10:00:00Z");

  /** A subject. */
  protected static final SubjectId ALICE = SubjectId.of("contact-1");

  /** Another subject. */
  protected static final SubjectId BOB = SubjectId.of("contact-2");

  /** A purpose. */
  protected static final PurposeId NEWSLETTER = PurposeId.of("newsletter");

  /** Another purpose. */
  protected static final PurposeId PROFILING = PurposeId.of("profiling");

  private ConsentStore store;

  /**
   * Returns a new, empty store.
   *
   * @return the store under test
   */
  protected abstract ConsentStore newStore();

  /**
   * Replaces what {@code store} holds for {@code subject} with {@code entries}, in that order,
   * without going through {@link ConsentStore#append}: the way an attacker with write access to the
   * storage would.
   *
   * @param store the store
   * @param subject the subject
   * @param entries the entries to store instead
   */
  protected abstract void overwriteStoredChain(
      ConsentStore store, SubjectId subject, List<ConsentEntry> entries);

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private List<ConsentEntry> appendSample(SubjectId subject) {
    List<ConsentEntry> out = new ArrayList<>();
    out.add(store.append(ConsentEvents.given(subject, NEWSLETTER, day(0))));
    out.add(store.append(ConsentEvents.given(subject, PROFILING, day(1))));
    out.add(store.append(ConsentEvents.withdrawn(subject, NEWSLETTER, day(2))));
    out.add(store.append(ConsentEvents.given(subject, NEWSLETTER, day(3))));
    out.add(store.append(ConsentEvents.withdrawn(subject, PROFILING, day(4))));
    return out;
  }

  @Test
  void append_firstEvent_startsChainAtGenesis() {
    ConsentEntry e = store.append(ConsentEvents.given(ALICE, NEWSLETTER, T0));

    assertThat(e.sequence()).isZero();
    assertThat(e.previousHash()).isEqualTo(ConsentEntry.GENESIS);
    assertThat(e.hashMatches()).as("stored hash covers the event (Art. 7(1) proof)").isTrue();
  }

  @Test
  void append_subsequentEvents_linkToPreviousHash() {
    List<ConsentEntry> entries = appendSample(ALICE);

    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.get(i).sequence()).isEqualTo(i);
      assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
    }
  }

  @Test
  void append_differentSubjects_keepSeparateChains() {
    store.append(ConsentEvents.given(ALICE, NEWSLETTER, T0));
    ConsentEntry bob = store.append(ConsentEvents.given(BOB, NEWSLETTER, T0));

    assertThat(bob.sequence()).as("per-subject chain").isZero();
    assertThat(store.subjects()).containsExactlyInAnyOrder(ALICE, BOB);
  }

  @Test
  void history_unknownSubject_isEmpty() {
    assertThat(store.history(ALICE).entries()).isEmpty();
    assertThat(store.consentAt(ALICE, NEWSLETTER, T0)).isEqualTo(ConsentStatus.NONE);
  }

  @Test
  void history_returnsEntriesInAppendOrderVerbatim() {
    List<ConsentEntry> appended = appendSample(ALICE);
    store.append(ConsentEvents.given(BOB, NEWSLETTER, T0));

    assertThat(store.history(ALICE).entries()).containsExactlyElementsOf(appended);
  }

  @Test
  void history_isASnapshot_notChangedByLaterAppends() {
    store.append(ConsentEvents.given(ALICE, NEWSLETTER, T0));
    var before = store.history(ALICE);
    store.append(ConsentEvents.withdrawn(ALICE, NEWSLETTER, day(1)));

    assertThat(before.entries()).hasSize(1);
  }

  @Test
  void consentAt_answersFromHistory_notOnlyNow() {
    appendSample(ALICE);

    assertThat(store.consentAt(ALICE, NEWSLETTER, T0.minusSeconds(1)))
        .isEqualTo(ConsentStatus.NONE);
    assertThat(store.consentAt(ALICE, NEWSLETTER, day(0))).isEqualTo(ConsentStatus.GIVEN);
    assertThat(store.consentAt(ALICE, NEWSLETTER, day(2)))
        .as("withdrawal takes effect at its instant (Art. 7(3))")
        .isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(store.consentAt(ALICE, NEWSLETTER, day(3))).isEqualTo(ConsentStatus.GIVEN);
    assertThat(store.consentAt(ALICE, PROFILING, day(3))).isEqualTo(ConsentStatus.GIVEN);
    assertThat(store.consentAt(ALICE, PROFILING, day(5))).isEqualTo(ConsentStatus.WITHDRAWN);
  }

  @Test
  void consentAt_isPerPurpose_noBundledConsent() {
    store.append(ConsentEvents.given(ALICE, NEWSLETTER, T0));

    assertThat(store.consentAt(ALICE, PROFILING, day(1)))
        .as("consent to one purpose says nothing of another (Art. 7(2))")
        .isEqualTo(ConsentStatus.NONE);
  }

  @Test
  void consentAt_backDatedEvent_countsFromWhenSubjectActed() {
    store.append(ConsentEvents.given(ALICE, NEWSLETTER, day(5)));
    store.append(ConsentEvents.withdrawn(ALICE, NEWSLETTER, day(2))); // paper form entered late

    assertThat(store.consentAt(ALICE, NEWSLETTER, day(3))).isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(store.consentAt(ALICE, NEWSLETTER, day(6))).isEqualTo(ConsentStatus.GIVEN);
  }

  @Test
  void consentAt_pastExpiry_isExpired() {
    store.append(ConsentEvents.of(ALICE, NEWSLETTER, ConsentEventType.GIVEN, T0, day(30)));

    assertThat(store.consentAt(ALICE, NEWSLETTER, day(29))).isEqualTo(ConsentStatus.GIVEN);
    assertThat(store.consentAt(ALICE, NEWSLETTER, day(30))).isEqualTo(ConsentStatus.EXPIRED);
  }

  @Test
  void verify_untouchedStore_isValid() {
    appendSample(ALICE);
    appendSample(BOB);

    ChainVerification v = store.verify();

    assertThat(v.isValid()).isTrue();
    assertThat(v.subjectsChecked()).isEqualTo(2);
    assertThat(v.entriesChecked()).isEqualTo(10);
  }

  @Test
  void verify_changedEvent_reportsChangedAtItsSequence() {
    List<ConsentEntry> entries = new ArrayList<>(appendSample(ALICE));
    appendSample(BOB);
    ConsentEntry victim = entries.get(2);
    ConsentEvent forged =
        ConsentEvents.given(
            ALICE, NEWSLETTER, victim.event().at()); // withdrawal turned into consent
    entries.set(2, new ConsentEntry(forged, 2, victim.previousHash(), victim.hash()));
    overwriteStoredChain(store, ALICE, entries);

    assertThat(store.verify().breaks())
        .as("a forged withdrawal must be detected (Art. 7(1), 7(3))")
        .containsExactly(new ChainBreak(ALICE, 2, ChainBreak.Kind.CHANGED));
  }

  @Test
  void verify_changedEventWithRecomputedHash_reportsChangedAtThatEntry() {
    List<ConsentEntry> entries = new ArrayList<>(appendSample(ALICE));
    ConsentEntry victim = entries.get(1);
    ConsentEvent forged = ConsentEvents.given(ALICE, NEWSLETTER, victim.event().at());
    entries.set(
        1,
        new ConsentEntry(
            forged,
            1,
            victim.previousHash(),
            ConsentEntry.computeHash(forged, 1, victim.previousHash())));
    overwriteStoredChain(store, ALICE, entries);

    assertThat(store.verify().breaks())
        .containsExactly(new ChainBreak(ALICE, 1, ChainBreak.Kind.CHANGED));
  }

  @Test
  void verify_removedEvent_reportsMissing() {
    List<ConsentEntry> entries = new ArrayList<>(appendSample(ALICE));
    entries.remove(2);
    overwriteStoredChain(store, ALICE, entries);

    assertThat(store.verify().breaks())
        .containsExactly(new ChainBreak(ALICE, 2, ChainBreak.Kind.MISSING));
  }

  @Test
  void verify_insertedEvent_reportsInserted() {
    List<ConsentEntry> entries = new ArrayList<>(appendSample(ALICE));
    ConsentEvent extra = ConsentEvents.given(ALICE, PROFILING, day(2));
    ConsentEntry fake = ConsentEntry.next(entries.get(1), extra); // sequence 2, a duplicate
    entries.add(2, fake);
    overwriteStoredChain(store, ALICE, entries);

    assertThat(store.verify().breaks())
        .containsExactly(new ChainBreak(ALICE, 2, ChainBreak.Kind.INSERTED));
  }

  @Test
  void verify_reorderedEvents_reportsReordered() {
    List<ConsentEntry> entries = new ArrayList<>(appendSample(ALICE));
    Collections.swap(entries, 1, 3);
    overwriteStoredChain(store, ALICE, entries);

    assertThat(store.verify().breaks())
        .containsExactly(new ChainBreak(ALICE, 3, ChainBreak.Kind.REORDERED));
  }

  @Test
  void verify_truncatedChain_detectedAgainstAnchoredHeads() {
    List<ConsentEntry> entries = new ArrayList<>(appendSample(ALICE));
    Map<SubjectId, ChainHead> anchors = store.heads();
    entries.remove(entries.size() - 1); // the last withdrawal vanishes
    overwriteStoredChain(store, ALICE, entries);

    assertThat(store.verify().isValid())
        .as("a chain alone cannot show a cut-off tail; that is what anchors are for")
        .isTrue();
    assertThat(store.verify(anchors).breaks())
        .containsExactly(new ChainBreak(ALICE, 4, ChainBreak.Kind.MISSING));
  }

  @Test
  void verify_anchorsThenLegitimateAppends_stillValid() {
    appendSample(ALICE);
    Map<SubjectId, ChainHead> anchors = store.heads();
    store.append(ConsentEvents.given(ALICE, PROFILING, day(9)));

    assertThat(store.verify(anchors).isValid()).isTrue();
  }

  @Test
  void verify_removedSubjectChain_detectedAgainstAnchors() {
    appendSample(ALICE);
    appendSample(BOB);
    Map<SubjectId, ChainHead> anchors = store.heads();
    overwriteStoredChain(store, BOB, List.of());

    assertThat(store.verify(anchors).breaks())
        .containsExactly(new ChainBreak(BOB, 0, ChainBreak.Kind.MISSING));
  }

  /**
   * How many events each of the eight threads appends in the load test: 10,000 by default. A store
   * on a database server, where every append is its own transaction, may lower it.
   *
   * @return events per thread, at least 100
   */
  protected int loadEventsPerThread() {
    return 10_000;
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void append_eightThreadsConcurrently_loseNothingAndChainsVerify() throws Exception {
    int threads = 8;
    int perThread = loadEventsPerThread();
    int subjects = 32; // shared between threads, so appends to one chain do race
    List<SubjectId> ids = new ArrayList<>();
    for (int i = 0; i < subjects; i++) {
      ids.add(SubjectId.of("load-" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    SubjectId s = ids.get((thread * 7 + i) % subjects);
                    ConsentEventType type =
                        i % 2 == 0 ? ConsentEventType.GIVEN : ConsentEventType.WITHDRAWN;
                    store.append(ConsentEvents.of(s, NEWSLETTER, type, day(0).plusMillis(i)));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    ChainVerification v = store.verify();
    assertThat(v.entriesChecked()).as("no event lost").isEqualTo((long) threads * perThread);
    assertThat(v.isValid()).as("every chain verifies: %s", v.breaks()).isTrue();
    for (SubjectId s : ids) {
      var entries = store.history(s).entries();
      for (int i = 0; i < entries.size(); i++) {
        assertThat(entries.get(i).sequence()).as("no duplicate sequence").isEqualTo(i);
      }
    }
  }
}
