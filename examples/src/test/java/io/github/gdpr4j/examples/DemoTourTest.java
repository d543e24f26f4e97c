package io.github.gdpr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole tour once on H2, as the README's command does, and checks what it shows (the tour
 * takes seconds, so the checks share one run).
 */
class DemoTourTest {

  @TempDir static Path out;

  private static DemoTour.Result result;
  private static String console;

  @BeforeAll
  static void runTheTour() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      result = DemoTour.run(out, "", "sa", "", ps);
    }
    console = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tour_printsElevenNumberedStepsWithArticles() {
    for (int i = 1; i <= 11; i++) {
      assertThat(console).contains("== Step " + i + ". ");
    }
    assertThat(console)
        .contains("[Art. 30(1)]", "Art. 7(3)", "Art. 21(3)", "Art. 17(1)", "Art. 5(1)(e)")
        .contains("Outputs in " + out.toAbsolutePath().normalize());
  }

  @Test
  void doubleOptIn_pendingConsent_isDeniedUntilConfirmed() {
    assertThat(console)
        .contains("is now PENDING; the guard says: DENIED [CONSENT_MISSING (Art. 6(1)(a))]")
        .contains("is GIVEN; the guard says: ALLOWED");
  }

  @Test
  void comments_healthAndInsultBlocked_cardRedacted() {
    assertThat(result.healthBlocked()).isTrue();
    assertThat(result.insultBlocked()).isTrue();
    assertThat(result.storedCardComment())
        .isEqualTo("Paid the renewal by card [PAYMENT_CARD] on the phone.");
    assertThat(console).contains("BLOCKED: {HEALTH=1}", "BLOCKED: {OFFENSIVE=1}");
    assertThat(console).contains("user sees (FR): Ce commentaire contient une donnée de santé");
  }

  @Test
  void marketingExport_excludesWithdrawnThenObjectingContacts() {
    assertThat(result.exportAfterWithdrawal()).containsExactly(1001L, 1003L);
    assertThat(result.exportAfterObjection()).containsExactly(1001L);
    assertThat(console).contains("REFUSED [CONSENT_MISSING (Art. 6(1)(a))]");
  }

  @Test
  void erasureAndSweep_changeTheExpectedRows() throws Exception {
    assertThat(result.erasureChanged()).isEqualTo(3);
    assertThat(result.sweptContacts()).isEqualTo(1);
    assertThat(Files.readString(out.resolve("retention-sweep.txt")))
        .as("three years on, both invoices' financial years are closed: intermediate archive")
        .containsPattern("Invoice +ARCHIVE +2 row");
    assertThat(Files.readString(out.resolve("erasure-report-1002.txt")))
        .contains("Invoice", "KEEP", "LEGAL_OBLIGATION", "Contact", "DELETE")
        .doesNotContain("bruno", "Bruno");
  }

  @Test
  void ledger_verifiesThenCatchesTampering() {
    assertThat(result.ledgerValid()).isTrue();
    assertThat(result.tamperCaught()).isTrue();
    assertThat(console).contains("Verification: BROKEN at subject 1001, entry 0: CHANGED");
  }

  @Test
  void outputs_areWritten_andTheAuditLogHoldsNoDataValues() throws Exception {
    assertThat(result.files())
        .extracting(p -> p.getFileName().toString())
        .contains(
            "record-of-processing.md",
            "record-of-processing.json",
            "record-of-processing.csv",
            "marketing-export-1.csv",
            "marketing-export-2.csv",
            "access-request-1001.json",
            "access-request-1001.md",
            "erasure-report-1002.txt",
            "retention-sweep.txt",
            "consent-ledger-verification.txt",
            "audit-events.log");
    for (Path f : result.files()) {
      assertThat(f).isRegularFile();
      assertThat(Files.size(f)).as("%s", f.getFileName()).isPositive();
    }
    assertThat(Files.readString(out.resolve("access-request-1001.json")))
        .startsWith("{\"schema\":\"gdpr4j-subject-export/1\",\"scope\":\"ACCESS\"")
        .contains("alice.martin@acme.example", "[PAYMENT_CARD]")
        .doesNotContain("4111", "bruno");
    assertThat(Files.readString(out.resolve("audit-events.log")))
        .contains("text.blocked", "rights.export")
        .doesNotContain("acme.example", "Alice", "dialyse", "incapable", "4111");
  }
}
