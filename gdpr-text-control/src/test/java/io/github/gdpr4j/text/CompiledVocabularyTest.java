package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary compiled at build time is exactly what the vocabulary files give today, and the
 * default detector built from it finds what one compiled at run time finds.
 */
class CompiledVocabularyTest {

  private static byte[] resource() throws IOException {
    try (InputStream in =
        CompiledVocabulary.class.getResourceAsStream(CompiledVocabulary.RESOURCE)) {
      assertThat(in).as("the build writes " + CompiledVocabulary.RESOURCE).isNotNull();
      return in.readAllBytes();
    }
  }

  /** An engine of every kind and language compiled from the given entries, as without the file. */
  private static Engine compiledAtRunTime(List<TermSpec> terms) {
    return new Engine(
        terms,
        EnumSet.allOf(Kind.class),
        EnumSet.allOf(Language.class),
        TextControl.DEFAULT_MAX_LENGTH,
        TextControl.DEFAULT_MAX_FINDINGS);
  }

  @Test
  void resource_isUpToDateWithTheVocabularyFiles() throws IOException {
    assertThat(Arrays.equals(resource(), CompiledVocabulary.compile()))
        .as("compiled.bin was written from other vocabulary files; rebuild with mvn")
        .isTrue();
  }

  @Test
  void readThenWrite_givesTheSameBytes() throws IOException {
    byte[] bytes = resource();
    CompiledVocabulary.Loaded loaded = CompiledVocabulary.read(ByteBuffer.wrap(bytes));

    assertThat(loaded.terms()).hasSameSizeAs(Vocabulary.load(EnumSet.allOf(Language.class)));
    assertThat(Arrays.equals(CompiledVocabulary.write(loaded.terms(), loaded.tables()), bytes))
        .isTrue();
  }

  @Test
  void defaultDetector_findsWhatARunTimeCompiledOneFinds() {
    TextControl compiled = TextControl.builder().build();
    Engine runtime = compiledAtRunTime(Vocabulary.load(EnumSet.allOf(Language.class)));
    List<String> comments =
        List.of(
            "Client diabétique, rappeler au 06 12 34 56 78",
            "Ansprechpartner ist IG-Metall-Vertrauensmann, hat was mit seiner Sekretärin",
            "muy católico, delegado sindical de CCOO, está liado con la de RRHH",
            "he voted Leave, DOB 12 March 1994, a real idiot, mdp : Azerty123!",
            "signora di origine senegalese, iscritta alla CGIL, malato di cancro",
            "Clinique du Parc : offre santé, syndic de copropriété, malade d'impatience");
    for (String comment : comments) {
      assertThat(compiled.scan(comment)).as(comment).isEqualTo(runtime.scan(comment, -1));
    }
  }

  @Test
  void ownTermsAndAllowedPhrases_compiledApart_findWhatOneAutomatonFinds() {
    // A deployment's allowlist and terms do not recompile the bundled vocabulary: they get their
    // own small automaton, and the findings are those of a single automaton over everything.
    TermSpec own = new TermSpec("projet Phénix", Kind.CRIMINAL, Language.FR, "own#1", 0.8, false);
    TextControl apart =
        TextControl.builder()
            .terms(List.of(own))
            .allow("dépression tropicale")
            .allow("rue des juifs")
            .build();
    List<TermSpec> all = new java.util.ArrayList<>(Vocabulary.load(EnumSet.allOf(Language.class)));
    all.add(own);
    all.add(TermSpec.negative("dépression tropicale", null, "allow#1"));
    all.add(TermSpec.negative("rue des juifs", null, "allow#2"));
    Engine together = compiledAtRunTime(all);
    List<String> comments =
        List.of(
            "dépression tropicale sur la Réunion, livraison retardée ; client dépressif",
            "livraison 12 rue des Juifs, le gérant est diabétique, tel 06 12 34 56 78",
            "ancien du projet Phénix, sorti de prison en 2019, dépression tropicale",
            "rue des Juifs rue des Juifs, militant RN, a@b.fr");
    for (String comment : comments) {
      assertThat(apart.scan(comment)).as(comment).isEqualTo(together.scan(comment, -1));
    }
    assertThat(apart.scan(comments.get(0)).findings())
        .extracting(Finding::text)
        .containsExactly("dépressif");
    assertThat(apart.scan(comments.get(2)).findings())
        .extracting(Finding::kind)
        .contains(Kind.CRIMINAL);
  }

  @Test
  void otherBytes_areRefused() {
    byte[] garbage = "not a compiled vocabulary".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CompiledVocabulary.read(ByteBuffer.wrap(garbage)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void truncatedBytes_areRefused() throws IOException {
    byte[] bytes = resource();
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    assertThatThrownBy(() -> CompiledVocabulary.read(ByteBuffer.wrap(truncated)))
        .isInstanceOf(IOException.class);
  }
}
