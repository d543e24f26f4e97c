package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PolicyTest {

  private static Finding finding(Kind kind, int start) {
    return new Finding(kind, start, start + 1, "x", 0.9, "test", kind.explanationKey());
  }

  @Nested
  class Defaults {

    @ParameterizedTest
    @EnumSource(
        value = Kind.class,
        names = {
          "HEALTH", "ETHNIC_ORIGIN", "POLITICAL_OPINION", "RELIGION", "TRADE_UNION",
          "GENETIC", "BIOMETRIC", "SEX_LIFE", "CRIMINAL", "OFFENSIVE"
        })
    void art9Art10AndInsults_block(Kind kind) {
      assertThat(Policy.defaults().actionFor(kind)).isEqualTo(Action.BLOCK);
    }

    @ParameterizedTest
    @EnumSource(
        value = Kind.class,
        names = {"PAYMENT_CARD", "FR_NIR", "CREDENTIAL"})
    void cardsNirAndCredentials_block(Kind kind) {
      assertThat(Policy.defaults().actionFor(kind)).isEqualTo(Action.BLOCK);
    }

    @ParameterizedTest
    @EnumSource(
        value = Kind.class,
        names = {"EMAIL", "PHONE", "IBAN", "NATIONAL_ID", "IP_ADDRESS", "DATE_OF_BIRTH"})
    void otherIdentifiers_warnForDataMinimisation(Kind kind) {
      assertThat(Policy.defaults().actionFor(kind)).isEqualTo(Action.WARN);
    }
  }

  @Nested
  class Overrides {

    @Test
    void withGroup_replacesGroupActionAndItsKindOverrides() {
      Policy p = Policy.defaults().with(KindGroup.IDENTIFIER, Action.REDACT);

      assertThat(p.actionFor(Kind.EMAIL)).isEqualTo(Action.REDACT);
      assertThat(p.actionFor(Kind.PAYMENT_CARD)).isEqualTo(Action.REDACT);
      assertThat(p.actionFor(Kind.HEALTH)).isEqualTo(Action.BLOCK);
    }

    @Test
    void withKind_overridesOneKindOnly() {
      Policy p = Policy.defaults().with(Kind.OFFENSIVE, Action.WARN);

      assertThat(p.actionFor(Kind.OFFENSIVE)).isEqualTo(Action.WARN);
      assertThat(p.actionFor(Kind.HEALTH)).isEqualTo(Action.BLOCK);
    }

    @Test
    void with_leavesTheOriginalUnchanged() {
      Policy defaults = Policy.defaults();
      defaults.with(Kind.HEALTH, Action.ALLOW);

      assertThat(defaults.actionFor(Kind.HEALTH)).isEqualTo(Action.BLOCK);
      assertThat(defaults).isEqualTo(Policy.defaults()).hasSameHashCodeAs(Policy.defaults());
    }

    @Test
    void nullArguments_throwNullPointerException() {
      assertThatThrownBy(() -> Policy.defaults().with((Kind) null, Action.BLOCK))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> Policy.all(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Decisions {

    @Test
    void decide_returnsTheStrictestAction() {
      Report report = new Report(10, List.of(finding(Kind.EMAIL, 0), finding(Kind.HEALTH, 2)));

      assertThat(Policy.defaults().decide(report)).isEqualTo(Action.BLOCK);
      assertThat(Policy.defaults().with(Kind.HEALTH, Action.REDACT).decide(report))
          .isEqualTo(Action.REDACT);
    }

    @Test
    void decide_emptyReport_allows() {
      assertThat(Policy.defaults().decide(new Report(0, List.of()))).isEqualTo(Action.ALLOW);
    }

    @Test
    void findings_keepsThoseWithTheGivenAction() {
      Report report = new Report(10, List.of(finding(Kind.EMAIL, 0), finding(Kind.HEALTH, 2)));

      assertThat(Policy.defaults().findings(report, Action.BLOCK))
          .extracting(Finding::kind)
          .containsExactly(Kind.HEALTH);
    }

    @Test
    void stricter_ordersBlockRedactWarnAllow() {
      assertThat(Action.WARN.stricter(Action.REDACT)).isEqualTo(Action.REDACT);
      assertThat(Action.BLOCK.stricter(Action.ALLOW)).isEqualTo(Action.BLOCK);
    }
  }
}
