package io.github.gdpr4j.examples;

import io.github.gdpr4j.core.ChainVerification;
import io.github.gdpr4j.core.ConsentCapture;
import io.github.gdpr4j.core.ConsentChannel;
import io.github.gdpr4j.core.ConsentLedger;
import io.github.gdpr4j.core.ConsentNotice;
import io.github.gdpr4j.core.ControllerDetails;
import io.github.gdpr4j.core.Decision;
import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.LegitimateInterestAssessment;
import io.github.gdpr4j.core.ObjectionRegister;
import io.github.gdpr4j.core.ProcessingGuard;
import io.github.gdpr4j.core.Purpose;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.core.RecordOfProcessing;
import io.github.gdpr4j.core.RestrictionRegister;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.core.RetentionPresets;
import io.github.gdpr4j.core.RetentionRule;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.SuppressionList;
import io.github.gdpr4j.examples.crm.Company;
import io.github.gdpr4j.examples.crm.Contact;
import io.github.gdpr4j.examples.crm.Interaction;
import io.github.gdpr4j.examples.crm.Invoice;
import io.github.gdpr4j.examples.crm.NewsletterSubscription;
import io.github.gdpr4j.examples.crm.Opportunity;
import io.github.gdpr4j.jpa.ErasurePolicy;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.GdprJpaConfig;
import io.github.gdpr4j.jpa.ProcessingRefusedException;
import io.github.gdpr4j.jpa.PurposeScopeException;
import io.github.gdpr4j.jpa.Purposes;
import io.github.gdpr4j.jpa.TextBlockedException;
import io.github.gdpr4j.jpa.retention.RetentionSweeper;
import io.github.gdpr4j.jpa.retention.SweepReport;
import io.github.gdpr4j.jpa.rights.ErasureReport;
import io.github.gdpr4j.jpa.rights.SubjectEraser;
import io.github.gdpr4j.jpa.rights.SubjectExporter;
import io.github.gdpr4j.jpa.store.JpaStores;
import io.github.gdpr4j.jpa.store.PurposeQueries;
import io.github.gdpr4j.text.Explanation;
import io.github.gdpr4j.text.Finding;
import io.github.gdpr4j.text.Kind;
import io.github.gdpr4j.text.TextControl;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A scripted tour of gdpr4j on a small CRM: each step prints what happens, why (the article) and
 * what a user would see, and leaves its documents in an output folder.
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am package -DskipTests -Pdemo
 * # PostgreSQL instead of H2 (schema gdpr4j_demo is dropped and re-created):
 * mvn -B -q -pl examples -am package -DskipTests -Pdemo \
 *     -Dgdpr4j.demo.jdbcUrl=jdbc:postgresql://127.0.0.1:5432/test
 * }</pre>
 *
 * <p>System properties: {@code gdpr4j.demo.out} (output folder; the pom sets {@code
 * examples/target/gdpr4j-demo}, else {@code target/gdpr4j-demo} under the working directory),
 * {@code gdpr4j.demo.jdbcUrl} (default: H2 in memory), {@code gdpr4j.demo.user} (default {@code
 * postgres} for PostgreSQL), {@code gdpr4j.demo.password}. The first argument {@code --out DIR}
 * overrides the folder.
 */
public final class DemoTour {

  static final PurposeId PROSPECTING = PurposeId.of("prospecting");
  static final PurposeId CUSTOMER_RELATIONSHIP = PurposeId.of("customer-relationship");
  static final PurposeId NEWSLETTER = PurposeId.of("newsletter");
  static final PurposeId INVOICING = PurposeId.of("invoicing");

  static final String PG_SCHEMA = "gdpr4j_demo";

  /** Held so that java.util.logging does not forget the level (it keeps loggers weakly). */
  private static final Logger HIBERNATE_JUL = Logger.getLogger("org.hibernate");

  static final String NOTICE_TEXT =
      "Recevez notre lettre mensuelle. Vous pouvez vous désinscrire à tout moment. / Receive our"
          + " monthly newsletter. You can unsubscribe at any time.";

  private static final long ALICE = 1001;
  private static final long BRUNO = 1002;
  private static final long CHLOE = 1003;
  private static final long DANIEL = 1004;

  /**
   * What the tour observed, for the smoke test.
   *
   * @param out the output folder
   * @param healthBlocked whether the health comment was blocked
   * @param insultBlocked whether the insulting comment was blocked
   * @param storedCardComment the card comment as stored in the database
   * @param exportAfterWithdrawal the contact ids of the marketing export after the withdrawal
   * @param exportAfterObjection the contact ids of the marketing export after the objection
   * @param erasureChanged rows deleted or anonymised by the erasure
   * @param sweptContacts contacts deleted by the retention sweep
   * @param ledgerValid whether the untouched ledger verified
   * @param tamperCaught whether the tampered ledger failed verification
   * @param files the files written
   */
  public record Result(
      Path out,
      boolean healthBlocked,
      boolean insultBlocked,
      String storedCardComment,
      List<Long> exportAfterWithdrawal,
      List<Long> exportAfterObjection,
      long erasureChanged,
      long sweptContacts,
      boolean ledgerValid,
      boolean tamperCaught,
      List<Path> files) {}

  private final PrintStream console;
  private final Path out;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final DemoClock clock = new DemoClock(Instant.parse("2026-01-15T09:00:00Z"));
  private final List<Path> files = new ArrayList<>();
  private int step;
  private String url = "";

  private DemoTour(PrintStream console, Path out, String jdbcUrl, String user, String password) {
    this.console = console;
    this.out = out;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /**
   * Runs the tour from the command line.
   *
   * @param args optionally {@code --out DIR}
   * @throws Exception if the tour fails
   */
  public static void main(String[] args) throws Exception {
    // Under exec:java, Hibernate may log through java.util.logging rather than slf4j-simple: keep
    // its start-up chatter out of the tour (slf4j-simple is set to WARN in
    // simplelogger.properties).
    HIBERNATE_JUL.setLevel(Level.SEVERE);
    String dir = System.getProperty("gdpr4j.demo.out", "target/gdpr4j-demo");
    if (args.length == 2 && args[0].equals("--out")) {
      dir = args[1];
    } else if (args.length != 0) {
      System.err.println("usage: DemoTour [--out DIR]");
      System.exit(2);
    }
    String url = System.getProperty("gdpr4j.demo.jdbcUrl", "");
    boolean pg = url.startsWith("jdbc:postgresql:");
    String user = System.getProperty("gdpr4j.demo.user", pg ? "postgres" : "sa");
    String password = System.getProperty("gdpr4j.demo.password", "");
    long start = System.nanoTime();
    run(Path.of(dir), url, user, password, System.out);
    System.out.printf(
        "%nTour finished in %.1f s.%n", (System.nanoTime() - start) / 1_000_000_000.0);
  }

  /**
   * Runs the tour.
   *
   * @param out the output folder, created if needed
   * @param jdbcUrl a PostgreSQL URL, or empty for H2 in memory
   * @param user the database user
   * @param password the database password
   * @param console where the tour is printed
   * @return what the tour observed
   * @throws Exception if a step fails unexpectedly
   */
  public static Result run(
      Path out, String jdbcUrl, String user, String password, PrintStream console)
      throws Exception {
    Objects.requireNonNull(out, "out");
    Files.createDirectories(out);
    return new DemoTour(console, out.toAbsolutePath().normalize(), jdbcUrl, user, password).tour();
  }

  // ---------------------------------------------------------------------------------------------

  private Result tour() throws Exception {
    url = prepareDatabase();
    console.println("gdpr4j demo CRM: a guided tour");
    console.println(
        "Database: "
            + (url.startsWith("jdbc:h2:") ? "H2 in memory" : url)
            + "; clock starts at "
            + clock.instant()
            + "; outputs in "
            + out);
    console.println("gdpr4j helps you implement your obligations; it is not legal advice.");

    ControllerDetails controller = ControllerDetails.of("Démo CRM SAS", "dpo@demo-crm.example");
    PurposeRegistry registry = registry();

    // 1. Purposes -------------------------------------------------------------------------------
    step("Declare the purposes", "Art. 5(1)(b) purpose limitation, Art. 6(1) lawful basis");
    for (Purpose p : registry.purposes()) {
      RetentionRule r = p.retention();
      say("%-22s %s / %s", p.id().value(), p.description().en(), p.description().fr());
      say(
          "%-22s basis %s (%s)%s; kept %s from %s, then %s",
          "",
          p.legalBasis(),
          p.legalBasis().article(),
          p.isDirectMarketing() ? ", direct marketing" : "",
          r.duration(),
          r.from() == RetentionEvent.CUSTOM ? r.customEvent() : r.from(),
          r.action() + (r.purgeAfter() == null ? "" : " (purged after " + r.purgeAfter() + ")"));
    }
    say(
        "The registry is validated as a whole: a purpose without basis or retention fails at build.");

    try (DemoAudit audit = new DemoAudit(file("audit-events.log"));
        EntityManagerFactory registers =
            unit("gdpr4j-registers", url, new ArrayList<>(JpaStores.entityClasses()), null)) {
      ConsentLedger consents =
          ConsentLedger.create(JpaStores.consentStore(registers), clock, audit);
      ObjectionRegister objections =
          ObjectionRegister.create(JpaStores.objectionStore(registers), clock, audit);
      RestrictionRegister restrictions =
          RestrictionRegister.create(JpaStores.restrictionStore(registers), clock, audit);
      byte[] suppressionKey = new byte[32]; // in production: a secret from your key store
      new SecureRandom().nextBytes(suppressionKey);
      SuppressionList suppression =
          SuppressionList.create(
              JpaStores.suppressionStore(registers), suppressionKey, clock, audit);
      ProcessingGuard guard =
          ProcessingGuard.builder(registry)
              .consents(consents)
              .objections(objections)
              .restrictions(restrictions)
              .auditSink(audit)
              .clock(clock)
              .build();
      GdprJpaConfig config =
          GdprJpaConfig.builder(guard)
              .restrictions(restrictions)
              .auditSink(audit)
              .clock(clock)
              .textControl(TextControl.builder().build())
              .actor(() -> "demo-user")
              .build();
      List<Class<?>> model =
          new ArrayList<>(
              List.of(
                  Company.class,
                  Contact.class,
                  Interaction.class,
                  Opportunity.class,
                  NewsletterSubscription.class,
                  Invoice.class));
      model.addAll(JpaStores.entityClasses()); // for the purpose-scoped queries
      model.addAll(SubjectEraser.entityClasses());
      model.addAll(RetentionSweeper.entityClasses());

      try (EntityManagerFactory crm = unit("demo-crm", url, model, config)) {
        return steps(registry, controller, audit, consents, objections, suppression, guard, crm);
      }
    }
  }

  private Result steps(
      PurposeRegistry registry,
      ControllerDetails controller,
      DemoAudit audit,
      ConsentLedger consents,
      ObjectionRegister objections,
      SuppressionList suppression,
      ProcessingGuard guard,
      EntityManagerFactory crm)
      throws Exception {

    // 2. Record of processing -------------------------------------------------------------------
    step("Print the record of processing activities", "Art. 30(1)");
    RecordOfProcessing record = RecordOfProcessing.generate(registry, controller, clock);
    write("record-of-processing.md", record.toMarkdown());
    write("record-of-processing.json", record.toJson());
    write("record-of-processing.csv", record.toCsv());
    say(
        "%d activities of controller %s, generated from the same registry the code enforces.",
        record.activities().size(), controller.name());
    record
        .toMarkdown()
        .lines()
        .filter(l -> l.startsWith("#"))
        .limit(8)
        .forEach(l -> say("  | %s", l));
    say("Written: record-of-processing.md, .json, .csv");

    // 3. Consent through a form, double opt-in --------------------------------------------------
    step(
        "Collect newsletter consent through a sign-up form (double opt-in)",
        "Art. 6(1)(a), Art. 7(1) proof of consent, Recital 32");
    ConsentNotice notice = ConsentNotice.of("newsletter-v1", NOTICE_TEXT);
    for (long id : new long[] {ALICE, BRUNO, CHLOE}) {
      consents.request(
          subject(id),
          NEWSLETTER,
          ConsentCapture.of(ConsentChannel.WEB_FORM, "signup-form", notice, "form-" + id));
    }
    say("Form submitted by contacts 1001, 1002, 1003 (notice newsletter-v1, its SHA-256 is kept).");
    say("User sees (FR): « Merci ! Cliquez sur le lien reçu par e-mail pour confirmer. »");
    say("User sees (EN): \"Thanks! Click the link we e-mailed you to confirm.\"");
    say(
        "Contact 1001 is now %s; the guard says: %s",
        consents.consentNow(subject(ALICE), NEWSLETTER),
        describe(guard.decide(subject(ALICE), NEWSLETTER)));
    clock.advance(Duration.ofMinutes(7));
    for (long id : new long[] {ALICE, BRUNO, CHLOE}) {
      consents.confirm(
          subject(id),
          NEWSLETTER,
          ConsentCapture.of(
              ConsentChannel.EMAIL, "confirmation-link", notice, "confirmation-token-" + id));
    }
    say(
        "7 minutes later they click the link: contact 1001 is %s; the guard says: %s",
        consents.consentNow(subject(ALICE), NEWSLETTER),
        describe(guard.decide(subject(ALICE), NEWSLETTER)));
    say("Each event is appended to a hash-chained ledger (tables gdpr_consent_*).");

    // 4. Contacts under prospecting ------------------------------------------------------------
    step(
        "Save contacts under prospecting",
        "Art. 6(1)(f) legitimate interests with its assessment, Art. 5(1)(b)");
    Optional<PurposeScopeException> noScope =
        failure(
            () ->
                crm.runInTransaction(
                    em -> em.persist(new Contact(999L, "Zoé Test", "zoe@example.org", null))),
            PurposeScopeException.class);
    say(
        "Saving a contact outside any purpose: %s",
        noScope.map(e -> "REFUSED — " + e.getMessage()).orElse("accepted (unexpected)"));
    Purposes.run(
        PROSPECTING,
        () ->
            crm.runInTransaction(
                em -> {
                  Company acme = new Company("Acme Industries");
                  em.persist(acme);
                  em.persist(new Contact(ALICE, "Alice Martin", "alice.martin@acme.example", acme));
                  em.persist(new Contact(BRUNO, "Bruno Petit", "bruno.petit@acme.example", acme));
                  em.persist(new Contact(CHLOE, "Chloé Durand", "chloe.durand@acme.example", acme));
                  em.persist(new Contact(DANIEL, "Daniel Roux", "daniel.roux@acme.example", acme));
                }));
    say(
        "Saved contacts 1001–1004 under 'prospecting': allowed (legitimate interests, no consent needed).");
    for (long id : new long[] {ALICE, BRUNO, CHLOE}) {
      subscribe(crm, id);
    }
    say(
        "Newsletter subscriptions of 1001–1003 saved under 'newsletter': allowed (consent confirmed).");
    Optional<ProcessingRefusedException> noConsent =
        failure(() -> subscribe(crm, DANIEL), ProcessingRefusedException.class);
    say(
        "Newsletter subscription of 1004 (never consented): %s",
        noConsent.map(e -> "REFUSED " + e.reasons()).orElse("accepted (unexpected)"));
    Purposes.run(
        CUSTOMER_RELATIONSHIP,
        () ->
            crm.runInTransaction(
                em ->
                    em.persist(
                        new Opportunity(
                            em.find(Contact.class, ALICE),
                            "decision maker",
                            new BigDecimal("48000")))));
    Purposes.run(
        INVOICING,
        () ->
            crm.runInTransaction(
                em -> {
                  em.persist(
                      new Invoice(
                          ALICE,
                          "12 rue des Lilas, 69003 Lyon",
                          new BigDecimal("1200.00"),
                          clock.instant()));
                  em.persist(
                      new Invoice(
                          BRUNO,
                          "3 avenue Foch, 75116 Paris",
                          new BigDecimal("350.00"),
                          clock.instant()));
                }));
    say(
        "An opportunity (customer-relationship, Art. 6(1)(b)) and two invoices (invoicing, Art. 6(1)(c)) saved.");

    // 5. Free-text comments --------------------------------------------------------------------
    step(
        "Type comments about contact 1001 in the CRM",
        "Art. 9(1) special categories, Art. 5(1)(a),(c),(d) fairness, minimisation, accuracy");
    boolean healthBlocked =
        comment(crm, ALICE, "Client en dialyse 3 fois par semaine, rappeler le lundi.").isPresent();
    boolean insultBlocked =
        comment(crm, ALICE, "Le DSI est un incapable, passer par son adjoint.").isPresent();
    String card = "Paid the renewal by card 4111 1111 1111 1111 on the phone.";
    Optional<TextBlockedException> cardBlocked = comment(crm, ALICE, card);
    String storedCard =
        queryStrings("SELECT comment_text FROM demo_interaction WHERE contact_id = ?", ALICE)
            .stream()
            .findFirst()
            .orElse("");
    if (cardBlocked.isEmpty()) {
      say("  stored as: \"%s\"", storedCard);
      Explanation fr = Explanation.of(Kind.PAYMENT_CARD, "•••• 1111", Locale.FRENCH);
      Explanation en = Explanation.of(Kind.PAYMENT_CARD, "•••• 1111", Locale.ENGLISH);
      say("  user sees (FR): %s", fr.message());
      say("  user sees (EN): %s", en.message());
    }

    // 6. Withdrawal and marketing export ---------------------------------------------------------
    step(
        "Contact 1002 unsubscribes; export the newsletter audience",
        "Art. 7(3) withdrawal as easy as giving consent");
    clock.advance(Duration.ofDays(30));
    consents.withdraw(subject(BRUNO), NEWSLETTER, ConsentChannel.EMAIL, "unsubscribe-link");
    say(
        "1002 clicked 'unsubscribe'. The guard now says: %s",
        describe(guard.decide(subject(BRUNO), NEWSLETTER)));
    List<Long> afterWithdrawal = marketingExport(crm, registry, "marketing-export-1.csv");
    say(
        "Eligible for the newsletter: %s (1002 withdrew, 1004 never consented) → marketing-export-1.csv",
        afterWithdrawal);

    // 7. Objection ------------------------------------------------------------------------------
    step(
        "Contact 1003 objects to direct marketing",
        "Art. 21(2), 21(3): absolute for direct marketing");
    objections.lodgeAgainstDirectMarketing(subject(CHLOE), "call-centre");
    say("Prospecting 1003 now: %s", describe(guard.decide(subject(CHLOE), PROSPECTING)));
    say("Newsletter to 1003 now: %s", describe(guard.decide(subject(CHLOE), NEWSLETTER)));
    say(
        "Customer relationship with 1003 (contract, not marketing): %s",
        describe(guard.decide(subject(CHLOE), CUSTOMER_RELATIONSHIP)));
    List<Long> afterObjection = marketingExport(crm, registry, "marketing-export-2.csv");
    say("Eligible for the newsletter: %s → marketing-export-2.csv", afterObjection);

    // 8. Access request -------------------------------------------------------------------------
    step(
        "Contact 1001 asks for a copy of her data",
        "Art. 15 access, Art. 20 portability, Art. 12(3) one month");
    SubjectExporter exporter =
        SubjectExporter.builder(crm, registry)
            .clock(clock)
            .auditSink(audit)
            .controller(controller)
            .supervisoryAuthority("CNIL, 3 place de Fontenoy, 75007 Paris, www.cnil.fr")
            .build();
    long exported;
    try (OutputStream json = Files.newOutputStream(file("access-request-1001.json"))) {
      exported = exporter.writeJson(subject(ALICE), SubjectExporter.Scope.ACCESS, json);
    }
    long reported;
    try (Writer md =
        Files.newBufferedWriter(file("access-request-1001.md"), StandardCharsets.UTF_8)) {
      reported = exporter.writeReport(subject(ALICE), md);
    }
    say("%d records exported as JSON (access-request-1001.json) and explained in", exported);
    say(
        "a report for the person (access-request-1001.md, %d records): purposes, recipients,",
        reported);
    say("retention, rights, the right to complain to the CNIL (Art. 15(1)(a)-(h)).");
    Files.readAllLines(file("access-request-1001.md"), StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("### "))
        .forEach(l -> say("  | %s", l));

    // 9. Erasure --------------------------------------------------------------------------------
    step("Contact 1002 asks to be forgotten", "Art. 17(1), 17(3)(b) legal obligation, Art. 5(2)");
    SubjectEraser eraser =
        SubjectEraser.builder(crm)
            .policy(
                Contact.class, ErasurePolicy.delete().suppressing("email", IdentifierKind.EMAIL))
            .suppression(suppression)
            .clock(clock)
            .auditSink(audit)
            .build();
    ErasureReport erasure = eraser.erase(subject(BRUNO), "erasure-req-0001");
    List<String> erasureLines = new ArrayList<>();
    erasureLines.add(
        "Erasure request "
            + erasure.requestId()
            + " for subject "
            + erasure.subject().value()
            + " at "
            + erasure.at());
    for (ErasureReport.Line l : erasure.entities()) {
      erasureLines.add(
          String.format(
              Locale.ROOT,
              "%-24s %-9s %d row(s) found, %d changed%s",
              l.entity(),
              l.action(),
              l.matched(),
              l.changed(),
              l.exemption() == null
                  ? ""
                  : "; kept under "
                      + l.exemption()
                      + " (fields "
                      + new TreeSet<>(l.kept())
                      + ") for "
                      + l.until()));
    }
    erasureLines.add("Identifiers put on the suppression list: " + erasure.suppressed());
    write("erasure-report-1002.txt", String.join("\n", erasureLines) + "\n");
    erasureLines.forEach(l -> say("%s", l));
    say(
        "Re-importing 1002's old e-mail address later: %s",
        suppression.isSuppressed(IdentifierKind.EMAIL, "bruno.petit@acme.example")
            ? "flagged by the suppression list (a keyed hash, not the address)"
            : "not flagged (unexpected)");
    say("Written: erasure-report-1002.txt; the ledger table gdpr_erasure_ledger accounts for it.");

    // 10. Retention sweep -----------------------------------------------------------------------
    step("Three years later: the retention sweep", "Art. 5(1)(e) storage limitation");
    Purposes.run(
        CUSTOMER_RELATIONSHIP,
        () ->
            crm.runInTransaction(
                em -> em.find(Contact.class, CHLOE).endRelationship(clock.instant())));
    say(
        "The relationship with 1003 ended on %s (Contact: 3 years after the end, then delete).",
        clock.instant());
    clock.advance(Period.ofYears(3).plusDays(1));
    say("The clock moves forward to %s.", clock.instant());
    SweepReport sweep = RetentionSweeper.builder(crm).clock(clock).auditSink(audit).build().sweep();
    List<String> sweepLines = new ArrayList<>();
    sweepLines.add("Retention sweep at " + sweep.at() + (sweep.dryRun() ? " (dry run)" : ""));
    for (SweepReport.Line l : sweep.lines()) {
      sweepLines.add(
          String.format(
              Locale.ROOT,
              "%-24s %-9s %d row(s) in %d batch(es)",
              l.entity(),
              l.action(),
              l.rows(),
              l.batches()));
    }
    for (SweepReport.Line l : sweep.purges()) {
      sweepLines.add(
          String.format(
              Locale.ROOT,
              "%-24s PURGE     %d archived row(s) in %d batch(es)",
              l.entity(),
              l.rows(),
              l.batches()));
    }
    write("retention-sweep.txt", String.join("\n", sweepLines) + "\n");
    sweepLines.forEach(l -> say("%s", l));
    say(
        "Contacts left: %s (no end of relationship recorded). Invoices: archived once their"
            + " financial year is closed (restricted access), purged 10 years later.",
        queryStrings("SELECT id FROM demo_contact ORDER BY id"));

    // 11. Ledger verification ------------------------------------------------------------------
    step(
        "Verify the consent ledger, then tamper with it",
        "Art. 7(1) demonstrate consent, Art. 5(1)(f) integrity");
    ChainVerification before = consents.verify();
    say(
        "Verification: %s (%d subjects, %d entries)",
        before.isValid() ? "VALID" : "BROKEN", before.subjectsChecked(), before.entriesChecked());
    int tampered =
        update(
            "UPDATE gdpr_consent_entry SET occurred_at_ns = occurred_at_ns - 86400000000000"
                + " WHERE subject_id = ? AND seq = (SELECT MIN(seq) FROM gdpr_consent_entry"
                + " WHERE subject_id = ?)",
            String.valueOf(ALICE),
            String.valueOf(ALICE));
    say(
        "Someone back-dates contact 1001's consent request by one day with plain SQL (%d row).",
        tampered);
    ChainVerification after = consents.verify();
    String caught =
        after
            .firstBreak()
            .map(
                b ->
                    "BROKEN at subject "
                        + b.subject().value()
                        + ", entry "
                        + b.sequence()
                        + ": "
                        + b.kind())
            .orElse("VALID (tampering not detected)");
    say("Verification: %s", caught);
    write(
        "consent-ledger-verification.txt",
        "before tampering: "
            + (before.isValid() ? "VALID" : "BROKEN")
            + " ("
            + before.entriesChecked()
            + " entries)\nafter tampering: "
            + caught
            + "\n");

    audit.flush();
    console.println();
    console.printf(
        "%d audit events (ids, codes, articles; no data values) in audit-events.log%n",
        audit.size());
    console.println("Outputs in " + out + ":");
    files.add(out.resolve("audit-events.log"));
    for (Path f : files.stream().distinct().sorted().toList()) {
      console.printf("  %-34s %,8d bytes%n", f.getFileName(), Files.exists(f) ? Files.size(f) : 0);
    }
    long swept =
        sweep.lines().stream()
            .filter(l -> l.entity().equals("Contact") && l.action() == RetentionAction.DELETE)
            .mapToLong(SweepReport.Line::rows)
            .sum();
    return new Result(
        out,
        healthBlocked,
        insultBlocked,
        storedCard,
        afterWithdrawal,
        afterObjection,
        erasure.changed(),
        swept,
        before.isValid(),
        !after.isValid(),
        files.stream().distinct().sorted().toList());
  }

  // ---------------------------------------------------------------------------------------------

  private static PurposeRegistry registry() {
    return PurposeRegistry.builder()
        .purpose(
            "prospecting",
            p ->
                p.description("Prospection commerciale", "Commercial prospecting")
                    .legitimateInterests(
                        new LegitimateInterestAssessment(
                            "Finding new business customers among professionals",
                            "Only business contact details are used; no profiling",
                            "Professionals expect such approaches (Recital 47) and can object at"
                                + " any time, free of charge (Art. 21(2))",
                            LocalDate.of(2026, 1, 5)))
                    .dataCategories("identity", "contact-details")
                    .subjectCategories("prospects")
                    .directMarketing(true)
                    .retention(RetentionPresets.CUSTOMER_PROSPECTING))
        .purpose(
            "customer-relationship",
            p ->
                p.description("Gestion de la relation client", "Customer relationship management")
                    .contract("crm-terms-v1")
                    .dataCategories("identity", "contact-details", "professional-life")
                    .subjectCategories("customers")
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(3),
                            RetentionEvent.END_OF_RELATIONSHIP,
                            RetentionAction.DELETE)))
        .purpose(
            "newsletter",
            p ->
                p.description("Lettre d'information", "Newsletter")
                    .consent("newsletter-v1")
                    .dataCategories("identity", "contact-details")
                    .subjectCategories("customers", "prospects")
                    .directMarketing(true)
                    .retention(
                        RetentionRule.of(
                            Period.ofYears(3),
                            RetentionEvent.CONSENT_WITHDRAWAL,
                            RetentionAction.DELETE)))
        .purpose(
            "invoicing",
            p ->
                p.description("Facturation", "Invoicing")
                    .legalObligation("Code de commerce, art. L123-22")
                    .dataCategories("identity", "billing")
                    .subjectCategories("customers")
                    .retention(RetentionPresets.ACCOUNTING))
        .build();
  }

  private String prepareDatabase() throws SQLException {
    if (jdbcUrl.isBlank()) {
      return "jdbc:h2:mem:gdpr4j-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("gdpr4j.demo.jdbcUrl must be a jdbc:postgresql: URL");
    }
    // A dedicated schema, dropped and re-created, so that the tour starts empty every time.
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + PG_SCHEMA);
    }
    return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA;
  }

  private EntityManagerFactory unit(
      String name, String url, List<Class<?>> classes, GdprJpaConfig config) {
    PersistenceConfiguration unit = new PersistenceConfiguration(name);
    classes.forEach(unit::managedClass);
    unit.property(
        PersistenceConfiguration.JDBC_DRIVER,
        url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver");
    unit.property(PersistenceConfiguration.JDBC_URL, url);
    unit.property(PersistenceConfiguration.JDBC_USER, user);
    unit.property(PersistenceConfiguration.JDBC_PASSWORD, password);
    unit.property("hibernate.hbm2ddl.auto", "update");
    if (config != null) {
      unit.property(GdprJpa.CONFIG, config);
    }
    return unit.createEntityManagerFactory();
  }

  private void subscribe(EntityManagerFactory crm, long contact) {
    Purposes.run(
        NEWSLETTER,
        () ->
            crm.runInTransaction(
                em -> {
                  Contact c = em.find(Contact.class, contact);
                  em.persist(new NewsletterSubscription(c, c.email()));
                }));
  }

  /** Saves a comment; prints what the user sees; returns the block, if any. */
  private Optional<TextBlockedException> comment(
      EntityManagerFactory crm, long contact, String text) {
    say("Comment typed: \"%s\"", text);
    Optional<TextBlockedException> blocked =
        failure(
            () ->
                Purposes.run(
                    CUSTOMER_RELATIONSHIP,
                    () ->
                        crm.runInTransaction(
                            em ->
                                em.persist(
                                    new Interaction(
                                        em.find(Contact.class, contact), text, clock.instant())))),
            TextBlockedException.class);
    if (blocked.isEmpty()) {
      say("  SAVED (identifiers redacted before the row is written)");
      return blocked;
    }
    TextBlockedException e = blocked.get();
    say("  BLOCKED: %s", e.kinds());
    for (Object o : e.findings()) {
      Finding f = (Finding) o;
      Explanation fr = Explanation.of(f, Locale.FRENCH);
      Explanation en = Explanation.of(f, Locale.ENGLISH);
      say("  user sees (FR): %s %s", fr.message(), fr.hint());
      say("  user sees (EN): %s %s", en.message(), en.hint());
      say("  why: %s", fr.article());
    }
    return blocked;
  }

  private List<Long> marketingExport(
      EntityManagerFactory crm, PurposeRegistry registry, String name) throws IOException {
    List<Contact> audience =
        Purposes.call(
            NEWSLETTER,
            () ->
                crm.callInTransaction(
                    em ->
                        PurposeQueries.eligible(
                                em,
                                Contact.class,
                                "id",
                                registry.purpose(NEWSLETTER),
                                clock.instant())
                            .getResultList()));
    StringBuilder csv = new StringBuilder("contact_id,email\n");
    List<Long> ids = new ArrayList<>();
    audience.stream()
        .sorted(Comparator.comparing(Contact::id))
        .forEach(
            c -> {
              ids.add(c.id());
              csv.append(c.id()).append(',').append(c.email()).append('\n');
            });
    write(name, csv.toString());
    return ids;
  }

  private static String describe(Decision d) {
    return d.isAllowed()
        ? "ALLOWED"
        : "DENIED " + d.reasons().stream().map(Object::toString).toList();
  }

  private static SubjectId subject(long id) {
    return SubjectId.of(Long.toString(id));
  }

  /** Runs {@code work}; returns the exception of {@code type} in the cause chain if it failed. */
  private static <T extends Throwable> Optional<T> failure(Runnable work, Class<T> type) {
    try {
      work.run();
      return Optional.empty();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return Optional.of(type.cast(t));
        }
      }
      throw e;
    }
  }

  private void step(String title, String articles) {
    step++;
    console.println();
    console.printf("== Step %d. %s%n   [%s]%n", step, title, articles);
  }

  private void say(String format, Object... args) {
    console.println("   " + String.format(Locale.ROOT, format, args));
  }

  private Path file(String name) {
    Path f = out.resolve(name);
    files.add(f);
    return f;
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(file(name), content, StandardCharsets.UTF_8);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private List<String> queryStrings(String sql, Object... params) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    }
  }

  private int update(String sql, Object... params) throws SQLException {
    try (Connection c = connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }
}
