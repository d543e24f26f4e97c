package io.github.gdpr4j.core;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.ConsentLookup;
import io.github.gdpr4j.core.spi.ConsentStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records consent per subject and per purpose (Art. 7, EDPB Guidelines 05/2020) in an append-only,
 * hash-chained {@link ConsentStore}, stamps each event with the injected clock, and reports every
 * change to the audit sink. It is the {@link ConsentLookup} the processing guard reads.
 *
 * <p>Withdrawing is one call, {@link #withdraw}, taking no more than giving does (Art. 7(3)). The
 * state transitions the ledger refuses are those that cannot be true: confirming a consent that is
 * not pending, renewing one that was never given, expiring one that is not given. Withdrawal is
 * accepted in every state, so that a repeated unsubscribe is recorded, not refused.
 *
 * <pre>{@code
 * ConsentLedger ledger = ConsentLedger.create(ConsentStore.inMemory(), clock, AuditSink.slf4j());
 * ledger.give(subject, newsletter, ConsentCapture.of(WEB_FORM, "signup-form", notice, "sub-42"));
 * ledger.withdraw(subject, newsletter, ConsentChannel.EMAIL, "unsubscribe-link");
 * boolean valid = ledger.consentAt(subject, newsletter, someInstant).isValid();
 * }</pre>
 *
 * <p>Thread-safe when its store and sink are. The state checks of {@link #confirm}, {@link #renew}
 * and {@link #expire} read the state and then append, not atomically: two concurrent confirmations
 * may both be recorded, which is harmless, since each is a true event with its own proof.
 */
public final class ConsentLedger implements ConsentLookup {

  private final ConsentStore store;
  private final Clock clock;
  private final AuditSink audit;

  private ConsentLedger(ConsentStore store, Clock clock, AuditSink audit) {
    this.store = store;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Creates a ledger.
   *
   * @param store where events are stored
   * @param clock the clock that stamps events
   * @param audit the sink that receives one event per change
   * @return the ledger
   */
  public static ConsentLedger create(ConsentStore store, Clock clock, AuditSink audit) {
    return new ConsentLedger(
        Objects.requireNonNull(store, "store"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(audit, "audit"));
  }

  /**
   * Records that consent was asked for and awaits confirmation (double opt-in).
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param capture the channel, collector, notice shown and (optionally) the request's proof
   * @return the stored entry
   */
  public ConsentEntry request(SubjectId subject, PurposeId purpose, ConsentCapture capture) {
    return append(subject, purpose, ConsentEventType.REQUESTED, capture);
  }

  /**
   * Records that consent was given.
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param capture the channel, collector, notice shown, proof and optional expiry
   * @return the stored entry
   * @throws IllegalArgumentException if the notice or proof is missing
   */
  public ConsentEntry give(SubjectId subject, PurposeId purpose, ConsentCapture capture) {
    return append(subject, purpose, ConsentEventType.GIVEN, capture);
  }

  /**
   * Records the confirmation of a pending consent (double opt-in).
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param capture the channel, collector and proof (the confirmation token id)
   * @return the stored entry
   * @throws IllegalStateException if consent is not pending now
   */
  public ConsentEntry confirm(SubjectId subject, PurposeId purpose, ConsentCapture capture) {
    requireState(subject, purpose, ConsentEventType.CONFIRMED, List.of(ConsentStatus.PENDING));
    return append(subject, purpose, ConsentEventType.CONFIRMED, capture);
  }

  /**
   * Records the renewal of consent that is given or has expired.
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param capture the channel, collector, notice, proof and optional new expiry
   * @return the stored entry
   * @throws IllegalStateException if consent is neither given nor expired now
   */
  public ConsentEntry renew(SubjectId subject, PurposeId purpose, ConsentCapture capture) {
    requireState(
        subject,
        purpose,
        ConsentEventType.RENEWED,
        List.of(ConsentStatus.GIVEN, ConsentStatus.EXPIRED));
    return append(subject, purpose, ConsentEventType.RENEWED, capture);
  }

  /**
   * Records the withdrawal of consent (Art. 7(3)); processing based on it must stop now.
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param channel how the withdrawal was expressed
   * @param actor the user or system id that recorded it
   * @return the stored entry
   */
  public ConsentEntry withdraw(
      SubjectId subject, PurposeId purpose, ConsentChannel channel, String actor) {
    return append(
        subject,
        purpose,
        ConsentEventType.WITHDRAWN,
        new ConsentCapture(channel, actor, null, null, null));
  }

  /**
   * Records that consent reached its refresh date without renewal.
   *
   * @param subject the subject
   * @param purpose the purpose
   * @param actor the user or system id that recorded it
   * @return the stored entry
   * @throws IllegalStateException if consent is not given now
   */
  public ConsentEntry expire(SubjectId subject, PurposeId purpose, String actor) {
    requireState(subject, purpose, ConsentEventType.EXPIRED, List.of(ConsentStatus.GIVEN));
    return append(
        subject,
        purpose,
        ConsentEventType.EXPIRED,
        new ConsentCapture(ConsentChannel.API, actor, null, null, null));
  }

  /**
   * Appends an event built elsewhere, with its own instant: an import of historical consent, or a
   * paper form entered after the fact. No state check is made; the event is audited.
   *
   * @param event the event
   * @return the stored entry
   */
  public ConsentEntry record(ConsentEvent event) {
    Objects.requireNonNull(event, "event");
    ConsentEntry entry = store.append(event);
    audit(entry);
    return entry;
  }

  @Override
  public ConsentStatus consentAt(SubjectId subject, PurposeId purpose, Instant at) {
    return store.consentAt(subject, purpose, at);
  }

  /**
   * Returns the state of consent now, by the injected clock.
   *
   * @param subject the subject
   * @param purpose the purpose
   * @return the state
   */
  public ConsentStatus consentNow(SubjectId subject, PurposeId purpose) {
    return consentAt(subject, purpose, clock.instant());
  }

  /**
   * Returns a subject's consent history.
   *
   * @param subject the subject
   * @return the history
   */
  public ConsentHistory history(SubjectId subject) {
    return store.history(subject);
  }

  /**
   * Verifies every chain in the store.
   *
   * @return the result
   */
  public ChainVerification verify() {
    return store.verify();
  }

  /**
   * Returns a receipt of the subject's consent history, stamped with the clock's instant.
   *
   * @param subject the subject
   * @param controller the controller's name as it should appear on the receipt
   * @return the receipt
   */
  public ConsentReceipt receipt(SubjectId subject, String controller) {
    return ConsentReceipt.of(store.history(subject), controller, clock.instant());
  }

  private void requireState(
      SubjectId subject, PurposeId purpose, ConsentEventType type, List<ConsentStatus> allowed) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    ConsentStatus now = consentNow(subject, purpose);
    if (!allowed.contains(now)) {
      throw new IllegalStateException(
          "cannot record "
              + type
              + " for subject "
              + subject
              + ", purpose "
              + purpose
              + ": consent is "
              + now
              + ", expected one of "
              + allowed);
    }
  }

  private ConsentEntry append(
      SubjectId subject, PurposeId purpose, ConsentEventType type, ConsentCapture capture) {
    Objects.requireNonNull(capture, "capture");
    ConsentEvent event =
        new ConsentEvent(
            subject,
            purpose,
            type,
            clock.instant(),
            capture.channel(),
            capture.collectedBy(),
            capture.notice(),
            capture.proofReference(),
            capture.expiresAt());
    return record(event);
  }

  private void audit(ConsentEntry entry) {
    ConsentEvent e = entry.event();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("channel", e.channel().name());
    details.put("sequence", Long.toString(entry.sequence()));
    e.noticeShown().ifPresent(n -> details.put("noticeVersion", n.version()));
    List<String> reasons =
        e.type() == ConsentEventType.WITHDRAWN
            ? List.of("CONSENT_WITHDRAWN (Art. 7(3))")
            : List.of();
    audit.record(
        new AuditEvent(
            clock.instant(),
            e.type().auditAction(),
            e.subject(),
            e.purpose(),
            AuditEvent.Outcome.RECORDED,
            reasons,
            e.collectedBy(),
            details));
  }
}
