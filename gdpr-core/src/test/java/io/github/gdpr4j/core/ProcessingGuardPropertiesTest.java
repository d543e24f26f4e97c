package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the processing guard over random state, requests and clocks. */
class ProcessingGuardPropertiesTest {

  private static final PurposeRegistry REGISTRY = SampleCrm.registry();
  private static final SubjectId SUBJECT = SubjectId.of("contact-42");
  private static final long YEAR = 366L * 86_400;

  /** Everything the guard reads, for one decision. */
  private record World(
      ConsentStatus consent,
      ObjectionStatus objection,
      Optional<RestrictionGround> restriction,
      Instant now) {}

  private static Gen<World> worlds() {
    Gen<Optional<RestrictionGround>> restriction =
        Generate.pick(
            List.of(
                Optional.<RestrictionGround>empty(),
                Optional.of(RestrictionGround.ACCURACY_CONTESTED),
                Optional.of(RestrictionGround.OBJECTION_PENDING)));
    return Generate.enumValues(ConsentStatus.class)
        .zip(
            Generate.enumValues(ObjectionStatus.class),
            restriction,
            longs().between(0, 60L * YEAR),
            (c, o, r, s) -> new World(c, o, r, Instant.ofEpochSecond(946_684_800L + s)));
  }

  private static Gen<ProcessingRequest> requests() {
    List<PurposeId> ids = new ArrayList<>();
    for (Purpose p : REGISTRY.purposes()) {
      ids.add(p.id());
    }
    ids.add(PurposeId.of("undeclared"));
    List<Optional<PurposeId>> collected = new ArrayList<>();
    collected.add(Optional.empty());
    ids.forEach(id -> collected.add(Optional.of(id)));
    return Generate.pick(ids)
        .zip(
            Generate.enumValues(Operation.class),
            Generate.pick(collected),
            longs().between(-1, 20L * YEAR),
            (purpose, op, coll, age) -> {
              ProcessingRequest r = ProcessingRequest.of(SUBJECT, purpose).withOperation(op);
              if (coll.isPresent()) {
                r = r.withCollectionPurpose(coll.get());
              }
              // age -1: no retention facts; otherwise every event happened 'age' seconds ago,
              // relative to an epoch the world adds
              if (age >= 0) {
                r = r.withRetentionFacts(facts(age));
              }
              return r;
            });
  }

  /** Facts relative to 2000-01-01 shifted by the request's clock in {@link #decide}. */
  private static RetentionFacts facts(long age) {
    Instant at = Instant.ofEpochSecond(946_684_800L + 30L * YEAR - age);
    RetentionFacts f = RetentionFacts.empty();
    for (RetentionEvent e : RetentionEvent.values()) {
      if (e != RetentionEvent.CUSTOM) {
        f = f.with(e, at);
      }
    }
    return f;
  }

  private static Decision decide(World w, ProcessingRequest request, List<AuditEvent> audit) {
    return ProcessingGuard.builder(REGISTRY)
        .consents((s, p, at) -> w.consent())
        .objections((s, p, dm, at) -> w.objection())
        .restrictions((s, at) -> w.restriction())
        .auditSink(audit::add)
        .clock(Clock.fixed(w.now(), ZoneOffset.UTC))
        .build()
        .decide(request);
  }

  @Test
  void decisions_areDeterministic_forAGivenStateAndClock() {
    qt().forAll(worlds(), requests())
        .checkAssert(
            (w, r) -> {
              Decision first = decide(w, r, new ArrayList<>());
              Decision second = decide(w, r, new ArrayList<>());
              assertThat(second).isEqualTo(first);
              assertThat(first.decidedAt()).isEqualTo(w.now());
            });
  }

  @Test
  void deniedDecisions_alwaysCarryAReason_andTheAuditAgrees() {
    qt().forAll(worlds(), requests())
        .checkAssert(
            (w, r) -> {
              List<AuditEvent> audit = new ArrayList<>();
              Decision d = decide(w, r, audit);
              assertThat(d.isDenied()).isEqualTo(!d.reasons().isEmpty());
              assertThat(d.reasons()).doesNotHaveDuplicates();
              assertThat(audit).singleElement();
              AuditEvent e = audit.get(0);
              assertThat(e.outcome())
                  .isEqualTo(
                      d.isAllowed() ? AuditEvent.Outcome.ALLOWED : AuditEvent.Outcome.DENIED);
              assertThat(e.reasons()).hasSize(d.reasons().size());
              for (Reason reason : d.reasons()) {
                assertThat(reason.article()).startsWith("Art. ");
              }
            });
  }

  @Test
  void restriction_deniesEverythingButStorage() {
    qt().forAll(worlds(), requests())
        .checkAssert(
            (w, r) -> {
              Decision d = decide(w, r, new ArrayList<>());
              boolean restrictedUse =
                  w.restriction().isPresent()
                      && r.operation() != Operation.STORE
                      && REGISTRY.contains(r.purpose());
              if (restrictedUse) {
                assertThat(d.deniedFor(Reason.Code.PROCESSING_RESTRICTED))
                    .as("Art. 18(2): restricted data is only stored")
                    .isTrue();
              }
              if (r.operation() == Operation.STORE) {
                assertThat(d.deniedFor(Reason.Code.PROCESSING_RESTRICTED)).isFalse();
              }
            });
  }

  @Test
  void directMarketingObjection_isAbsolute() {
    qt().forAll(worlds(), requests())
        .checkAssert(
            (w, r) -> {
              Optional<Purpose> p = REGISTRY.find(r.purpose());
              if (p.isPresent()
                  && p.get().isDirectMarketing()
                  && w.objection() != ObjectionStatus.NONE) {
                assertThat(decide(w, r, new ArrayList<>()).reasons())
                    .as("Art. 21(3): no processing for direct marketing after an objection")
                    .contains(new Reason(Reason.Code.OBJECTION_LODGED, "Art. 21(3)"));
              }
            });
  }

  @Test
  void consentPurposes_areAllowedOnlyWithGivenConsent() {
    qt().forAll(worlds(), requests())
        .checkAssert(
            (w, r) -> {
              Optional<Purpose> p = REGISTRY.find(r.purpose());
              if (p.isPresent()
                  && p.get().requiresConsent()
                  && w.consent() != ConsentStatus.GIVEN) {
                assertThat(decide(w, r, new ArrayList<>()).isDenied())
                    .as("Art. 6(1)(a): %s is not valid consent", w.consent())
                    .isTrue();
              }
            });
  }
}
