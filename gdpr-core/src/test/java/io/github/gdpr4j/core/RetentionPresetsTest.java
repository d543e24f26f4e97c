package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The CNIL 2021-131 presets at their boundaries: the day before, the day of and the day after the
 * end of the period, read from a fixed clock.
 */
class RetentionPresetsTest {

  private static Instant noon(String date) {
    return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  private static RetentionStatus at(RetentionRule rule, RetentionFacts facts, String date) {
    Clock clock = Clock.fixed(noon(date), ZoneOffset.UTC);
    return rule.evaluate(facts, clock.instant());
  }

  @Nested
  class Prospect {
    private final RetentionFacts collectedOnly =
        RetentionFacts.empty().with(RetentionEvent.COLLECTION, noon("2022-05-10"));

    @Test
    void threeYearsFromCollection_boundaries() {
      assertThat(at(RetentionPresets.PROSPECT, collectedOnly, "2025-05-09").isDue())
          .as("day before: kept (CNIL 2021-131, 3 years)")
          .isFalse();
      assertThat(at(RetentionPresets.PROSPECT, collectedOnly, "2025-05-10").isDue())
          .as("day of: due")
          .isTrue();
      assertThat(at(RetentionPresets.PROSPECT, collectedOnly, "2025-05-11").isDue())
          .as("day after: due")
          .isTrue();
      assertThat(at(RetentionPresets.PROSPECT, collectedOnly, "2025-05-11").dueAction())
          .contains(RetentionAction.DELETE);
    }

    @Test
    void contactInitiatedByProspect_restartsTheThreeYears() {
      RetentionFacts facts =
          collectedOnly.with(RetentionEvent.LAST_CONTACT_BY_SUBJECT, noon("2024-01-20"));

      assertThat(at(RetentionPresets.PROSPECT, facts, "2025-05-11").isDue()).isFalse();
      assertThat(at(RetentionPresets.PROSPECT, facts, "2027-01-19").isDue()).isFalse();
      assertThat(at(RetentionPresets.PROSPECT, facts, "2027-01-20").isDue()).isTrue();
      assertThat(at(RetentionPresets.PROSPECT, facts, "2027-01-21").isDue()).isTrue();
    }
  }

  @Nested
  class CustomerProspecting {
    private final RetentionFacts ended =
        RetentionFacts.empty()
            .with(RetentionEvent.COLLECTION, noon("2018-01-01"))
            .with(RetentionEvent.END_OF_RELATIONSHIP, noon("2023-09-30"));

    @Test
    void threeYearsAfterEndOfRelationship_boundaries() {
      assertThat(at(RetentionPresets.CUSTOMER_PROSPECTING, ended, "2026-09-29").isDue()).isFalse();
      assertThat(at(RetentionPresets.CUSTOMER_PROSPECTING, ended, "2026-09-30").isDue()).isTrue();
      assertThat(at(RetentionPresets.CUSTOMER_PROSPECTING, ended, "2026-10-01").isDue()).isTrue();
    }

    @Test
    void ongoingCustomer_notStarted() {
      RetentionFacts ongoing =
          RetentionFacts.empty().with(RetentionEvent.COLLECTION, noon("2010-01-01"));

      assertThat(at(RetentionPresets.CUSTOMER_PROSPECTING, ongoing, "2030-01-01").state())
          .isEqualTo(RetentionStatus.State.NOT_STARTED);
    }
  }

  @Nested
  class Contract {
    private final RetentionFacts ended =
        RetentionFacts.empty()
            .with(RetentionEvent.COLLECTION, noon("2019-02-01"))
            .with(RetentionEvent.END_OF_RELATIONSHIP, noon("2020-02-29"));

    @Test
    void archivedAtEndOfContract_purgedFiveYearsLater_boundaries() {
      assertThat(at(RetentionPresets.CONTRACT, ended, "2020-02-28").state())
          .isEqualTo(RetentionStatus.State.NOT_STARTED);
      assertThat(at(RetentionPresets.CONTRACT, ended, "2020-02-29").dueAction())
          .as("intermediate archive from the end of the contract")
          .contains(RetentionAction.ARCHIVE);
      assertThat(at(RetentionPresets.CONTRACT, ended, "2025-02-27").dueAction())
          .as("day before the purge: still archived (Code civil art. 2224, 5 years)")
          .contains(RetentionAction.ARCHIVE);
      assertThat(at(RetentionPresets.CONTRACT, ended, "2025-02-28").dueAction())
          .as("day of: 29 Feb 2020 + 5 years is 28 Feb 2025")
          .contains(RetentionAction.DELETE);
      assertThat(at(RetentionPresets.CONTRACT, ended, "2025-03-01").dueAction())
          .contains(RetentionAction.DELETE);
    }
  }

  @Nested
  class Accounting {
    private final RetentionFacts closed =
        RetentionFacts.empty()
            .with(RetentionEvent.COLLECTION, noon("2015-03-01"))
            .withCustom(RetentionPresets.FINANCIAL_YEAR_END, noon("2015-12-31"));

    @Test
    void tenYearsFromYearEnd_boundaries() {
      assertThat(at(RetentionPresets.ACCOUNTING, closed, "2025-12-30").dueAction())
          .contains(RetentionAction.ARCHIVE);
      assertThat(at(RetentionPresets.ACCOUNTING, closed, "2025-12-31").dueAction())
          .as("Code de commerce L123-22: 10 years")
          .contains(RetentionAction.DELETE);
      assertThat(at(RetentionPresets.ACCOUNTING, closed, "2026-01-01").dueAction())
          .contains(RetentionAction.DELETE);
    }
  }

  @Nested
  class PaymentCard {
    private final RetentionFacts debited =
        RetentionFacts.empty()
            .with(RetentionEvent.COLLECTION, noon("2024-01-30"))
            .withCustom(RetentionPresets.CARD_DEBIT, noon("2024-01-31"));

    @Test
    void outOfActiveBaseOnceDebited() {
      assertThat(at(RetentionPresets.PAYMENT_CARD, debited, "2024-01-30").state())
          .isEqualTo(RetentionStatus.State.NOT_STARTED);
      assertThat(at(RetentionPresets.PAYMENT_CARD, debited, "2024-01-31").dueAction())
          .as("deleted from the active base after the transaction")
          .contains(RetentionAction.ARCHIVE);
    }

    @Test
    void thirteenMonthsForDisputes_boundaries() {
      // 31 January 2024 + 13 months = 28 February 2025 (no 31 February)
      assertThat(at(RetentionPresets.PAYMENT_CARD, debited, "2025-02-27").dueAction())
          .contains(RetentionAction.ARCHIVE);
      assertThat(at(RetentionPresets.PAYMENT_CARD, debited, "2025-02-28").dueAction())
          .as("CMF L133-24: 13 months after the debit")
          .contains(RetentionAction.DELETE);
      assertThat(at(RetentionPresets.PAYMENT_CARD, debited, "2025-03-01").dueAction())
          .contains(RetentionAction.DELETE);
    }

    @Test
    void fifteenMonthsForDeferredDebit_boundaries() {
      assertThat(
              at(RetentionPresets.PAYMENT_CARD_DEFERRED_DEBIT, debited, "2025-04-29").dueAction())
          .contains(RetentionAction.ARCHIVE);
      assertThat(
              at(RetentionPresets.PAYMENT_CARD_DEFERRED_DEBIT, debited, "2025-04-30").dueAction())
          .as("15 months for deferred debit cards")
          .contains(RetentionAction.DELETE);
      assertThat(
              at(RetentionPresets.PAYMENT_CARD_DEFERRED_DEBIT, debited, "2025-05-01").dueAction())
          .contains(RetentionAction.DELETE);
    }

    @Test
    void securityCode_dueTheInstantItIsCollected() {
      RetentionFacts facts =
          RetentionFacts.empty().with(RetentionEvent.COLLECTION, noon("2024-01-30"));

      assertThat(RetentionPresets.CARD_SECURITY_CODE.evaluate(facts, noon("2024-01-30")).isDue())
          .as("the CVV is never stored (CNIL 2021-131)")
          .isTrue();
    }
  }
}
