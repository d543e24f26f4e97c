package io.github.gdpr4j.core;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.RestrictionLookup;
import io.github.gdpr4j.core.spi.RestrictionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The restriction register (Art. 18): while a subject's processing is restricted, the guard allows
 * storage only (Art. 18(2)). It is the {@link RestrictionLookup} the processing guard reads.
 *
 * <p>A subject may be restricted on several grounds at once (say, accuracy contested and an
 * objection pending); each ground is placed and lifted separately, and processing stays restricted
 * while any ground is in force. Before lifting, the controller must inform the subject (Art.
 * 18(3)); lifting is recorded and audited as {@code restriction.lifted}. Thread-safe when its store
 * and sink are.
 *
 * <pre>{@code
 * RestrictionRegister restrictions = RestrictionRegister.create(RestrictionStore.inMemory(), clock, sink);
 * restrictions.place(subject, RestrictionGround.ACCURACY_CONTESTED, "dpo");
 * }</pre>
 */
public final class RestrictionRegister implements RestrictionLookup {

  private final RestrictionStore store;
  private final Clock clock;
  private final AuditSink audit;

  private RestrictionRegister(RestrictionStore store, Clock clock, AuditSink audit) {
    this.store = store;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Creates a register.
   *
   * @param store where records are kept
   * @param clock the clock that stamps records
   * @param audit the sink that receives one event per change
   * @return the register
   */
  public static RestrictionRegister create(RestrictionStore store, Clock clock, AuditSink audit) {
    return new RestrictionRegister(
        Objects.requireNonNull(store, "store"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(audit, "audit"));
  }

  /**
   * Restricts processing of the subject's data on {@code ground}. Placing a ground already in force
   * records it again (the later request is kept as evidence) and changes nothing else.
   *
   * @param subject the subject
   * @param ground the Art. 18(1) ground
   * @param actor the user or system id recording it
   * @return the record
   */
  public RestrictionRecord place(SubjectId subject, RestrictionGround ground, String actor) {
    return append(subject, ground, RestrictionEventType.PLACED, actor);
  }

  /**
   * Lifts the restriction on {@code ground}, after the subject was informed (Art. 18(3)).
   *
   * @param subject the subject
   * @param ground the ground to lift
   * @param actor the user or system id recording it
   * @return the record
   * @throws IllegalStateException if no restriction on that ground is in force
   */
  public RestrictionRecord lift(SubjectId subject, RestrictionGround ground, String actor) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(ground, "ground");
    if (!activeGroundsAt(subject, clock.instant()).contains(ground)) {
      throw new IllegalStateException(
          "cannot lift: subject " + subject + " is not restricted on ground " + ground);
    }
    return append(subject, ground, RestrictionEventType.LIFTED, actor);
  }

  /**
   * {@inheritDoc}
   *
   * <p>When several grounds are in force, returns the first in {@link RestrictionGround} order.
   */
  @Override
  public Optional<RestrictionGround> restrictionAt(SubjectId subject, Instant at) {
    return activeGroundsAt(subject, at).stream().findFirst();
  }

  /**
   * Returns every ground in force at {@code at}.
   *
   * @param subject the subject
   * @param at the instant
   * @return the grounds, in {@link RestrictionGround} order; empty when not restricted
   */
  public Set<RestrictionGround> activeGroundsAt(SubjectId subject, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    Map<RestrictionGround, RestrictionRecord> last = new EnumMap<>(RestrictionGround.class);
    for (RestrictionRecord r : store.history(subject)) {
      RestrictionRecord previous = last.get(r.ground());
      if (!r.at().isAfter(at) && (previous == null || !r.at().isBefore(previous.at()))) {
        last.put(r.ground(), r);
      }
    }
    Set<RestrictionGround> active = EnumSet.noneOf(RestrictionGround.class);
    last.forEach(
        (ground, r) -> {
          if (r.type() == RestrictionEventType.PLACED) {
            active.add(ground);
          }
        });
    return Collections.unmodifiableSet(active);
  }

  /**
   * Returns a subject's records.
   *
   * @param subject the subject
   * @return the records in the order recorded
   */
  public List<RestrictionRecord> history(SubjectId subject) {
    return store.history(Objects.requireNonNull(subject, "subject"));
  }

  private RestrictionRecord append(
      SubjectId subject, RestrictionGround ground, RestrictionEventType type, String actor) {
    Instant now = clock.instant();
    RestrictionRecord record = new RestrictionRecord(subject, ground, type, now, actor);
    store.append(record);
    audit.record(
        new AuditEvent(
            now,
            type.auditAction(),
            subject,
            null,
            AuditEvent.Outcome.RECORDED,
            List.of(ground.name() + " (" + ground.article() + ")"),
            actor,
            Map.of("ground", ground.name())));
    return record;
  }
}
