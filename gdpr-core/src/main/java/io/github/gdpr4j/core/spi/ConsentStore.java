package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.ChainHead;
import io.github.gdpr4j.core.ChainVerification;
import io.github.gdpr4j.core.ConsentEntry;
import io.github.gdpr4j.core.ConsentEvent;
import io.github.gdpr4j.core.ConsentHistory;
import io.github.gdpr4j.core.ConsentStatus;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.SubjectId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The append-only, tamper-evident consent ledger's storage (Art. 7(1): the controller must be able
 * to demonstrate consent). Stores only append; nothing is updated or deleted through this
 * interface.
 *
 * <p><b>One hash chain per subject.</b> Each subject's events form their own chain ({@link
 * ConsentEntry}). Per-subject chains let appends for different subjects run concurrently without a
 * global lock or a global sequence; erasing one subject's chain (when the proof's own retention
 * period is over, Art. 5(1)(e), or on a justified Art. 17 request — done in storage, this interface
 * deliberately offers no delete) leaves every other chain verifiable, where a global chain would be
 * broken for everyone; and they map onto one table with a unique {@code (subject, sequence)} key,
 * which is also how a database store makes {@link #append} atomic (insert, retry on conflict). The
 * order of events across subjects carries no legal meaning — each subject's consent state depends
 * only on that subject's events, and each event's instant is inside its hash — so reordering across
 * subjects need not be detected. What a chain cannot show by itself is the removal of its last
 * entries or of a whole chain; controllers that need this anchor {@link #heads()} outside the store
 * and call {@link #verify(Map)}.
 *
 * <p>Implementations are thread-safe; {@link #append} is atomic per subject (two concurrent appends
 * for the same subject never get the same sequence number). Every implementation must pass the
 * contract tests {@code io.github.gdpr4j.core.tck.ConsentStoreContract} in the gdpr-core test-jar.
 *
 * <pre>{@code
 * ConsentStore store = ConsentStore.inMemory();
 * ConsentEntry entry = store.append(event);
 * ChainVerification check = store.verify();
 * }</pre>
 */
public interface ConsentStore extends ConsentLookup {

  /**
   * Appends an event at the end of its subject's chain, computing its sequence number and hash with
   * {@link ConsentEntry#first} or {@link ConsentEntry#next}.
   *
   * @param event the event
   * @return the stored entry
   */
  ConsentEntry append(ConsentEvent event);

  /**
   * Returns a subject's chain in stored order.
   *
   * @param subject the subject
   * @return the history, empty when the subject has no event
   */
  ConsentHistory history(SubjectId subject);

  /**
   * Returns every subject that has a chain.
   *
   * @return the subjects; a snapshot
   */
  Set<SubjectId> subjects();

  /**
   * {@inheritDoc}
   *
   * <p>Computed from {@link #history(SubjectId)}; a store may answer faster from an index.
   */
  @Override
  default ConsentStatus consentAt(SubjectId subject, PurposeId purpose, Instant at) {
    return history(subject).statusAt(purpose, at);
  }

  /**
   * Verifies every subject's chain.
   *
   * @return the result, naming the first break of each broken chain
   */
  default ChainVerification verify() {
    return verify(Map.of());
  }

  /**
   * Verifies every subject's chain and that each chain still reaches its anchored head; a subject
   * anchored but no longer stored is reported as {@link
   * io.github.gdpr4j.core.ChainBreak.Kind#MISSING} at sequence 0 (after a legitimate erasure, drop
   * that subject's anchor too).
   *
   * @param anchors heads recorded earlier, by subject
   * @return the result
   */
  default ChainVerification verify(Map<SubjectId, ChainHead> anchors) {
    Objects.requireNonNull(anchors, "anchors");
    ChainVerification result = ChainVerification.empty();
    Set<SubjectId> subjects = new HashSet<>(subjects());
    subjects.addAll(anchors.keySet());
    for (SubjectId subject : subjects) {
      result = result.and(history(subject).verify(anchors.get(subject)));
    }
    return result;
  }

  /**
   * Returns the head of every chain, to anchor outside the store.
   *
   * @return the heads by subject
   */
  default Map<SubjectId, ChainHead> heads() {
    Map<SubjectId, ChainHead> heads = new HashMap<>();
    for (SubjectId subject : subjects()) {
      history(subject).head().ifPresent(h -> heads.put(subject, h));
    }
    return Map.copyOf(heads);
  }

  /**
   * Returns a new, empty, thread-safe in-memory store, for tests and for applications that persist
   * consent elsewhere.
   *
   * @return the store
   */
  static ConsentStore inMemory() {
    return new InMemoryConsentStore();
  }
}
