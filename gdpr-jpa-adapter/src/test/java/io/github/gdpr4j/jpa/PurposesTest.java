package io.github.gdpr4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.PurposeId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PurposesTest {
  private static final PurposeId CRM = PurposeId.of("customer-relationship");
  private static final PurposeId NEWSLETTER = PurposeId.of("newsletter");

  @AfterEach
  void noScopeLeaks() {
    assertThat(Purposes.current()).isEmpty();
  }

  @Nested
  class Scopes {
    @Test
    void outsideAnyScope_currentIsEmpty() {
      assertThat(Purposes.current()).isEmpty();
    }

    @Test
    void nestedScopes_innermostWins_andClosingRestoresOuter() {
      try (Purposes.Scope outer = Purposes.enter(CRM)) {
        assertThat(Purposes.current()).contains(outer.purpose());
        try (Purposes.Scope inner = Purposes.enter(NEWSLETTER)) {
          assertThat(Purposes.current()).contains(inner.purpose());
        }
        assertThat(Purposes.current()).contains(CRM);
      }
    }

    @Test
    void scope_isThreadConfined_notInheritedByOtherThreads() {
      try (Purposes.Scope scope = Purposes.enter(CRM)) {
        assertThat(scope.purpose()).isEqualTo(CRM);
        assertThat(CompletableFuture.supplyAsync(Purposes::current).join()).isEmpty();
      }
    }

    @Test
    void callAndRun_closeTheirScope_evenWhenWorkThrows() {
      assertThat(Purposes.call(NEWSLETTER, Purposes::current)).contains(NEWSLETTER);
      assertThatThrownBy(
              () ->
                  Purposes.run(
                      NEWSLETTER,
                      () -> {
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");
    }
  }

  @Nested
  class Misuse {
    @Test
    void nullPurpose_isRejected() {
      assertThatThrownBy(() -> Purposes.enter(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void closingTwice_isHarmless() {
      Purposes.Scope scope = Purposes.enter(CRM);
      scope.close();
      scope.close();
      assertThat(Purposes.current()).isEmpty();
    }

    @Test
    void closingOuterWithInnerLeaked_closesBothAndReports() {
      Purposes.Scope outer = Purposes.enter(CRM);
      Purposes.enter(NEWSLETTER); // leaked: never closed

      assertThatThrownBy(outer::close)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("1 purpose scope(s) opened inside 'customer-relationship'");
      assertThat(Purposes.current()).isEmpty();
    }

    @Test
    void closingFromAnotherThread_isRejected() {
      Purposes.Scope scope = Purposes.enter(CRM);
      try {
        Throwable thrown =
            CompletableFuture.supplyAsync(
                    () -> {
                      try {
                        scope.close();
                        return null;
                      } catch (IllegalStateException e) {
                        return e;
                      }
                    })
                .join();
        assertThat(thrown).hasMessageContaining("thread that opened it");
        assertThat(Purposes.current()).contains(CRM);
      } finally {
        scope.close();
      }
    }
  }
}
