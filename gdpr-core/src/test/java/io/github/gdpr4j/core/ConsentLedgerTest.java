package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.spi.ConsentStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsentLedgerTest {

  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final SubjectId ALICE = SubjectId.of("contact-1");
  private static final PurposeId NEWSLETTER = PurposeId.of("newsletter");
  private static final PurposeId PROFILING = PurposeId.of("profiling");
  private static final ConsentNotice NOTICE =
      ConsentNotice.of("newsletter-v3", "We send one e-mail a week. Unsubscribe at any time.");
  private static final ConsentCapture WEB =
      ConsentCapture.of(ConsentChannel.WEB_FORM, "signup-form", NOTICE, "submission-981");

  private final MutableClock clock = new MutableClock(T0);
  private final StateAuditSink audit = new StateAuditSink();
  private ConsentLedger ledger;

  @BeforeEach
  void setUp() {
    ledger = ConsentLedger.create(ConsentStore.inMemory(), clock, audit);
  }

  @Nested
  class Lifecycle {
    @Test
    void give_makesConsentValidFromNow() {
      ledger.give(ALICE, NEWSLETTER, WEB);

      assertThat(ledger.consentNow(ALICE, NEWSLETTER)).isEqualTo(ConsentStatus.GIVEN);
      assertThat(ledger.consentAt(ALICE, NEWSLETTER, T0.minusSeconds(1)))
          .isEqualTo(ConsentStatus.NONE);
    }

    @Test
    void withdraw_isOneCall_andStopsConsentFromThatInstant() {
      ledger.give(ALICE, NEWSLETTER, WEB);
      clock.advance(Duration.ofDays(10));

      ledger.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "unsubscribe-link");

      assertThat(ledger.consentNow(ALICE, NEWSLETTER))
          .as("Art. 7(3): withdrawal as easy as giving, effective at once")
          .isEqualTo(ConsentStatus.WITHDRAWN);
      assertThat(ledger.consentAt(ALICE, NEWSLETTER, T0.plus(Duration.ofDays(5))))
          .as("Art. 7(3): withdrawal does not affect the lawfulness of earlier processing")
          .isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void doubleOptIn_pendingUntilConfirmed() {
      ledger.request(ALICE, NEWSLETTER, WEB);
      assertThat(ledger.consentNow(ALICE, NEWSLETTER).isValid())
          .as("pending double opt-in is not yet consent")
          .isFalse();
      clock.advance(Duration.ofMinutes(5));

      ledger.confirm(
          ALICE,
          NEWSLETTER,
          new ConsentCapture(ConsentChannel.EMAIL, "doi-mailer", null, "token-77", null));

      assertThat(ledger.consentNow(ALICE, NEWSLETTER)).isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void consentWithRefreshDate_expiresThenRenews() {
      ledger.give(ALICE, NEWSLETTER, WEB.expiringAt(T0.plus(Duration.ofDays(365))));
      clock.advance(Duration.ofDays(365));
      assertThat(ledger.consentNow(ALICE, NEWSLETTER)).isEqualTo(ConsentStatus.EXPIRED);

      ledger.renew(ALICE, NEWSLETTER, WEB);

      assertThat(ledger.consentNow(ALICE, NEWSLETTER)).isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void expire_recordsExpiry() {
      ledger.give(ALICE, NEWSLETTER, WEB);

      ledger.expire(ALICE, NEWSLETTER, "refresh-job");

      assertThat(ledger.consentNow(ALICE, NEWSLETTER)).isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void consentPerPurpose_neverBundled() {
      ledger.give(ALICE, NEWSLETTER, WEB);

      assertThat(ledger.consentNow(ALICE, PROFILING)).isEqualTo(ConsentStatus.NONE);
    }

    @Test
    void record_backDatedPaperForm_countsFromSignature() {
      ledger.record(
          new ConsentEvent(
              ALICE,
              NEWSLETTER,
              ConsentEventType.GIVEN,
              T0.minus(Duration.ofDays(30)),
              ConsentChannel.PAPER,
              "shop-42",
              NOTICE,
              "scan-2025-0117",
              null));

      assertThat(ledger.consentAt(ALICE, NEWSLETTER, T0.minus(Duration.ofDays(1))))
          .isEqualTo(ConsentStatus.GIVEN);
      assertThat(ledger.verify().isValid()).isTrue();
    }
  }

  @Nested
  class RefusedTransitions {
    @Test
    void confirmWithoutPendingRequest_isRefusedNamingSubjectAndPurpose() {
      assertThatThrownBy(
              () ->
                  ledger.confirm(
                      ALICE,
                      NEWSLETTER,
                      new ConsentCapture(ConsentChannel.EMAIL, "doi", null, "token-1", null)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("contact-1")
          .hasMessageContaining("newsletter")
          .hasMessageContaining("NONE");
    }

    @Test
    void renewNeverGiven_isRefused() {
      assertThatThrownBy(() -> ledger.renew(ALICE, NEWSLETTER, WEB))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void expireWithdrawn_isRefused() {
      ledger.give(ALICE, NEWSLETTER, WEB);
      ledger.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "u");

      assertThatThrownBy(() -> ledger.expire(ALICE, NEWSLETTER, "job"))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withdrawTwice_isRecordedNotRefused() {
      ledger.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "u");
      ledger.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "u");

      assertThat(ledger.history(ALICE).entries()).hasSize(2);
    }

    @Test
    void refusedTransition_appendsNothing() {
      try {
        ledger.renew(ALICE, NEWSLETTER, WEB);
      } catch (IllegalStateException expected) {
        // refused
      }
      assertThat(ledger.history(ALICE).entries()).isEmpty();
      assertThat(audit.events).isEmpty();
    }
  }

  @Nested
  class BadInputs {
    @Test
    void giveWithoutNotice_isRejected() {
      ConsentCapture noNotice =
          new ConsentCapture(ConsentChannel.WEB_FORM, "form", null, "submission-1", null);

      assertThatThrownBy(() -> ledger.give(ALICE, NEWSLETTER, noNotice))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Art. 7(2)");
    }

    @Test
    void giveWithoutProof_isRejected() {
      ConsentCapture noProof =
          new ConsentCapture(ConsentChannel.WEB_FORM, "form", NOTICE, null, null);

      assertThatThrownBy(() -> ledger.give(ALICE, NEWSLETTER, noProof))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Art. 7(1)");
    }

    @Test
    void expiryNotAfterEvent_isRejected() {
      assertThatThrownBy(() -> ledger.give(ALICE, NEWSLETTER, WEB.expiringAt(T0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expiry");
    }

    @Test
    void expiryOnWithdrawal_isRejected() {
      assertThatThrownBy(
              () ->
                  new ConsentEvent(
                      ALICE,
                      NEWSLETTER,
                      ConsentEventType.WITHDRAWN,
                      T0,
                      ConsentChannel.API,
                      "api",
                      null,
                      null,
                      T0.plusSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedNoticeHash_isRejected() {
      assertThatThrownBy(() -> new ConsentNotice("v1", "ABC"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("v1");
      assertThatThrownBy(() -> new ConsentNotice("v1", "G".repeat(64)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noticeOf_hashesExactUtf8Text() {
      assertThat(ConsentNotice.of("v1", "abc").sha256())
          .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void nulls_areRejected() {
      assertThatNullPointerException().isThrownBy(() -> ledger.give(null, NEWSLETTER, WEB));
      assertThatNullPointerException().isThrownBy(() -> ledger.give(ALICE, null, WEB));
      assertThatNullPointerException().isThrownBy(() -> ledger.give(ALICE, NEWSLETTER, null));
      assertThatNullPointerException().isThrownBy(() -> ConsentLedger.create(null, clock, audit));
    }

    @Test
    void encoding_isUnambiguous_shiftingCharactersBetweenFieldsChangesHash() {
      ConsentEvent a =
          new ConsentEvent(
              ALICE,
              NEWSLETTER,
              ConsentEventType.GIVEN,
              T0,
              ConsentChannel.API,
              "ab",
              NOTICE,
              "c",
              null);
      ConsentEvent b =
          new ConsentEvent(
              ALICE,
              NEWSLETTER,
              ConsentEventType.GIVEN,
              T0,
              ConsentChannel.API,
              "a",
              NOTICE,
              "bc",
              null);

      assertThat(ConsentEntry.first(a).hash()).isNotEqualTo(ConsentEntry.first(b).hash());
    }
  }

  @Nested
  class Audit {
    @Test
    void everyChange_isAuditedWithIdsAndCodesOnly() {
      ledger.request(ALICE, NEWSLETTER, WEB);
      ledger.confirm(
          ALICE,
          NEWSLETTER,
          new ConsentCapture(ConsentChannel.EMAIL, "doi-mailer", null, "token-77", null));
      ledger.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "unsubscribe-link");

      assertThat(audit.actions())
          .containsExactly("consent.requested", "consent.confirmed", "consent.withdrawn");
      AuditEvent withdrawn = audit.last();
      assertThat(withdrawn.subject()).isEqualTo(ALICE);
      assertThat(withdrawn.purpose()).isEqualTo(NEWSLETTER);
      assertThat(withdrawn.actor()).isEqualTo("unsubscribe-link");
      assertThat(withdrawn.reasons()).containsExactly("CONSENT_WITHDRAWN (Art. 7(3))");
      assertThat(withdrawn.details())
          .containsEntry("channel", "EMAIL")
          .containsEntry("sequence", "2");
    }
  }

  @Nested
  class Receipt {
    @Test
    void receipt_mapsEventsToIso27560Fields() {
      ledger.give(ALICE, NEWSLETTER, WEB.expiringAt(T0.plus(Duration.ofDays(730))));
      clock.advance(Duration.ofHours(1));
      ledger.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "unsubscribe-link");

      String json = ledger.receipt(ALICE, "ACME SAS").toJson();

      assertThat(json)
          .contains("\"schema_version\": \"" + ConsentReceipt.SCHEMA_VERSION + "\"")
          .contains("\"pii_principal_id\": \"contact-1\"")
          .contains("\"pii_controller\": \"ACME SAS\"")
          .contains("\"purpose\": \"newsletter\"")
          .contains("\"consent_state\": \"WITHDRAWN\"")
          .contains("\"record_id\": \"contact-1#0\"")
          .contains("\"event_type\": \"GIVEN\"")
          .contains("\"collection_method\": \"WEB_FORM\"")
          .contains("\"version\": \"newsletter-v3\"")
          .contains("\"sha256\": \"" + NOTICE.sha256() + "\"")
          .contains("\"evidence\": \"submission-981\"")
          .contains("\"validity_until\": \"2027-03-01T09:00:00Z\"")
          .contains(
              "\"receipt_id\": \"" + ledger.history(ALICE).head().orElseThrow().hash() + "\"");
    }

    @Test
    void receipt_shapeAndHashesAreFrozen() {
      // The hash encoding is a storage format: changing it breaks every stored ledger.
      ConsentLedger fixed =
          ConsentLedger.create(
              ConsentStore.inMemory(), java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC), audit);
      fixed.give(
          ALICE,
          NEWSLETTER,
          ConsentCapture.of(
              ConsentChannel.WEB_FORM, "signup-form", ConsentNotice.of("v1", "x"), "sub-1"));
      fixed.withdraw(ALICE, NEWSLETTER, ConsentChannel.EMAIL, "unsubscribe-link");

      assertThat(fixed.receipt(ALICE, "ACME SAS").toJson())
          .isEqualTo(
              """
            {
              "schema_version": "gdpr4j-consent-receipt/1 (ISO/IEC TS 27560:2023)",
              "receipt_id": "8fc23ebb0ee1c2111af028d21c3135aa3ef699b4ed08711af8096ee2e10b9a33",
              "receipt_time": "2025-03-01T09:00:00Z",
              "pii_principal_id": "contact-1",
              "pii_controller": "ACME SAS",
              "records": [
                {
                  "purpose": "newsletter",
                  "consent_state": "WITHDRAWN",
                  "events": [
                    {
                      "record_id": "contact-1#0",
                      "event_time": "2025-03-01T09:00:00Z",
                      "event_type": "GIVEN",
                      "event_state": "GIVEN",
                      "event_by": "signup-form",
                      "collection_method": "WEB_FORM",
                      "notice": {
                        "version": "v1",
                        "sha256": "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"
                      },
                      "evidence": "sub-1",
                      "validity_until": null,
                      "hash": "afe4b50877789e3b46ce594f7183e82aa62bfb059c89d3dde7015aebada8d0e9",
                      "previous_hash": "0000000000000000000000000000000000000000000000000000000000000000"
                    },
                    {
                      "record_id": "contact-1#1",
                      "event_time": "2025-03-01T09:00:00Z",
                      "event_type": "WITHDRAWN",
                      "event_state": "WITHDRAWN",
                      "event_by": "unsubscribe-link",
                      "collection_method": "EMAIL",
                      "notice": null,
                      "evidence": null,
                      "validity_until": null,
                      "hash": "8fc23ebb0ee1c2111af028d21c3135aa3ef699b4ed08711af8096ee2e10b9a33",
                      "previous_hash": "afe4b50877789e3b46ce594f7183e82aa62bfb059c89d3dde7015aebada8d0e9"
                    }
                  ]
                }
              ]
            }""");
    }

    @Test
    void receipt_emptyHistory_hasNoRecords() {
      String json = ledger.receipt(ALICE, "ACME SAS").toJson();

      assertThat(json).contains("\"records\": []").contains(ConsentEntry.GENESIS);
    }

    @Test
    void receipt_blankController_isRejected() {
      assertThatThrownBy(() -> ledger.receipt(ALICE, " "))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
