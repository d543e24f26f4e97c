package io.github.gdpr4j.jpa.rights;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.core.ControllerDetails;
import io.github.gdpr4j.core.DataSubjectRight;
import io.github.gdpr4j.core.ExportedRecord;
import io.github.gdpr4j.core.LegalBasis;
import io.github.gdpr4j.core.Purpose;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.core.Recipient;
import io.github.gdpr4j.core.RetentionRule;
import io.github.gdpr4j.core.RightRule;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.Transfer;
import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.jpa.internal.EntityModel;
import io.github.gdpr4j.jpa.internal.FieldMetadata;
import io.github.gdpr4j.jpa.internal.SubjectModel;
import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.jspecify.annotations.Nullable;

/**
 * Exports everything the annotated entities hold about one data subject: for the right of access
 * (Art. 15) as JSON and as a human-readable Markdown report carrying the Art. 15(1)(a)–(h)
 * information drawn from the purpose registry, and for portability (Art. 20) as JSON restricted to
 * the data processed on consent or contract.
 *
 * <p>Rows are found through each entity's {@link io.github.gdpr4j.jpa.DataSubject} (the id, a basic
 * column or a to-one association) and read as scalar projections in a {@link StatelessSession} with
 * a forward-only cursor: no entity is materialised, nothing accumulates in a persistence context,
 * and the output is written as rows arrive, so memory stays constant whatever the number of rows
 * (see {@link Builder#fetchSize}). Free-text notes are exported like any other personal field: the
 * subject may read them (Art. 15(3)).
 *
 * <p>The export reads outside any purpose scope on purpose: answering a request is a legal
 * obligation of its own (Art. 12, Art. 15), and projections do not pass through the adapter's load
 * listener. Each export is audited as {@code rights.export} with counts per entity, never values.
 *
 * <p>Thread-safe; each call uses its own session.
 *
 * <pre>{@code
 * SubjectExporter exporter = SubjectExporter.builder(emf, registry).controller(controller).build();
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   exporter.writeJson(subject, SubjectExporter.Scope.PORTABILITY, out);
 * }
 * }</pre>
 */
public final class SubjectExporter {

  /** The identifier of the JSON layout, written as its {@code "schema"} member. */
  public static final String JSON_SCHEMA = "gdpr4j-subject-export/1";

  /** Which right an export answers. */
  public enum Scope {
    /** Art. 15: every row and field concerning the subject. */
    ACCESS,
    /**
     * Art. 20: the personal fields of entities processed on consent (Art. 6(1)(a)) or contract
     * (Art. 6(1)(b)), in a structured, machine-readable format.
     */
    PORTABILITY
  }

  private final SessionFactory factory;
  private final SubjectModel model;
  private final PurposeRegistry registry;
  private final Clock clock;
  private final AuditSink audit;
  private final @Nullable ControllerDetails controller;
  private final String source;
  private final String automatedDecisions;
  private final String authority;
  private final int fetchSize;

  private SubjectExporter(Builder b, SubjectModel model) {
    this.factory = b.emf.unwrap(SessionFactory.class);
    this.model = model;
    this.registry = b.registry;
    this.clock = b.clock;
    this.audit = b.audit;
    this.controller = b.controller;
    this.source = b.source;
    this.automatedDecisions = b.automatedDecisions;
    this.authority = b.authority;
    this.fetchSize = b.fetchSize;
  }

  /**
   * Starts a builder.
   *
   * @param emf the CRM's entity manager factory
   * @param registry the purposes, for the Art. 15(1) information and the Art. 20 filter
   * @return the builder
   */
  public static Builder builder(EntityManagerFactory emf, PurposeRegistry registry) {
    return new Builder(
        Objects.requireNonNull(emf, "emf"), Objects.requireNonNull(registry, "registry"));
  }

  /**
   * Writes the subject's data as JSON (layout {@value #JSON_SCHEMA}, UTF-8), streaming.
   *
   * <pre>{@code
   * {"schema":"gdpr4j-subject-export/1","scope":"ACCESS","subject":"42","generatedAt":"…",
   *  "entities":[{"entity":"Contact","purposes":["customer-relationship"],
   *               "records":[{"id":42,"fullName":"…"}],"count":1}, …]}
   * }</pre>
   *
   * @param subject the subject
   * @param scope access or portability
   * @param out where the document goes; flushed, not closed
   * @return how many records were written
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public long writeJson(SubjectId subject, Scope scope, OutputStream out) throws IOException {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
    JsonOut json = new JsonOut(w);
    long total = 0;
    Map<String, String> counts = new LinkedHashMap<>();
    json.beginObject()
        .field("schema", JSON_SCHEMA)
        .field("scope", scope.name())
        .field("subject", subject.value())
        .field("generatedAt", clock.instant().toString());
    json.name("entities").beginArray();
    try (StatelessSession session = factory.openStatelessSession()) {
      session.beginTransaction();
      try {
        for (EntityModel m : model.entities()) {
          List<EntityModel.Column> columns = columns(m, scope);
          Optional<Object> value = m.subjectValue(subject);
          if (columns.isEmpty() || value.isEmpty()) {
            continue;
          }
          long n = 0;
          try (ScrollableResults<Object[]> rows = scroll(session, m, columns, value.get())) {
            while (rows.next()) {
              if (n == 0) {
                json.beginObject().field("entity", m.type().getSimpleName());
                json.name("purposes").beginArray();
                for (PurposeId p : m.metadata().allPurposes()) {
                  json.value(p.value());
                }
                json.endArray().name("records").beginArray();
              }
              Object[] row = rows.get();
              json.beginObject();
              for (int i = 0; i < columns.size(); i++) {
                json.field(columns.get(i).name(), row[i]);
              }
              json.endObject();
              n++;
            }
          }
          if (n > 0) {
            json.endArray().field("count", n).endObject();
            counts.put(m.type().getSimpleName(), Long.toString(n));
          }
          total += n;
        }
      } finally {
        session.getTransaction().rollback(); // read-only
      }
    }
    json.endArray().endObject();
    w.write('\n');
    w.flush();
    audit(subject, scope == Scope.ACCESS ? "Art. 15" : "Art. 20", scope.name(), counts);
    return total;
  }

  /**
   * Writes the human-readable answer to an access request (Art. 15) as Markdown: the Art. 15(1)(a)–
   * (h) information for the purposes under which the subject's data is held, then every record,
   * streaming.
   *
   * @param subject the subject
   * @param out where the report goes; flushed when it is a {@link java.io.Flushable}, not closed
   * @return how many records were written
   * @throws IOException if writing fails
   */
  public long writeReport(SubjectId subject, Appendable out) throws IOException {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(out, "out");
    Map<String, String> counts = new LinkedHashMap<>();
    long total = 0;
    try (StatelessSession session = factory.openStatelessSession()) {
      session.beginTransaction();
      try {
        Map<EntityModel, Long> present = new LinkedHashMap<>();
        for (EntityModel m : model.entities()) {
          Optional<Object> value = m.subjectValue(subject);
          if (value.isEmpty()) {
            continue;
          }
          Long n =
              session
                  .createSelectionQuery(
                      "select count(*) from "
                          + m.entityName()
                          + " e where "
                          + m.subjectPath()
                          + " = :s",
                      Long.class)
                  .setParameter("s", value.get())
                  .getSingleResult();
          if (n > 0) {
            present.put(m, n);
          }
        }
        header(out, subject, present);
        for (var e : present.entrySet()) {
          EntityModel m = e.getKey();
          List<EntityModel.Column> columns = columns(m, Scope.ACCESS);
          out.append("\n### ").append(m.type().getSimpleName());
          out.append(" (").append(Long.toString(e.getValue())).append(" records)\n\n|");
          for (EntityModel.Column c : columns) {
            out.append(' ').append(c.name()).append(" |");
          }
          out.append("\n|");
          out.append("---|".repeat(columns.size()));
          out.append('\n');
          try (ScrollableResults<Object[]> rows =
              scroll(session, m, columns, m.subjectValue(subject).orElseThrow())) {
            while (rows.next()) {
              Object[] row = rows.get();
              out.append('|');
              for (Object v : row) {
                out.append(' ').append(v == null ? "" : cell(v.toString())).append(" |");
              }
              out.append('\n');
              total++;
            }
          }
          counts.put(m.type().getSimpleName(), Long.toString(e.getValue()));
        }
        if (present.isEmpty()) {
          out.append("\nWe hold no personal data about you in these records.\n");
        }
      } finally {
        session.getTransaction().rollback();
      }
    }
    if (out instanceof java.io.Flushable f) {
      f.flush();
    }
    audit(subject, "Art. 15", "REPORT", counts);
    return total;
  }

  /**
   * Returns the subject's records for the core {@link io.github.gdpr4j.core.RightsRequestProcessor}
   * (access scope): one record per row, category the entity's simple name, null values left out.
   * This materialises the list: for large subjects use {@link #writeJson}.
   *
   * @param subject the subject
   * @return the records, empty for an unknown subject
   */
  public List<ExportedRecord> export(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    List<ExportedRecord> records = new ArrayList<>();
    try (StatelessSession session = factory.openStatelessSession()) {
      session.beginTransaction();
      try {
        for (EntityModel m : model.entities()) {
          List<EntityModel.Column> columns = columns(m, Scope.ACCESS);
          Optional<Object> value = m.subjectValue(subject);
          if (value.isEmpty()) {
            continue;
          }
          try (ScrollableResults<Object[]> rows = scroll(session, m, columns, value.get())) {
            while (rows.next()) {
              Object[] row = rows.get();
              Map<String, String> fields = new LinkedHashMap<>();
              for (int i = 0; i < columns.size(); i++) {
                if (row[i] != null) {
                  fields.put(columns.get(i).name(), row[i].toString());
                }
              }
              records.add(new ExportedRecord(m.type().getSimpleName(), fields));
            }
          }
        }
      } finally {
        session.getTransaction().rollback();
      }
    }
    return records;
  }

  private ScrollableResults<Object[]> scroll(
      StatelessSession session, EntityModel m, List<EntityModel.Column> columns, Object subject) {
    StringBuilder hql = new StringBuilder("select ");
    for (int i = 0; i < columns.size(); i++) {
      hql.append(i == 0 ? "" : ", ").append(columns.get(i).path());
    }
    hql.append(" from ").append(m.entityName()).append(" e");
    boolean join = false;
    for (EntityModel.Column c : columns) {
      join |= c.association();
    }
    if (join) {
      // Left joins keep rows whose association is null (an implicit join would drop them).
      hql.setLength(0);
      hql.append("select ");
      StringBuilder joins = new StringBuilder();
      for (int i = 0; i < columns.size(); i++) {
        EntityModel.Column c = columns.get(i);
        hql.append(i == 0 ? "" : ", ");
        if (c.association()) {
          String alias = "j" + i;
          joins.append(" left join e.").append(c.name()).append(' ').append(alias);
          hql.append(alias).append(c.path().substring(c.path().lastIndexOf('.')));
        } else {
          hql.append(c.path());
        }
      }
      hql.append(" from ").append(m.entityName()).append(" e").append(joins);
    }
    hql.append(" where ").append(m.subjectPath()).append(" = :s order by e.");
    hql.append(m.idAttribute());
    return session
        .createSelectionQuery(hql.toString(), Object[].class)
        .setParameter("s", subject)
        .setFetchSize(fetchSize)
        .scroll(ScrollMode.FORWARD_ONLY);
  }

  /**
   * The columns exported for a scope: all for access; for portability, personal ones on
   * 6(1)(a)/(b).
   */
  private List<EntityModel.Column> columns(EntityModel m, Scope scope) {
    if (scope == Scope.ACCESS) {
      return m.columns();
    }
    List<EntityModel.Column> result = new ArrayList<>();
    for (EntityModel.Column c : m.columns()) {
      FieldMetadata f = c.field();
      if (c.name().equals(m.idAttribute())) {
        continue;
      }
      if (f != null && f.personal()) {
        Set<PurposeId> purposes =
            f.purposes().isEmpty() ? m.metadata().allPurposes() : new LinkedHashSet<>(f.purposes());
        if (portable(purposes, f.bases())) {
          result.add(c);
        }
      }
    }
    if (!result.isEmpty()) {
      result.add(
          0,
          m.columns().stream()
              .filter(c -> c.name().equals(m.idAttribute()))
              .findFirst()
              .orElseThrow());
    }
    return result;
  }

  private boolean portable(Set<PurposeId> purposes, Set<LegalBasis> fieldBases) {
    for (PurposeId id : purposes) {
      Optional<Purpose> p = registry.find(id);
      if (p.isPresent()) {
        LegalBasis b = p.get().legalBasis();
        if ((b == LegalBasis.CONSENT || b == LegalBasis.CONTRACT)
            && (fieldBases.isEmpty() || fieldBases.contains(b))) {
          return true;
        }
      }
    }
    return false;
  }

  private void header(Appendable out, SubjectId subject, Map<EntityModel, Long> present)
      throws IOException {
    Instant now = clock.instant();
    out.append("# Your personal data\n\n");
    out.append("Answer to your access request (Art. 15 GDPR) for subject `")
        .append(cell(subject.value()))
        .append("`, generated ")
        .append(now.toString())
        .append(".\n");
    if (controller != null) {
      out.append("\nController: ").append(cell(controller.name()));
      out.append(" — contact: ").append(cell(controller.contact()));
      controller.dpo().ifPresent(d -> append(out, " — data protection officer: " + cell(d)));
      out.append('\n');
    }
    Set<PurposeId> purposes = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    for (EntityModel m : present.keySet()) {
      purposes.addAll(m.metadata().allPurposes());
      for (FieldMetadata f : m.metadata().fields()) {
        if (f.category() != null) {
          categories.add(f.category().name());
        }
        if (f.specialCategory() != null) {
          categories.add(f.specialCategory().name() + " (special category, Art. 9(1))");
        }
      }
    }
    out.append("\n## Purposes and legal bases (Art. 15(1)(a))\n\n");
    if (purposes.isEmpty()) {
      out.append("None: we hold no personal data about you.\n");
    }
    for (PurposeId id : purposes) {
      Optional<Purpose> p = registry.find(id);
      if (p.isEmpty()) {
        continue;
      }
      out.append("- **")
          .append(cell(p.get().description().en()))
          .append("** (`")
          .append(id.value());
      out.append("`): legal basis ")
          .append(p.get().legalBasis().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      out.append(" (").append(p.get().legalBasis().article()).append(")\n");
    }
    out.append("\n## Categories of personal data (Art. 15(1)(b))\n\n");
    out.append(categories.isEmpty() ? "None." : String.join(", ", categories)).append('\n');
    out.append("\n## Recipients (Art. 15(1)(c)) and transfers (Art. 15(2))\n\n");
    boolean any = false;
    for (PurposeId id : purposes) {
      Optional<Purpose> p = registry.find(id);
      if (p.isEmpty()) {
        continue;
      }
      for (Recipient r : p.get().recipients()) {
        out.append("- ")
            .append(cell(r.name()))
            .append(" (")
            .append(r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        out.append(") for `").append(id.value()).append("`\n");
        any = true;
      }
      for (Transfer t : p.get().transfers()) {
        out.append("- transfer to ").append(cell(t.recipient())).append(" (").append(t.country());
        out.append("), safeguard ")
            .append(t.safeguard().name())
            .append(" (")
            .append(t.safeguard().article());
        out.append(")\n");
        any = true;
      }
    }
    if (!any) {
      out.append("No recipients outside the controller; no transfers outside the EEA.\n");
    }
    out.append("\n## Retention (Art. 15(1)(d))\n\n");
    for (PurposeId id : purposes) {
      Optional<Purpose> p = registry.find(id);
      if (p.isPresent()) {
        RetentionRule r = p.get().retention();
        out.append("- `").append(id.value()).append("`: ").append(r.duration().toString());
        out.append(" from ")
            .append(r.from().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        out.append(", then ")
            .append(r.action().name().toLowerCase(java.util.Locale.ROOT))
            .append('\n');
      }
    }
    out.append("\n## Your rights (Art. 15(1)(e))\n\n");
    for (DataSubjectRight right :
        EnumSet.of(
            DataSubjectRight.RECTIFICATION,
            DataSubjectRight.ERASURE,
            DataSubjectRight.RESTRICTION,
            DataSubjectRight.PORTABILITY,
            DataSubjectRight.OBJECTION)) {
      out.append("- ").append(right.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      out.append(" (").append(right.article()).append("): ");
      List<String> cells = new ArrayList<>();
      for (PurposeId id : purposes) {
        Optional<Purpose> p = registry.find(id);
        if (p.isPresent()) {
          RightRule rule = p.get().rightRule(right);
          cells.add(
              "`"
                  + id.value()
                  + "` "
                  + rule.availability().name().toLowerCase(java.util.Locale.ROOT)
                  + " ("
                  + rule.article()
                  + ")");
        }
      }
      out.append(cells.isEmpty() ? "yes" : String.join("; ", cells)).append('\n');
    }
    out.append(
        "- withdraw consent at any time, without affecting earlier processing (Art. 7(3))\n");
    out.append("\n## Complaint (Art. 15(1)(f))\n\n");
    out.append("You may lodge a complaint with a supervisory authority (Art. 77): ")
        .append(cell(authority))
        .append(".\n");
    out.append("\n## Source of the data (Art. 15(1)(g))\n\n").append(cell(source)).append('\n');
    out.append("\n## Automated decision-making (Art. 15(1)(h))\n\n");
    out.append(cell(automatedDecisions)).append('\n');
    out.append("\n## Your data (Art. 15(3))\n");
  }

  private static void append(Appendable out, String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes a Markdown table cell or inline text. */
  static String cell(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '|' -> sb.append("\\|");
        case '\\' -> sb.append("\\\\");
        case '`' -> sb.append("\\`");
        case '*' -> sb.append("\\*");
        case '_' -> sb.append("\\_");
        case '\r' -> {}
        case '\n' -> sb.append("<br>");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private void audit(SubjectId subject, String article, String kind, Map<String, String> counts) {
    Map<String, String> details = new LinkedHashMap<>(counts);
    details.put("kind", kind);
    audit.record(
        new AuditEvent(
            clock.instant(),
            "rights.export",
            subject,
            null,
            AuditEvent.Outcome.RECORDED,
            List.of(article),
            "system",
            details));
  }

  /** Configures a {@link SubjectExporter}. Not thread-safe. */
  public static final class Builder {
    private final EntityManagerFactory emf;
    private final PurposeRegistry registry;
    private Clock clock = Clock.systemUTC();
    private AuditSink audit = e -> {};
    private @Nullable ControllerDetails controller;
    private String source = "Collected from you, when you became our customer or contact.";
    private String automatedDecisions =
        "No decision producing legal or similarly significant effects is based solely on automated"
            + " processing, including profiling (Art. 22(1)).";
    private String authority =
        "the supervisory authority of your habitual residence, place of work"
            + " or place of the alleged infringement";
    private int fetchSize = 500;

    private Builder(EntityManagerFactory emf, PurposeRegistry registry) {
      this.emf = emf;
      this.registry = registry;
    }

    /**
     * Sets the clock stamping exports.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the sink receiving {@code rights.export} events (counts only).
     *
     * @param audit the sink
     * @return this builder
     */
    public Builder auditSink(AuditSink audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * Sets the controller named in the report (Art. 13(1)(a), Art. 15).
     *
     * @param controller the controller
     * @return this builder
     */
    public Builder controller(ControllerDetails controller) {
      this.controller = Objects.requireNonNull(controller, "controller");
      return this;
    }

    /**
     * Sets the source of the data (Art. 15(1)(g)).
     *
     * @param source a sentence, no personal data
     * @return this builder
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the statement on automated decision-making (Art. 15(1)(h)).
     *
     * @param statement a sentence
     * @return this builder
     */
    public Builder automatedDecisions(String statement) {
      this.automatedDecisions = Objects.requireNonNull(statement, "statement");
      return this;
    }

    /**
     * Names the supervisory authority for complaints (Art. 15(1)(f), Art. 77).
     *
     * @param authority for example {@code "CNIL, 3 place de Fontenoy, 75007 Paris, www.cnil.fr"}
     * @return this builder
     */
    public Builder supervisoryAuthority(String authority) {
      this.authority = Objects.requireNonNull(authority, "authority");
      return this;
    }

    /**
     * Sets how many rows the JDBC driver fetches at a time (memory is bounded by this, not by the
     * number of rows).
     *
     * @param fetchSize 1 to 100,000; 500 by default
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder fetchSize(int fetchSize) {
      if (fetchSize < 1 || fetchSize > 100_000) {
        throw new IllegalArgumentException("fetchSize must be 1 to 100000, got " + fetchSize);
      }
      this.fetchSize = fetchSize;
      return this;
    }

    /**
     * Builds the exporter, reading the model of every entity with a data subject.
     *
     * @return the exporter
     * @throws io.github.gdpr4j.core.GdprConfigurationException listing every model problem
     */
    public SubjectExporter build() {
      return new SubjectExporter(this, SubjectModel.of(emf, Map.of()));
    }
  }
}
