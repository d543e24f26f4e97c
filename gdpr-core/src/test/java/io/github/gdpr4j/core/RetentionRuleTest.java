package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

  private static final Instant COLLECTED = Instant.parse("2023-03-01T10:00:00Z");
  private static final RetentionRule THREE_YEARS_FROM_COLLECTION =
      RetentionRule.of(Period.ofYears(3), RetentionEvent.COLLECTION, RetentionAction.DELETE);

  private static RetentionFacts collected() {
    return RetentionFacts.empty().with(RetentionEvent.COLLECTION, COLLECTED);
  }

  @Nested
  class Running {
    @Test
    void withinPeriod_isRunningWithDueInstantAndAction() {
      RetentionStatus s =
          THREE_YEARS_FROM_COLLECTION.evaluate(collected(), Instant.parse("2025-01-01T00:00:00Z"));

      assertThat(s.state()).isEqualTo(RetentionStatus.State.RUNNING);
      assertThat(s.isWithinRetention()).isTrue();
      assertThat(s.started()).contains(COLLECTED);
      assertThat(s.due()).contains(Instant.parse("2026-03-01T10:00:00Z"));
      assertThat(s.dueAction()).contains(RetentionAction.DELETE);
    }

    @Test
    void atExactEnd_isDue() {
      RetentionStatus s =
          THREE_YEARS_FROM_COLLECTION.evaluate(collected(), Instant.parse("2026-03-01T10:00:00Z"));

      assertThat(s.isDue()).as("Art. 5(1)(e): not kept longer than necessary").isTrue();
    }

    @Test
    void leapDayStart_endsOnTwentyEighthOfFebruary() {
      RetentionRule oneYear =
          RetentionRule.of(Period.ofYears(1), RetentionEvent.COLLECTION, RetentionAction.DELETE);
      RetentionFacts facts =
          RetentionFacts.empty()
              .with(RetentionEvent.COLLECTION, Instant.parse("2024-02-29T12:00:00Z"));

      assertThat(oneYear.evaluate(facts, Instant.parse("2025-02-28T12:00:00Z")).isDue()).isTrue();
      assertThat(oneYear.evaluate(facts, Instant.parse("2025-02-28T11:59:59Z")).isDue()).isFalse();
    }

    @Test
    void zone_countsCalendarInThatZone() {
      RetentionRule oneMonth =
          RetentionRule.of(Period.ofMonths(1), RetentionEvent.COLLECTION, RetentionAction.DELETE);
      // 31 January 23:30 in Paris is 22:30 UTC the same day
      RetentionFacts facts =
          RetentionFacts.empty()
              .with(RetentionEvent.COLLECTION, Instant.parse("2025-01-31T22:30:00Z"));

      RetentionStatus paris =
          oneMonth.evaluate(
              facts, Instant.parse("2025-03-01T00:00:00Z"), ZoneId.of("Europe/Paris"));

      assertThat(paris.due()).contains(Instant.parse("2025-02-28T22:30:00Z"));
    }

    @Test
    void zeroDuration_isDueAsSoonAsEventHappened() {
      RetentionRule zero =
          RetentionRule.of(Period.ZERO, RetentionEvent.COLLECTION, RetentionAction.DELETE);

      assertThat(zero.evaluate(collected(), COLLECTED).isDue()).isTrue();
    }
  }

  @Nested
  class MissingStart {
    @Test
    void noCollectionInstant_isUnknown() {
      RetentionStatus s = THREE_YEARS_FROM_COLLECTION.evaluate(RetentionFacts.empty(), COLLECTED);

      assertThat(s.state())
          .as("nothing proves the record is within its period (Art. 5(2))")
          .isEqualTo(RetentionStatus.State.UNKNOWN);
      assertThat(s.missingEvent()).isEqualTo("COLLECTION");
      assertThat(s.isWithinRetention()).isFalse();
    }

    @Test
    void ongoingRelationship_hasNotStartedTheClock() {
      RetentionRule rule =
          RetentionRule.of(
              Period.ofYears(3), RetentionEvent.END_OF_RELATIONSHIP, RetentionAction.DELETE);

      RetentionStatus s = rule.evaluate(collected(), Instant.parse("2040-01-01T00:00:00Z"));

      assertThat(s.state()).isEqualTo(RetentionStatus.State.NOT_STARTED);
      assertThat(s.isWithinRetention()).isTrue();
      assertThat(s.due()).isEmpty();
    }

    @Test
    void missingCustomEvent_notStarted_namingTheEvent() {
      RetentionRule rule =
          RetentionRule.custom(Period.ofYears(2), "warranty-end", RetentionAction.ANONYMISE);

      RetentionStatus s = rule.evaluate(collected(), COLLECTED);

      assertThat(s.state()).isEqualTo(RetentionStatus.State.NOT_STARTED);
      assertThat(s.missingEvent()).isEqualTo("warranty-end");
    }

    @Test
    void customEvent_runsFromIt() {
      RetentionRule rule =
          RetentionRule.custom(Period.ofYears(2), "warranty-end", RetentionAction.ANONYMISE);
      RetentionFacts facts = collected().withCustom("warranty-end", COLLECTED);

      RetentionStatus s = rule.evaluate(facts, Instant.parse("2025-03-01T10:00:00Z"));

      assertThat(s.isDue()).isTrue();
      assertThat(s.dueAction()).contains(RetentionAction.ANONYMISE);
    }

    @Test
    void lastContactMissing_fallsBackToCollection() {
      RetentionRule rule =
          RetentionRule.of(
              Period.ofYears(3), RetentionEvent.LAST_CONTACT_BY_SUBJECT, RetentionAction.DELETE);

      assertThat(rule.evaluate(collected(), Instant.parse("2026-03-01T10:00:00Z")).isDue())
          .isTrue();
    }

    @Test
    void lastContactAndCollectionMissing_isUnknown() {
      RetentionRule rule =
          RetentionRule.of(Period.ofYears(3), RetentionEvent.LAST_PURCHASE, RetentionAction.DELETE);

      assertThat(rule.evaluate(RetentionFacts.empty(), COLLECTED).state())
          .isEqualTo(RetentionStatus.State.UNKNOWN);
    }

    @Test
    void eventAfterEvaluatedInstant_isTreatedAsNotYetHappened() {
      RetentionRule rule =
          RetentionRule.of(
              Period.ofYears(1), RetentionEvent.END_OF_RELATIONSHIP, RetentionAction.DELETE);
      RetentionFacts facts =
          collected()
              .with(RetentionEvent.END_OF_RELATIONSHIP, Instant.parse("2024-01-01T00:00:00Z"));

      assertThat(rule.evaluate(facts, Instant.parse("2023-06-01T00:00:00Z")).state())
          .isEqualTo(RetentionStatus.State.NOT_STARTED);
    }
  }

  @Nested
  class Archive {
    private final RetentionRule rule =
        RetentionRule.archive(Period.ofYears(1), RetentionEvent.COLLECTION, Period.ofYears(5));

    @Test
    void afterActivePeriod_archiveIsDue() {
      RetentionStatus s = rule.evaluate(collected(), Instant.parse("2024-03-01T10:00:00Z"));

      assertThat(s.isDue()).isTrue();
      assertThat(s.dueAction()).contains(RetentionAction.ARCHIVE);
      assertThat(s.due()).contains(Instant.parse("2024-03-01T10:00:00Z"));
    }

    @Test
    void afterArchivePeriod_purgeIsDue() {
      RetentionStatus s = rule.evaluate(collected(), Instant.parse("2029-03-01T10:00:00Z"));

      assertThat(s.dueAction()).contains(RetentionAction.DELETE);
      assertThat(s.due()).contains(Instant.parse("2029-03-01T10:00:00Z"));
    }
  }

  @Nested
  class LegalHolds {
    @Test
    void activeHold_suspendsDueAction() {
      LegalHold hold = LegalHold.placed("case-2025-17", Instant.parse("2025-12-01T00:00:00Z"));

      RetentionStatus s =
          THREE_YEARS_FROM_COLLECTION.evaluate(
              collected().withLegalHold(hold), Instant.parse("2027-01-01T00:00:00Z"));

      assertThat(s.state())
          .as("Art. 17(3)(e): kept for legal claims")
          .isEqualTo(RetentionStatus.State.SUSPENDED);
      assertThat(s.activeHolds()).containsExactly(hold);
      assertThat(s.isWithinRetention()).isFalse();
    }

    @Test
    void liftedHold_makesRecordDueAtOnce_periodNotExtended() {
      LegalHold hold =
          LegalHold.placed("case-2025-17", Instant.parse("2025-12-01T00:00:00Z"))
              .liftedAt(Instant.parse("2026-12-01T00:00:00Z"));

      RetentionStatus s =
          THREE_YEARS_FROM_COLLECTION.evaluate(
              collected().withLegalHold(hold), Instant.parse("2026-12-01T00:00:00Z"));

      assertThat(s.isDue()).isTrue();
      assertThat(s.due()).contains(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void holdBeforeDue_keepsRunning() {
      LegalHold hold = LegalHold.placed("case-1", COLLECTED);

      assertThat(
              THREE_YEARS_FROM_COLLECTION
                  .evaluate(collected().withLegalHold(hold), Instant.parse("2024-01-01T00:00:00Z"))
                  .state())
          .isEqualTo(RetentionStatus.State.RUNNING);
    }

    @Test
    void holdLiftedBeforePlaced_isRejected() {
      assertThatThrownBy(() -> new LegalHold("case-1", COLLECTED, COLLECTED.minusSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("case-1");
    }

    @Test
    void holdWithBlankReference_isRejected() {
      assertThatThrownBy(() -> LegalHold.placed(" ", COLLECTED))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Properties {
    @Test
    void anyStartAndPeriod_runningJustBeforeEnd_dueFromEndOn() {
      qt().forAll(
              longs().between(0, 4_000_000_000L),
              integers().between(0, 20),
              integers().between(0, 30),
              integers().between(0, 400))
          .checkAssert(
              (startSecond, years, months, days) -> {
                Instant start = Instant.ofEpochSecond(startSecond);
                RetentionRule rule =
                    RetentionRule.of(
                        Period.of(years, months, days),
                        RetentionEvent.COLLECTION,
                        RetentionAction.DELETE);
                RetentionFacts facts =
                    RetentionFacts.empty().with(RetentionEvent.COLLECTION, start);
                Instant end = rule.evaluate(facts, start).due().orElseThrow();

                assertThat(end).isAfterOrEqualTo(start);
                if (end.isAfter(start)) {
                  assertThat(rule.evaluate(facts, end.minusNanos(1)).state())
                      .isEqualTo(RetentionStatus.State.RUNNING);
                }
                assertThat(rule.evaluate(facts, end).isDue()).isTrue();
                assertThat(rule.evaluate(facts, end.plusSeconds(86_400)).isDue()).isTrue();
              });
    }
  }

  @Nested
  class BadInputs {
    @Test
    void nullArguments_throwNpe() {
      assertThatNullPointerException()
          .isThrownBy(() -> THREE_YEARS_FROM_COLLECTION.evaluate(null, COLLECTED));
      assertThatNullPointerException()
          .isThrownBy(() -> THREE_YEARS_FROM_COLLECTION.evaluate(collected(), null));
      assertThatNullPointerException()
          .isThrownBy(() -> THREE_YEARS_FROM_COLLECTION.evaluate(collected(), COLLECTED, null));
    }

    @Test
    void factsWithCustomKeyInStandardEvents_areRejected() {
      assertThatThrownBy(
              () ->
                  new RetentionFacts(
                      Map.of(RetentionEvent.CUSTOM, COLLECTED), Map.of(), java.util.List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("CUSTOM");
      assertThatThrownBy(() -> RetentionFacts.empty().with(RetentionEvent.CUSTOM, COLLECTED))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankCustomEventName_isRejected() {
      assertThatThrownBy(() -> RetentionFacts.empty().withCustom("  ", COLLECTED))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusWithInconsistentComponents_isRejected() {
      assertThatThrownBy(
              () ->
                  new RetentionStatus(
                      RetentionStatus.State.DUE, null, null, null, java.util.List.of(), null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  new RetentionStatus(
                      RetentionStatus.State.SUSPENDED,
                      COLLECTED,
                      COLLECTED,
                      RetentionAction.DELETE,
                      java.util.List.of(),
                      null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("legal hold");
    }

    @Test
    void facts_areImmutable_withersReturnCopies() {
      RetentionFacts empty = RetentionFacts.empty();
      RetentionFacts one = empty.with(RetentionEvent.COLLECTION, COLLECTED);

      assertThat(empty.events()).isEmpty();
      assertThat(one.instantOf(RetentionEvent.COLLECTION)).contains(COLLECTED);
      assertThatThrownBy(() -> one.events().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
