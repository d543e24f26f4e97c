package io.github.gdpr4j.core;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The record of processing activities of Art. 30(1), generated from the {@link PurposeRegistry} and
 * the {@link ControllerDetails}: the living register a DPO hands to the supervisory authority (Art.
 * 30(4)). One activity per purpose, with its legal basis and documentation, categories of subjects
 * and data, special categories and Art. 9(2) condition, criminal data, recipients, transfers and
 * safeguards, retention limit and compatible further purposes.
 *
 * <pre>{@code
 * RecordOfProcessing record = RecordOfProcessing.generate(registry, controller, clock);
 * Files.writeString(Path.of("record-of-processing.md"), record.toMarkdown());
 * }</pre>
 *
 * <p>Renderings are deterministic for a given registry, controller and clock, so they can be kept
 * under version control and reviewed as diffs. Immutable and thread-safe.
 */
public final class RecordOfProcessing {

  /** The identifier of the JSON layout, written as its {@code "schema"} member. */
  public static final String JSON_SCHEMA = "gdpr4j-record-of-processing/1";

  private static final String NONE = "none";

  private final PurposeRegistry registry;
  private final ControllerDetails controller;
  private final Instant generatedAt;

  private RecordOfProcessing(
      PurposeRegistry registry, ControllerDetails controller, Instant generatedAt) {
    this.registry = registry;
    this.controller = controller;
    this.generatedAt = generatedAt;
  }

  /**
   * Generates the record now.
   *
   * @param registry the purposes
   * @param controller the controller details
   * @param clock the clock giving the generation date
   * @return the record
   * @throws NullPointerException if an argument is null
   */
  public static RecordOfProcessing generate(
      PurposeRegistry registry, ControllerDetails controller, Clock clock) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(clock, "clock");
    return new RecordOfProcessing(
        registry, controller, clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Returns when the record was generated, to the second.
   *
   * @return the instant
   */
  public Instant generatedAt() {
    return generatedAt;
  }

  /**
   * Returns the controller details.
   *
   * @return the details
   */
  public ControllerDetails controller() {
    return controller;
  }

  /**
   * Returns the processing activities, one per purpose in declaration order.
   *
   * @return the purposes
   */
  public List<Purpose> activities() {
    return registry.purposes();
  }

  // ---------------------------------------------------------------- Markdown

  /**
   * Renders the record as Markdown (GitHub-flavoured tables), in English with French descriptions.
   *
   * @return the document, ending with a newline
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Record of processing activities\n\n");
    md.append("Art. 30(1) GDPR. Generated ").append(generatedAt).append(".\n\n");
    md.append("## Controller (Art. 30(1)(a))\n\n");
    md.append("| | |\n|---|---|\n");
    row(md, "Controller", controller.name());
    row(md, "Contact", controller.contact());
    row(md, "Representative (Art. 27)", controller.representativeContact().orElse(NONE));
    row(md, "Data protection officer (Art. 37)", controller.dpo().orElse(NONE));
    md.append("\n## Security measures (Art. 30(1)(g), Art. 32(1))\n\n");
    if (controller.securityMeasures().isEmpty()) {
      md.append("Not described.\n");
    }
    for (String m : controller.securityMeasures()) {
      md.append("- ").append(cell(m)).append('\n');
    }
    md.append("\n## Processing activities\n\n");
    md.append("| Purpose | Legal basis | Retention |\n|---|---|---|\n");
    for (Purpose p : activities()) {
      md.append("| `")
          .append(p.id())
          .append("` ")
          .append(cell(p.description().en()))
          .append(" | ")
          .append(basisName(p.legalBasis()))
          .append(" | ")
          .append(cell(retentionText(p.retention())))
          .append(" |\n");
    }
    for (Purpose p : activities()) {
      md.append("\n### `").append(p.id()).append("`: ").append(cell(p.description().en()));
      md.append("\n\n| | |\n|---|---|\n");
      row(md, "Purpose (Art. 30(1)(b))", p.description().en());
      row(md, "Finalité", p.description().fr());
      row(md, "Legal basis (Art. 6(1))", basisName(p.legalBasis()));
      row(md, "Basis documentation", basisDocumentation(p.lawfulBasis()));
      row(
          md,
          "Direct marketing",
          p.isDirectMarketing() ? "yes (objection absolute, Art. 21(3))" : "no");
      row(md, "Categories of data subjects (Art. 30(1)(c))", join(p.subjectCategories()));
      row(md, "Categories of personal data (Art. 30(1)(c))", join(p.dataCategories()));
      row(md, "Special categories (Art. 9(1))", specialText(p));
      row(md, "Criminal convictions data (Art. 10)", p.criminalDataAuthority().orElse(NONE));
      row(md, "Recipients (Art. 30(1)(d))", recipientsText(p.recipients()));
      row(md, "Transfers outside the EEA (Art. 30(1)(e))", transfersText(p.transfers()));
      row(md, "Retention (Art. 30(1)(f))", retentionText(p.retention()));
      row(md, "Compatible further purposes (Art. 6(4))", furtherText(p));
    }
    return md.toString();
  }

  private static void row(StringBuilder md, String label, String value) {
    md.append("| ").append(label).append(" | ").append(cell(value)).append(" |\n");
  }

  /** Escapes a value for a Markdown table cell: pipes, backslashes and line breaks. */
  static String cell(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '|' -> sb.append("\\|");
        case '\\' -> sb.append("\\\\");
        case '\r' -> {}
        case '\n' -> sb.append("<br>");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- JSON

  /**
   * Renders the record as JSON (layout {@value #JSON_SCHEMA}): pretty-printed, stable member order,
   * enum values by name with their article.
   *
   * @return the document, ending with a newline
   */
  public String toJson() {
    JsonWriter w = new JsonWriter().beginObject();
    w.name("schema").value(JSON_SCHEMA);
    w.name("generatedAt").value(generatedAt.toString());
    w.name("controller").beginObject();
    w.name("name").value(controller.name());
    w.name("contact").value(controller.contact());
    w.name("representative").value(controller.representativeContact().orElse(null));
    w.name("dpo").value(controller.dpo().orElse(null));
    w.name("securityMeasures").tree(controller.securityMeasures());
    w.endObject();
    w.name("activities").beginArray();
    for (Purpose p : activities()) {
      activityJson(w, p);
    }
    w.endArray();
    return w.endObject().toJson() + "\n";
  }

  private static void activityJson(JsonWriter w, Purpose p) {
    w.beginObject();
    w.name("purpose").value(p.id().value());
    w.name("description").beginObject();
    w.name("fr").value(p.description().fr());
    w.name("en").value(p.description().en());
    w.endObject();
    w.name("legalBasis").beginObject();
    w.name("basis").value(p.legalBasis().name());
    w.name("article").value(p.legalBasis().article());
    LawfulBasis basis = p.lawfulBasis();
    if (basis instanceof LawfulBasis.Consent c) {
      w.name("consentNoticeVersion").value(c.noticeVersion());
      w.name("explicit").value(c.explicit());
    } else if (basis instanceof LawfulBasis.Contract c) {
      w.name("contractReference").value(c.contractReference());
    } else if (basis instanceof LawfulBasis.LegalObligation l) {
      w.name("law").value(l.law());
    } else if (basis instanceof LawfulBasis.PublicTask t) {
      w.name("task").value(t.task());
    } else if (basis instanceof LawfulBasis.LegitimateInterests li) {
      LegitimateInterestAssessment a = li.assessment();
      w.name("legitimateInterestAssessment").beginObject();
      w.name("interest").value(a.interest());
      w.name("necessity").value(a.necessity());
      w.name("balancing").value(a.balancing());
      w.name("assessedOn").value(a.assessedOn().toString());
      w.endObject();
    }
    w.endObject();
    w.name("directMarketing").value(p.isDirectMarketing());
    w.name("subjectCategories").tree(names(p.subjectCategories()));
    w.name("dataCategories").tree(names(p.dataCategories()));
    w.name("specialCategories").tree(p.specialCategories());
    w.name("art9Condition");
    if (p.art9Condition().isPresent()) {
      w.beginObject();
      w.name("condition").value(p.art9Condition().get().name());
      w.name("article").value(p.art9Condition().get().article());
      w.endObject();
    } else {
      w.nullValue();
    }
    w.name("criminalDataAuthority").value(p.criminalDataAuthority().orElse(null));
    w.name("recipients").beginArray();
    for (Recipient r : p.recipients()) {
      w.beginObject().name("name").value(r.name()).name("kind").value(r.kind().name()).endObject();
    }
    w.endArray();
    w.name("transfers").beginArray();
    for (Transfer t : p.transfers()) {
      w.beginObject();
      w.name("recipient").value(t.recipient());
      w.name("country").value(t.country());
      w.name("safeguard").value(t.safeguard().name());
      w.name("article").value(t.safeguard().article());
      w.name("reference").value(t.reference());
      w.endObject();
    }
    w.endArray();
    RetentionRule r = p.retention();
    w.name("retention").beginObject();
    w.name("duration").value(r.duration().toString());
    w.name("from").value(r.from().name());
    w.name("customEvent").value(r.customEvent());
    w.name("action").value(r.action().name());
    w.name("archivePurgeAfter").value(r.archivePeriod().map(Period::toString).orElse(null));
    w.name("text").value(retentionText(r));
    w.endObject();
    w.name("compatiblePurposes").beginArray();
    for (Map.Entry<PurposeId, CompatibilityAssessment> e : p.compatiblePurposes().entrySet()) {
      CompatibilityAssessment a = e.getValue();
      w.beginObject();
      w.name("purpose").value(e.getKey().value());
      w.name("assessedOn").value(a.assessedOn().toString());
      w.name("link").value(a.link());
      w.name("context").value(a.context());
      w.name("natureOfData").value(a.natureOfData());
      w.name("consequences").value(a.consequences());
      w.name("safeguards").value(a.safeguards());
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }

  private static List<String> names(List<?> values) {
    List<String> out = new ArrayList<>(values.size());
    for (Object v : values) {
      out.add(v.toString());
    }
    return out;
  }

  // ---------------------------------------------------------------- CSV

  /**
   * Renders one row per activity as CSV (RFC 4180, comma-separated, CRLF line ends, lists joined
   * with {@code "; "}). Cells that a spreadsheet would read as a formula are prefixed with an
   * apostrophe.
   *
   * @return the document
   */
  public String toCsv() {
    StringBuilder csv = new StringBuilder();
    csvRow(
        csv,
        List.of(
            "purpose",
            "description_en",
            "description_fr",
            "legal_basis",
            "article",
            "basis_documentation",
            "direct_marketing",
            "subject_categories",
            "data_categories",
            "special_categories",
            "criminal_data",
            "recipients",
            "transfers",
            "retention",
            "compatible_purposes"));
    for (Purpose p : activities()) {
      csvRow(
          csv,
          List.of(
              p.id().value(),
              p.description().en(),
              p.description().fr(),
              p.legalBasis().name(),
              p.legalBasis().article(),
              basisDocumentation(p.lawfulBasis()),
              Boolean.toString(p.isDirectMarketing()),
              join(p.subjectCategories()),
              join(p.dataCategories()),
              specialText(p),
              p.criminalDataAuthority().orElse(NONE),
              recipientsText(p.recipients()),
              transfersText(p.transfers()),
              retentionText(p.retention()),
              furtherText(p)));
    }
    return csv.toString();
  }

  private static void csvRow(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(csvCell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String csvCell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  // ---------------------------------------------------------------- shared texts

  private static String basisName(LegalBasis basis) {
    String name =
        switch (basis) {
          case CONSENT -> "Consent";
          case CONTRACT -> "Contract";
          case LEGAL_OBLIGATION -> "Legal obligation";
          case VITAL_INTERESTS -> "Vital interests";
          case PUBLIC_TASK -> "Public task";
          case LEGITIMATE_INTERESTS -> "Legitimate interests";
        };
    return name + ", " + basis.article();
  }

  private static String basisDocumentation(LawfulBasis basis) {
    if (basis instanceof LawfulBasis.Consent c) {
      return (c.explicit() ? "explicit consent" : "consent")
          + ", notice version "
          + c.noticeVersion()
          + " (Art. 7(1))";
    }
    if (basis instanceof LawfulBasis.Contract c) {
      return "contract: " + c.contractReference();
    }
    if (basis instanceof LawfulBasis.LegalObligation l) {
      return "law: " + l.law() + " (Art. 6(3))";
    }
    if (basis instanceof LawfulBasis.PublicTask t) {
      return "public task: " + t.task() + " (Art. 6(3))";
    }
    if (basis instanceof LawfulBasis.LegitimateInterests li) {
      LegitimateInterestAssessment a = li.assessment();
      return "legitimate-interest assessment of "
          + a.assessedOn()
          + ": interest: "
          + a.interest()
          + "; necessity: "
          + a.necessity()
          + "; balancing: "
          + a.balancing();
    }
    return NONE; // vital interests need no further documentation
  }

  private static String specialText(Purpose p) {
    if (p.specialCategories().isEmpty()) {
      return NONE;
    }
    Art9Condition c = p.art9Condition().orElseThrow();
    List<String> names = new ArrayList<>();
    for (SpecialCategory sc : p.specialCategories()) {
      names.add(words(sc));
    }
    return join(names) + ", condition " + words(c) + " (" + c.article() + ")";
  }

  private static String recipientsText(List<Recipient> recipients) {
    if (recipients.isEmpty()) {
      return NONE;
    }
    List<String> parts = new ArrayList<>();
    for (Recipient r : recipients) {
      parts.add(
          r.name()
              + " ("
              + switch (r.kind()) {
                case INTERNAL -> "internal";
                case PROCESSOR -> "processor, Art. 28";
                case CONTROLLER -> "third-party controller";
                case PUBLIC_AUTHORITY -> "public authority";
              }
              + ")");
    }
    return String.join("; ", parts);
  }

  private static String transfersText(List<Transfer> transfers) {
    if (transfers.isEmpty()) {
      return NONE;
    }
    List<String> parts = new ArrayList<>();
    for (Transfer t : transfers) {
      parts.add(
          t.recipient()
              + " ("
              + t.country()
              + "): "
              + words(t.safeguard())
              + ", "
              + t.safeguard().article()
              + ", "
              + t.reference());
    }
    return String.join("; ", parts);
  }

  private static String furtherText(Purpose p) {
    if (p.compatiblePurposes().isEmpty()) {
      return NONE;
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<PurposeId, CompatibilityAssessment> e : p.compatiblePurposes().entrySet()) {
      parts.add(e.getKey() + " (assessed " + e.getValue().assessedOn() + ")");
    }
    return String.join("; ", parts);
  }

  /** An enum constant as lower-case words: {@code STANDARD_CONTRACTUAL_CLAUSES} to text. */
  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String join(List<?> values) {
    if (values.isEmpty()) {
      return NONE;
    }
    List<String> parts = new ArrayList<>();
    for (Object v : values) {
      parts.add(v.toString());
    }
    return String.join(", ", parts);
  }

  /**
   * Describes a retention rule in English.
   *
   * @return for example {@code "3 years from the last contact by the data subject, then delete"}
   */
  static String retentionText(RetentionRule r) {
    String from =
        switch (r.from()) {
          case COLLECTION -> "collection";
          case LAST_CONTACT_BY_SUBJECT -> "the last contact by the data subject";
          case END_OF_RELATIONSHIP -> "the end of the relationship";
          case LAST_PURCHASE -> "the last purchase";
          case CONSENT_WITHDRAWAL -> "the withdrawal of consent";
          case CUSTOM -> "'" + r.customEvent() + "'";
        };
    String action =
        switch (r.action()) {
          case DELETE -> "delete";
          case ANONYMISE -> "anonymise";
          case ARCHIVE ->
              "intermediate archive for "
                  + periodText(r.archivePeriod().orElseThrow())
                  + ", then delete";
        };
    if (r.duration().isZero()) {
      return "at " + from + ", " + action;
    }
    return periodText(r.duration()) + " from " + from + ", then " + action;
  }

  static String periodText(Period p) {
    if (p.isZero()) {
      return "0 days";
    }
    List<String> parts = new ArrayList<>();
    unit(parts, p.getYears(), "year");
    unit(parts, p.getMonths(), "month");
    unit(parts, p.getDays(), "day");
    return String.join(" ", parts);
  }

  private static void unit(List<String> parts, int n, String unit) {
    if (n != 0) {
      parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
    }
  }
}
