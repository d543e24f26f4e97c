package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of the consent ledger over arbitrary event sequences. */
class ConsentChainPropertiesTest {

  /** The state implied by the last event at or before {@code t}, computed independently. */
  private static ConsentStatus oracle(List<ConsentEvent> events, PurposeId p, Instant t) {
    List<ConsentEvent> sorted = new ArrayList<>();
    for (ConsentEvent e : events) {
      if (e.purpose().equals(p) && !e.at().isAfter(t)) {
        sorted.add(e);
      }
    }
    sorted.sort(Comparator.comparing(ConsentEvent::at)); // stable: append order breaks ties
    if (sorted.isEmpty()) {
      return ConsentStatus.NONE;
    }
    ConsentEvent last = sorted.get(sorted.size() - 1);
    Optional<Instant> expiry = last.expiry();
    if (expiry.isPresent() && !t.isBefore(expiry.get())) {
      return ConsentStatus.EXPIRED;
    }
    return switch (last.type()) {
      case REQUESTED -> ConsentStatus.PENDING;
      case GIVEN, CONFIRMED, RENEWED -> ConsentStatus.GIVEN;
      case WITHDRAWN -> ConsentStatus.WITHDRAWN;
      case EXPIRED -> ConsentStatus.EXPIRED;
    };
  }

  @Test
  void anyEventSequence_stateAtT_equalsLastEventAtOrBeforeT() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().allPositive()).ofSizeBetween(0, 40),
            integers().between(-10, 110_000),
            integers().between(0, 2))
        .checkAssert(
            (codes, offset, purposeIndex) -> {
              List<ConsentEntry> chain = ChainMutations.chain(codes);
              List<ConsentEvent> events = chain.stream().map(ConsentEntry::event).toList();
              ConsentHistory history = new ConsentHistory(ChainMutations.SUBJECT, chain);
              PurposeId p = ChainMutations.PURPOSES.get(purposeIndex);
              Instant t = ChainMutations.T0.plusSeconds(offset);

              assertThat(history.statusAt(p, t))
                  .as("Art. 7(1): state at T follows from the history up to T")
                  .isEqualTo(oracle(events, p, t));
            });
  }

  @Test
  void anyValidChain_verifies() {
    qt().forAll(lists().of(integers().allPositive()).ofSizeBetween(0, 40))
        .checkAssert(
            codes -> {
              ConsentHistory h =
                  new ConsentHistory(ChainMutations.SUBJECT, ChainMutations.chain(codes));
              assertThat(h.verify(h.head().orElse(null)).isValid()).isTrue();
            });
  }

  @Test
  void anySingleMutation_isRejectedByVerify() {
    qt().withExamples(1_000)
        .forAll(
            lists().of(integers().allPositive()).ofSizeBetween(1, 25),
            integers().between(0, ChainMutations.KINDS - 1),
            integers().all(),
            longs().all())
        .checkAssert(
            (codes, kind, index, delta) -> {
              int other = (int) (delta >>> 32);
              List<ConsentEntry> valid = ChainMutations.chain(codes);
              ChainHead anchor = new ConsentHistory(ChainMutations.SUBJECT, valid).head().get();
              List<ConsentEntry> mutated = ChainMutations.mutate(valid, kind, index, other, delta);
              if (mutated == null) {
                return;
              }
              ChainVerification v =
                  new ConsentHistory(ChainMutations.SUBJECT, mutated).verify(anchor);

              assertThat(v.isValid())
                  .as(
                      "mutation %s at %s of a %s-entry ledger must be detected",
                      kind, index, valid.size())
                  .isFalse();
            });
  }
}
