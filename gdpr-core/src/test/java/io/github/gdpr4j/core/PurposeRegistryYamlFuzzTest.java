package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any input gives a registry or a {@link GdprConfigurationException}, never another exception. Runs
 * the seeds in {@code PurposeRegistryYamlFuzzTestInputs/} as regression tests in {@code verify};
 * fuzz for longer with {@code JAZZER_FUZZ=1 mvn test -pl gdpr-core
 * -Dtest=PurposeRegistryYamlFuzzTest}.
 */
class PurposeRegistryYamlFuzzTest {

  @FuzzTest
  void anyInput_givesRegistryOrConfigurationException(byte[] input) {
    String yaml = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    try {
      PurposeRegistry registry = PurposeRegistryYaml.parse(yaml, "fuzz.yaml");
      assertThat(registry.purposes()).isNotEmpty();
    } catch (GdprConfigurationException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("fuzz.yaml"));
    }
  }
}
