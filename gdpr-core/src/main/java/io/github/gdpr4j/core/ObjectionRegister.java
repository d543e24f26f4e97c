package io.github.gdpr4j.core;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.ObjectionLookup;
import io.github.gdpr4j.core.spi.ObjectionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The objection register (Art. 21): objections per subject and purpose, and to all direct
 * marketing. It is the {@link ObjectionLookup} the processing guard reads.
 *
 * <ul>
 *   <li>For a direct-marketing purpose an objection is absolute and immediate (Art. 21(2)-(3)): an
 *       objection to that purpose or to all direct marketing yields {@link ObjectionStatus#LODGED}
 *       from the instant it is lodged, and no override is ever taken into account — even one
 *       recorded before the purpose was classed as direct marketing.
 *   <li>For a legitimate-interest or public-task purpose (Art. 6(1)(e)-(f)) processing stops until
 *       the controller records compelling legitimate grounds with {@link #override} (who, when,
 *       why); the override is audited as {@code objection.overridden} and yields {@link
 *       ObjectionStatus#OVERRIDDEN}. While the objection is being assessed, the subject may also
 *       obtain restriction (Art. 18(1)(d)) through {@link RestrictionRegister}.
 * </ul>
 *
 * <p>To keep an objecting subject from coming back through a re-import, also add them to a {@link
 * SuppressionList}. Thread-safe when its store and sink are.
 *
 * <pre>{@code
 * ObjectionRegister objections = ObjectionRegister.create(ObjectionStore.inMemory(), clock, sink);
 * objections.lodgeAgainstDirectMarketing(subject, "unsubscribe-page");
 * }</pre>
 */
public final class ObjectionRegister implements ObjectionLookup {

  private final ObjectionStore store;
  private final Clock clock;
  private final AuditSink audit;

  private ObjectionRegister(ObjectionStore store, Clock clock, AuditSink audit) {
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
  public static ObjectionRegister create(ObjectionStore store, Clock clock, AuditSink audit) {
    return new ObjectionRegister(
        Objects.requireNonNull(store, "store"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(audit, "audit"));
  }

  /**
   * Records the subject's objection to one purpose (Art. 21(1) or 21(2)).
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param actor the user or system id recording it
   * @return the record
   */
  public ObjectionRecord lodge(SubjectId subject, PurposeId purpose, String actor) {
    Objects.requireNonNull(purpose, "purpose");
    return append(subject, purpose, ObjectionEventType.LODGED, actor, null);
  }

  /**
   * Records the subject's objection to all direct marketing (Art. 21(2)), effective for every
   * purpose the guard classes as direct marketing.
   *
   * @param subject the subject
   * @param actor the user or system id recording it
   * @return the record
   */
  public ObjectionRecord lodgeAgainstDirectMarketing(SubjectId subject, String actor) {
    return append(subject, null, ObjectionEventType.LODGED, actor, null);
  }

  /**
   * Records the controller's compelling legitimate grounds for continuing to process despite an
   * objection (Art. 21(1)). Has no effect for direct marketing (Art. 21(3)).
   *
   * @param subject the subject
   * @param purpose the purpose (never "all direct marketing")
   * @param decidedBy who took the decision (a user id)
   * @param grounds why: the compelling grounds, or the legal claims (kept, never audited)
   * @return the record
   * @throws IllegalStateException if no objection to {@code purpose} is lodged now
   */
  public ObjectionRecord override(
      SubjectId subject, PurposeId purpose, String decidedBy, String grounds) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(grounds, "grounds");
    if (lastFor(subject, purpose, clock.instant()) != ObjectionEventType.LODGED) {
      throw new IllegalStateException(
          "cannot override: no objection of subject "
              + subject
              + " to purpose "
              + purpose
              + " is lodged");
    }
    return append(subject, purpose, ObjectionEventType.OVERRIDDEN, decidedBy, grounds);
  }

  /**
   * Records that the subject withdrew an objection.
   *
   * @param subject the subject
   * @param purpose the purpose, or null for the objection to all direct marketing
   * @param actor the user or system id recording it
   * @return the record
   */
  public ObjectionRecord withdraw(SubjectId subject, @Nullable PurposeId purpose, String actor) {
    return append(subject, purpose, ObjectionEventType.WITHDRAWN, actor, null);
  }

  @Override
  public ObjectionStatus objectionAt(
      SubjectId subject, PurposeId purpose, boolean directMarketing, Instant at) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
    List<ObjectionRecord> history = store.history(subject);
    if (directMarketing && last(history, null, at) == ObjectionEventType.LODGED) {
      return ObjectionStatus.LODGED;
    }
    ObjectionEventType last = last(history, purpose, at);
    if (last == null || last == ObjectionEventType.WITHDRAWN) {
      return ObjectionStatus.NONE;
    }
    if (last == ObjectionEventType.OVERRIDDEN && !directMarketing) {
      return ObjectionStatus.OVERRIDDEN;
    }
    return ObjectionStatus.LODGED;
  }

  /**
   * Returns a subject's records.
   *
   * @param subject the subject
   * @return the records in the order recorded
   */
  public List<ObjectionRecord> history(SubjectId subject) {
    return store.history(Objects.requireNonNull(subject, "subject"));
  }

  private @Nullable ObjectionEventType lastFor(SubjectId subject, PurposeId purpose, Instant at) {
    return last(store.history(subject), purpose, at);
  }

  /** The latest record for the scope at or before {@code at}; ties go to the later-recorded. */
  private static @Nullable ObjectionEventType last(
      List<ObjectionRecord> history, @Nullable PurposeId scope, Instant at) {
    ObjectionRecord last = null;
    for (ObjectionRecord r : history) {
      if (Objects.equals(r.purpose(), scope)
          && !r.at().isAfter(at)
          && (last == null || !r.at().isBefore(last.at()))) {
        last = r;
      }
    }
    return last == null ? null : last.type();
  }

  private ObjectionRecord append(
      SubjectId subject,
      @Nullable PurposeId purpose,
      ObjectionEventType type,
      String actor,
      @Nullable String grounds) {
    Instant now = clock.instant();
    ObjectionRecord record = new ObjectionRecord(subject, purpose, type, now, actor, grounds);
    store.append(record);
    List<String> reasons =
        type == ObjectionEventType.OVERRIDDEN
            ? List.of("COMPELLING_LEGITIMATE_GROUNDS (Art. 21(1))")
            : type == ObjectionEventType.LODGED
                ? List.of(
                    purpose == null
                        ? "OBJECTION_DIRECT_MARKETING (Art. 21(3))"
                        : "OBJECTION (Art. 21)")
                : List.of();
    audit.record(
        new AuditEvent(
            now,
            type.auditAction(),
            subject,
            purpose,
            AuditEvent.Outcome.RECORDED,
            reasons,
            actor,
            Map.of("scope", purpose == null ? "ALL_DIRECT_MARKETING" : "PURPOSE")));
    return record;
  }
}
