package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the tamper evidence of the consent ledger: any single mutation of a valid chain must make
 * {@link ConsentHistory#verify(ChainHead)} fail. Runs its seed corpus in {@code verify}; fuzz for
 * longer with {@code JAZZER_FUZZ=1 mvn -pl gdpr-core test -Dtest=ConsentChainFuzzTest}.
 */
class ConsentChainFuzzTest {

  @FuzzTest
  void mutatedLedger_failsVerification(FuzzedDataProvider data) {
    int n = data.consumeInt(1, 30);
    List<Integer> codes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      codes.add(data.consumeInt());
    }
    List<ConsentEntry> valid = ChainMutations.chain(codes);
    ChainHead anchor = new ConsentHistory(ChainMutations.SUBJECT, valid).head().orElseThrow();
    List<ConsentEntry> mutated =
        ChainMutations.mutate(
            valid,
            data.consumeInt(0, ChainMutations.KINDS - 1),
            data.consumeInt(),
            data.consumeInt(),
            data.consumeLong());
    if (mutated == null) {
      return;
    }

    ChainVerification v = new ConsentHistory(ChainMutations.SUBJECT, mutated).verify(anchor);

    assertThat(v.isValid()).as("tampering with the consent ledger (Art. 7(1))").isFalse();
    assertThat(v.breaks()).hasSize(1);
  }
}
