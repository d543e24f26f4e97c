package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Keeps the text-control quick start of the root README compiling and true. */
class ReadmeQuickStartTest {

  @Test
  void readmeQuickStart_blocksHealthDetailAndExplainsIt() {
    List<String> shown = new ArrayList<>();

    // --- README: text control quick start ---
    TextControl control = TextControl.builder().build(); // build once, share: thread-safe
    Policy policy = Policy.defaults(); // Art. 9/10 data, insults, cards, NIR, secrets: BLOCK

    String comment = "Client diabétique, rappeler au 06 12 34 56 78";
    Report report = control.scan(comment);
    if (policy.decide(report) == Action.BLOCK) {
      for (Finding f : policy.findings(report, Action.BLOCK)) {
        shown.add(Explanation.of(f, Locale.FRENCH).message()); // show under the field
      }
    }
    String safe = control.redact(comment, RedactionStyle.PLACEHOLDER); // "... au [PHONE]"
    // --- end ---

    assertThat(shown)
        .as("Art. 9(1): the health detail is blocked with a message quoting it")
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("santé")
        .contains("diabétique");
    assertThat(report.findings()).extracting(Finding::kind).contains(Kind.HEALTH, Kind.PHONE);
    assertThat(safe).as("Art. 5(1)(c): the phone number leaves the comment").contains("[PHONE]");
  }
}
