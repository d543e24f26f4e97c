package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.spi.RestrictionStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestrictionRegisterTest {

  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final SubjectId ALICE = SubjectId.of("contact-1");

  private final MutableClock clock = new MutableClock(T0);
  private final StateAuditSink audit = new StateAuditSink();
  private final RestrictionRegister register =
      RestrictionRegister.create(RestrictionStore.inMemory(), clock, audit);

  @Test
  void place_restrictsFromThatInstant_withItsGround() {
    register.place(ALICE, RestrictionGround.ACCURACY_CONTESTED, "dpo");

    assertThat(register.restrictionAt(ALICE, T0)).contains(RestrictionGround.ACCURACY_CONTESTED);
    assertThat(register.restrictionAt(ALICE, T0.minusSeconds(1))).isEmpty();
  }

  @Test
  void lift_endsRestriction_andIsRecordedAndAudited() {
    register.place(ALICE, RestrictionGround.ACCURACY_CONTESTED, "dpo");
    clock.advance(Duration.ofDays(7));

    register.lift(ALICE, RestrictionGround.ACCURACY_CONTESTED, "dpo");

    assertThat(register.restrictionAt(ALICE, clock.instant())).isEmpty();
    assertThat(register.restrictionAt(ALICE, T0.plus(Duration.ofDays(1))))
        .as("history is kept")
        .isPresent();
    assertThat(register.history(ALICE)).hasSize(2);
    assertThat(audit.actions()).containsExactly("restriction.placed", "restriction.lifted");
    assertThat(audit.last().reasons()).containsExactly("ACCURACY_CONTESTED (Art. 18(1)(a))");
  }

  @Test
  void severalGrounds_restrictedUntilAllLifted() {
    register.place(ALICE, RestrictionGround.OBJECTION_PENDING, "dpo");
    register.place(ALICE, RestrictionGround.ACCURACY_CONTESTED, "dpo");
    clock.advance(Duration.ofDays(1));
    register.lift(ALICE, RestrictionGround.ACCURACY_CONTESTED, "dpo");

    assertThat(register.restrictionAt(ALICE, clock.instant()))
        .as("Art. 18(1)(d) still pending")
        .contains(RestrictionGround.OBJECTION_PENDING);
    assertThat(register.activeGroundsAt(ALICE, T0))
        .containsExactly(RestrictionGround.ACCURACY_CONTESTED, RestrictionGround.OBJECTION_PENDING);
  }

  @Test
  void liftNotRestricted_isRefusedNamingSubjectAndGround() {
    assertThatThrownBy(() -> register.lift(ALICE, RestrictionGround.LEGAL_CLAIMS, "dpo"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("contact-1")
        .hasMessageContaining("LEGAL_CLAIMS");
  }

  @Test
  void activeGrounds_isUnmodifiable() {
    register.place(ALICE, RestrictionGround.LEGAL_CLAIMS, "dpo");

    assertThatThrownBy(() -> register.activeGroundsAt(ALICE, T0).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blankActor_isRejected() {
    assertThatThrownBy(() -> register.place(ALICE, RestrictionGround.LEGAL_CLAIMS, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
