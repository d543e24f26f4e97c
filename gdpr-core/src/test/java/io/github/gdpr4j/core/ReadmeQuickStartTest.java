package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.ConsentStore;
import io.github.gdpr4j.core.spi.ObjectionStore;
import io.github.gdpr4j.core.spi.RestrictionStore;
import java.time.Clock;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The README's core quick start, kept compiling and passing. Edit both together. */
class ReadmeQuickStartTest {

  @Test
  void quickStart_compilesAndDecides() {
    Clock clock = Clock.systemUTC();
    AuditSink audit = AuditSink.slf4j();
    ConsentLedger consents = ConsentLedger.create(ConsentStore.inMemory(), clock, audit);
    ObjectionRegister objections =
        ObjectionRegister.create(ObjectionStore.inMemory(), clock, audit);
    RestrictionRegister restrictions =
        RestrictionRegister.create(RestrictionStore.inMemory(), clock, audit);

    // --- README snippet begins
    PurposeRegistry registry =
        PurposeRegistry.builder()
            .purpose(
                "newsletter",
                p ->
                    p.description("Lettre d'information", "Newsletter")
                        .consent("newsletter-notice-v1") // Art. 6(1)(a)
                        .dataCategories("e-mail address")
                        .subjectCategories("customers")
                        .retention(
                            RetentionRule.of(
                                Period.ZERO,
                                RetentionEvent.CONSENT_WITHDRAWAL,
                                RetentionAction.DELETE))
                        .directMarketing(true))
            .build(); // validates everything, reports all problems
    ProcessingGuard guard =
        ProcessingGuard.builder(registry)
            .consents(consents)
            .objections(objections)
            .restrictions(restrictions)
            .clock(clock)
            .build();
    Decision decision = guard.decide(SubjectId.of("contact-42"), PurposeId.of("newsletter"));
    // decision.isAllowed() == false: CONSENT_MISSING (Art. 6(1)(a)), until consent is recorded
    // --- README snippet ends

    assertThat(decision.isDenied()).isTrue();
    assertThat(decision.reasons())
        .containsExactly(new Reason(Reason.Code.CONSENT_MISSING, "Art. 6(1)(a)"));
  }
}
