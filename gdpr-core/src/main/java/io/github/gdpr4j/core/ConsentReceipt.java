package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A receipt of one subject's consent history, to hand to the subject (Art. 7(1), Art. 15) or to a
 * supervisory authority, rendered as JSON by {@link #toJson()}.
 *
 * <p><b>Mapping to ISO/IEC TS 27560:2023</b> (consent record information structure; element names
 * as used by the W3C DPVCG implementation guide for TS 27560 — check them against the licensed text
 * before relying on them in a contract):
 *
 * <table>
 *   <caption>JSON member → TS 27560 element</caption>
 *   <tr><th>JSON</th><th>TS 27560</th></tr>
 *   <tr><td>{@code schema_version}</td><td>schema version</td></tr>
 *   <tr><td>{@code receipt_id}</td><td>receipt identifier (here the chain head hash, so the
 *       receipt is bound to the ledger state it was made from)</td></tr>
 *   <tr><td>{@code receipt_time}</td><td>receipt creation time</td></tr>
 *   <tr><td>{@code pii_principal_id}</td><td>PII principal identifier</td></tr>
 *   <tr><td>{@code pii_controller}</td><td>PII controller(s)</td></tr>
 *   <tr><td>{@code records[].purpose}</td><td>purpose (one per record: consent is never
 *       bundled)</td></tr>
 *   <tr><td>{@code records[].consent_state}</td><td>current state of the consent (event state of
 *       the latest event)</td></tr>
 *   <tr><td>{@code records[].events[].record_id}</td><td>record identifier
 *       ({@code subject#sequence})</td></tr>
 *   <tr><td>{@code events[].event_time}</td><td>event time</td></tr>
 *   <tr><td>{@code events[].event_type}</td><td>event type (given, withdrawn, expired, renewed,
 *       requested, confirmed)</td></tr>
 *   <tr><td>{@code events[].event_state}</td><td>event state (the state the event leaves)</td></tr>
 *   <tr><td>{@code events[].event_by}</td><td>entity that performed the event (collector)</td></tr>
 *   <tr><td>{@code events[].collection_method}</td><td>collection method / medium (channel)</td></tr>
 *   <tr><td>{@code events[].notice}</td><td>privacy notice (version id and SHA-256 of its text,
 *       as ISO/IEC 29184 recommends for identifying the notice shown)</td></tr>
 *   <tr><td>{@code events[].evidence}</td><td>evidence / proof reference of the consent</td></tr>
 *   <tr><td>{@code events[].validity_until}</td><td>validity duration / expiry</td></tr>
 *   <tr><td>{@code events[].hash}, {@code previous_hash}</td><td>record integrity (TS 27560
 *       Annex E, security of records)</td></tr>
 * </table>
 *
 * <p>The receipt holds ids, codes and hashes only: no name, no e-mail address.
 *
 * @param history the subject's history
 * @param controller the controller's name
 * @param issuedAt when the receipt was made
 */
public record ConsentReceipt(ConsentHistory history, String controller, Instant issuedAt) {

  /** The value of {@code schema_version}. */
  public static final String SCHEMA_VERSION = "gdpr4j-consent-receipt/1 (ISO/IEC TS 27560:2023)";

  /**
   * Validates the receipt.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the controller name is blank
   */
  public ConsentReceipt {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (controller.isBlank()) {
      throw new IllegalArgumentException("receipt controller must not be blank");
    }
  }

  /**
   * Creates a receipt.
   *
   * @param history the subject's history
   * @param controller the controller's name
   * @param issuedAt when the receipt is made
   * @return the receipt
   */
  public static ConsentReceipt of(ConsentHistory history, String controller, Instant issuedAt) {
    return new ConsentReceipt(history, controller, issuedAt);
  }

  /**
   * Renders the receipt as JSON, purposes in order of first appearance and events in chain order.
   *
   * @return the JSON document
   */
  public String toJson() {
    JsonWriter w = new JsonWriter().beginObject();
    w.name("schema_version").value(SCHEMA_VERSION);
    w.name("receipt_id").value(history.head().map(ChainHead::hash).orElse(ConsentEntry.GENESIS));
    w.name("receipt_time").value(issuedAt.toString());
    w.name("pii_principal_id").value(history.subject().value());
    w.name("pii_controller").value(controller);
    w.name("records").beginArray();
    for (PurposeId purpose : orderedPurposes()) {
      w.beginObject();
      w.name("purpose").value(purpose.value());
      w.name("consent_state").value(history.statusAt(purpose, issuedAt).name());
      w.name("events").beginArray();
      for (ConsentEntry entry : history.entries()) {
        ConsentEvent e = entry.event();
        if (!e.purpose().equals(purpose)) {
          continue;
        }
        w.beginObject();
        w.name("record_id").value(e.subject().value() + "#" + entry.sequence());
        w.name("event_time").value(e.at().toString());
        w.name("event_type").value(e.type().name());
        w.name("event_state").value(e.type().resultingStatus().name());
        w.name("event_by").value(e.collectedBy());
        w.name("collection_method").value(e.channel().name());
        ConsentNotice notice = e.notice();
        w.name("notice");
        if (notice == null) {
          w.nullValue();
        } else {
          w.beginObject();
          w.name("version").value(notice.version());
          w.name("sha256").value(notice.sha256());
          w.endObject();
        }
        w.name("evidence").value(e.proofReference());
        Instant expiry = e.expiresAt();
        w.name("validity_until").value(expiry == null ? null : expiry.toString());
        w.name("hash").value(entry.hash());
        w.name("previous_hash").value(entry.previousHash());
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.toJson();
  }

  private List<PurposeId> orderedPurposes() {
    List<PurposeId> purposes = new ArrayList<>();
    for (ConsentEntry entry : history.entries()) {
      if (!purposes.contains(entry.event().purpose())) {
        purposes.add(entry.event().purpose());
      }
    }
    return purposes;
  }
}
