package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.spi.ObjectionStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ObjectionRegisterTest {

  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final SubjectId ALICE = SubjectId.of("contact-1");
  private static final PurposeId PROSPECTING = PurposeId.of("prospecting");
  private static final PurposeId FRAUD = PurposeId.of("fraud-scoring");

  private final MutableClock clock = new MutableClock(T0);
  private final StateAuditSink audit = new StateAuditSink();
  private final ObjectionRegister register =
      ObjectionRegister.create(ObjectionStore.inMemory(), clock, audit);

  @Nested
  class DirectMarketing {
    @Test
    void objectionToAllDirectMarketing_appliesToEveryDmPurposeImmediately() {
      register.lodgeAgainstDirectMarketing(ALICE, "unsubscribe-page");

      assertThat(register.objectionAt(ALICE, PROSPECTING, true, T0))
          .as("Art. 21(3): absolute and immediate")
          .isEqualTo(ObjectionStatus.LODGED);
      assertThat(register.objectionAt(ALICE, FRAUD, false, T0))
          .as("an objection to direct marketing does not reach other purposes")
          .isEqualTo(ObjectionStatus.NONE);
      assertThat(register.objectionAt(ALICE, PROSPECTING, true, T0.minusSeconds(1)))
          .isEqualTo(ObjectionStatus.NONE);
    }

    @Test
    void overrideOfDmPurpose_isNeverEffective() {
      register.lodge(ALICE, PROSPECTING, "call-centre");
      register.override(ALICE, PROSPECTING, "dpo", "we insist");

      assertThat(register.objectionAt(ALICE, PROSPECTING, true, T0))
          .as("Art. 21(3): no compelling grounds for direct marketing")
          .isEqualTo(ObjectionStatus.LODGED);
    }

    @Test
    void overrideOfAllDirectMarketing_isRejected() {
      assertThatThrownBy(
              () ->
                  new ObjectionRecord(
                      ALICE, null, ObjectionEventType.OVERRIDDEN, T0, "dpo", "grounds"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Art. 21(3)");
    }

    @Test
    void withdrawnObjection_endsIt() {
      register.lodgeAgainstDirectMarketing(ALICE, "unsubscribe-page");
      clock.advance(Duration.ofDays(1));
      register.withdraw(ALICE, null, "preference-centre");

      assertThat(register.objectionAt(ALICE, PROSPECTING, true, clock.instant()))
          .isEqualTo(ObjectionStatus.NONE);
      assertThat(register.objectionAt(ALICE, PROSPECTING, true, T0))
          .as("history is kept")
          .isEqualTo(ObjectionStatus.LODGED);
    }
  }

  @Nested
  class LegitimateInterest {
    @Test
    void lodged_stopsUntilGroundsRecorded_thenOverridden() {
      register.lodge(ALICE, FRAUD, "support");
      assertThat(register.objectionAt(ALICE, FRAUD, false, T0)).isEqualTo(ObjectionStatus.LODGED);
      clock.advance(Duration.ofDays(3));

      register.override(ALICE, FRAUD, "dpo-7", "fraud prevention outweighs (LIA-2025-04)");

      assertThat(register.objectionAt(ALICE, FRAUD, false, clock.instant()))
          .as("Art. 21(1): compelling legitimate grounds")
          .isEqualTo(ObjectionStatus.OVERRIDDEN);
      assertThat(register.objectionAt(ALICE, FRAUD, false, T0.plus(Duration.ofDays(1))))
          .isEqualTo(ObjectionStatus.LODGED);
    }

    @Test
    void override_isAuditedWithWhoAndWhenButNotTheGroundsText() {
      register.lodge(ALICE, FRAUD, "support");
      register.override(ALICE, FRAUD, "dpo-7", "Mrs X's complaint file 42");

      AuditEvent e = audit.last();
      assertThat(e.action()).isEqualTo("objection.overridden");
      assertThat(e.actor()).isEqualTo("dpo-7");
      assertThat(e.at()).isEqualTo(T0);
      assertThat(e.reasons()).containsExactly("COMPELLING_LEGITIMATE_GROUNDS (Art. 21(1))");
      assertThat(e.toString()).doesNotContain("Mrs X");
      assertThat(register.history(ALICE).get(1).overrideGrounds())
          .contains("Mrs X's complaint file 42");
      assertThat(register.history(ALICE).get(1).toString()).doesNotContain("Mrs X");
    }

    @Test
    void overrideWithoutObjection_isRefused() {
      assertThatThrownBy(() -> register.override(ALICE, FRAUD, "dpo", "grounds"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("contact-1")
          .hasMessageContaining("fraud-scoring");
    }

    @Test
    void overrideWithBlankGrounds_isRejected() {
      register.lodge(ALICE, FRAUD, "support");

      assertThatThrownBy(() -> register.override(ALICE, FRAUD, "dpo", "  "))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newObjectionAfterOverride_stopsAgain() {
      register.lodge(ALICE, FRAUD, "support");
      register.override(ALICE, FRAUD, "dpo", "grounds");
      clock.advance(Duration.ofDays(1));
      register.lodge(ALICE, FRAUD, "support");

      assertThat(register.objectionAt(ALICE, FRAUD, false, clock.instant()))
          .isEqualTo(ObjectionStatus.LODGED);
    }
  }

  @Test
  void everyChange_isAudited() {
    register.lodge(ALICE, FRAUD, "support");
    register.override(ALICE, FRAUD, "dpo", "grounds");
    register.lodgeAgainstDirectMarketing(ALICE, "web");
    register.withdraw(ALICE, null, "web");

    assertThat(audit.actions())
        .containsExactly(
            "objection.lodged", "objection.overridden", "objection.lodged", "objection.withdrawn");
    assertThat(audit.events.get(2).details()).containsEntry("scope", "ALL_DIRECT_MARKETING");
  }
}
