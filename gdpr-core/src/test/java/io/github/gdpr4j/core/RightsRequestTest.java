package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RightsRequestTest {

  private static final SubjectId ALICE = SubjectId.of("contact-1");

  private static RightsRequest receivedOn(String date) {
    return RightsRequest.received(
        "req-1",
        ALICE,
        DataSubjectRight.ACCESS,
        LocalDate.parse(date).atTime(10, 0).toInstant(ZoneOffset.UTC),
        ZoneOffset.UTC,
        "dpo");
  }

  @Nested
  class Deadline {
    @ParameterizedTest(name = "received {0} → due {1}")
    @CsvSource({
      "2025-03-15, 2025-04-15",
      "2025-01-31, 2025-02-28",
      "2024-01-31, 2024-02-29",
      "2024-02-29, 2024-03-29",
      "2023-02-28, 2023-03-28",
      "2025-03-31, 2025-04-30",
      "2025-08-31, 2025-09-30",
      "2024-12-31, 2025-01-31",
      "2025-12-15, 2026-01-15",
      "2100-01-31, 2100-02-28"
    })
    void oneMonthFromReceipt_acrossMonthEndsAndLeapYears(String received, String due) {
      assertThat(receivedOn(received).dueDate())
          .as("Art. 12(3) counted as Regulation 1182/71 Art. 3(2)(c)")
          .isEqualTo(LocalDate.parse(due));
    }

    @ParameterizedTest(name = "received {0}, extended by {1} → due {2}")
    @CsvSource({
      "2025-01-31, 2, 2025-04-30",
      "2025-01-31, 1, 2025-03-31",
      "2023-11-30, 2, 2024-02-29",
      "2023-12-31, 2, 2024-03-31"
    })
    void extension_countsFromReceipt_clampingNeverCompounds(
        String received, int months, String due) {
      RightsRequest r = receivedOn(received);
      RightsRequest extended =
          r.extend(new RequestExtension(months, r.receivedOn().plusDays(10), "complexity"));

      assertThat(extended.dueDate()).isEqualTo(LocalDate.parse(due));
      assertThat(extended.originalDueDate()).isEqualTo(r.dueDate());
    }

    @Test
    void receiptDay_isTheControllersDay() {
      // 23:30 UTC on 31 January is already 1 February in Paris
      RightsRequest r =
          RightsRequest.received(
              "req-2",
              ALICE,
              DataSubjectRight.ERASURE,
              Instant.parse("2025-01-31T23:30:00Z"),
              ZoneId.of("Europe/Paris"),
              "dpo");

      assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
      assertThat(r.dueDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void anyReceiptDate_dueIsSameDayNextMonthOrItsLastDay() {
      LocalDate base = LocalDate.of(2000, 1, 1);
      qt().forAll(integers().between(0, 365 * 120))
          .checkAssert(
              offset -> {
                LocalDate received = base.plusDays(offset);
                LocalDate due = receivedOn(received.toString()).dueDate();
                long days = ChronoUnit.DAYS.between(received, due);
                assertThat(days).isBetween(28L, 31L);
                assertThat(due.getDayOfMonth())
                    .isEqualTo(Math.min(received.getDayOfMonth(), due.lengthOfMonth()));
                assertThat(due.getMonthValue()).isEqualTo(received.plusMonths(1).getMonthValue());
              });
    }

    @Test
    void overdue_onlyAfterTheDueDay() {
      RightsRequest r = receivedOn("2025-01-31");

      assertThat(r.isOverdueAt(Instant.parse("2025-02-28T23:59:59Z"))).isFalse();
      assertThat(r.isOverdueAt(Instant.parse("2025-03-01T00:00:00Z"))).isTrue();
    }

    @Test
    void closedRequest_isNeverOverdue() {
      RightsRequest r =
          receivedOn("2025-01-31")
              .refuse(
                  new Refusal(RefusalGround.EXCESSIVE, "fifth identical request this month"),
                  Instant.parse("2025-02-01T00:00:00Z"),
                  "dpo");

      assertThat(r.isOverdueAt(Instant.parse("2026-01-01T00:00:00Z"))).isFalse();
    }
  }

  @Nested
  class Extension {
    @Test
    void noticeAfterFirstMonth_isRejected() {
      RightsRequest r = receivedOn("2025-01-31");

      assertThatThrownBy(
              () -> r.extend(new RequestExtension(2, LocalDate.of(2025, 3, 1), "complexity")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Art. 12(3)")
          .hasMessageContaining("req-1");
    }

    @Test
    void noticeOnLastDayOfFirstMonth_isAccepted() {
      RightsRequest r = receivedOn("2025-01-31");

      assertThat(
              r.extend(new RequestExtension(2, LocalDate.of(2025, 2, 28), "complexity")).extended())
          .isPresent();
    }

    @Test
    void noticeBeforeReceipt_isRejected() {
      RightsRequest r = receivedOn("2025-01-31");

      assertThatThrownBy(
              () -> r.extend(new RequestExtension(1, LocalDate.of(2025, 1, 30), "complexity")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moreThanTwoMonths_isRejected() {
      assertThatThrownBy(() -> new RequestExtension(3, LocalDate.of(2025, 1, 30), "complexity"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Art. 12(3)");
      assertThatThrownBy(() -> new RequestExtension(0, LocalDate.of(2025, 1, 30), "complexity"))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secondExtension_isRefused() {
      RightsRequest r =
          receivedOn("2025-01-31")
              .extend(new RequestExtension(1, LocalDate.of(2025, 2, 3), "complexity"));

      assertThatThrownBy(
              () -> r.extend(new RequestExtension(1, LocalDate.of(2025, 2, 4), "complexity")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already extended");
    }
  }

  @Nested
  class Lifecycle {
    private final Instant t = Instant.parse("2025-02-01T10:00:00Z");

    @Test
    void happyPath_recordsEveryStep() {
      RightsRequest r =
          receivedOn("2025-01-31")
              .verifyIdentity(t, "dpo")
              .start(t.plusSeconds(60), "dpo")
              .complete(t.plusSeconds(120), "dpo");

      assertThat(r.state()).isEqualTo(RightsRequestState.COMPLETED);
      assertThat(r.transitions())
          .extracting(RightsRequestTransition::state)
          .containsExactly(
              RightsRequestState.RECEIVED,
              RightsRequestState.IDENTITY_VERIFIED,
              RightsRequestState.IN_PROGRESS,
              RightsRequestState.COMPLETED);
    }

    @Test
    void completeBeforeIdentityVerified_isRefusedNamingIdAndStates() {
      assertThatThrownBy(() -> receivedOn("2025-01-31").complete(t, "dpo"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("req-1")
          .hasMessageContaining("RECEIVED")
          .hasMessageContaining("COMPLETED");
    }

    @Test
    void startWithoutIdentity_isRefused() {
      assertThatThrownBy(() -> receivedOn("2025-01-31").start(t, "dpo"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("IN_PROGRESS");
    }

    @Test
    void refuseCompleted_isRefused() {
      RightsRequest done =
          receivedOn("2025-01-31").verifyIdentity(t, "dpo").start(t, "dpo").complete(t, "dpo");

      assertThatThrownBy(
              () -> done.refuse(new Refusal(RefusalGround.EXCESSIVE, "repeated"), t, "dpo"))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(
              () -> done.extend(new RequestExtension(1, LocalDate.of(2025, 2, 3), "complexity")))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusal_keepsGroundAndReason_redactedFromToString() {
      RightsRequest r =
          receivedOn("2025-01-31")
              .refuse(
                  new Refusal(RefusalGround.MANIFESTLY_UNFOUNDED, "threatens staff member Bob"),
                  t,
                  "dpo");

      assertThat(r.refused().orElseThrow().ground().article()).isEqualTo("Art. 12(5)");
      assertThat(r.toString()).doesNotContain("Bob");
    }

    @Test
    void refusalWithoutReasons_isRejected() {
      assertThatThrownBy(() -> new Refusal(RefusalGround.EXCESSIVE, " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Art. 12(4)");
    }

    @Test
    void transitionBackInTime_isRejected() {
      assertThatThrownBy(
              () ->
                  receivedOn("2025-01-31")
                      .verifyIdentity(Instant.parse("2025-01-01T00:00:00Z"), "dpo"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
