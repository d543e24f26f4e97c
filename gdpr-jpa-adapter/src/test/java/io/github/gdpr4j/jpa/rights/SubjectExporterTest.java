package io.github.gdpr4j.jpa.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.ControllerDetails;
import io.github.gdpr4j.core.ExportedRecord;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Nested;

class SubjectExporterTest {

  private static SubjectExporter exporter(RightsFixture f) {
    return SubjectExporter.builder(f.emf, f.crm.registry)
        .clock(f.crm.clock)
        .auditSink(f.crm.audit)
        .controller(ControllerDetails.of("Acme CRM SAS", "dpo@acme.example"))
        .supervisoryAuthority("CNIL, www.cnil.fr")
        .build();
  }

  private static String json(SubjectExporter e, SubjectId s, SubjectExporter.Scope scope)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    e.writeJson(s, scope, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Nested
  class Access {
    @AllDatabases
    void subjectOverFiveEntities_json_exportsEveryRowAndOnlyHers(TestDatabase db)
        throws IOException {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();
      f.bob();

      String json = json(exporter(f), RightsFixture.subject(ada), SubjectExporter.Scope.ACCESS);

      assertThat(json)
          .as("Art. 15(1): every entity holding her data is exported")
          .startsWith("{\"schema\":\"gdpr4j-subject-export/1\",\"scope\":\"ACCESS\"")
          .contains(
              "\"entity\":\"Contact\"",
              "\"entity\":\"Interaction\"",
              "\"entity\":\"NewsletterSubscription\"",
              "\"entity\":\"Invoice\"",
              "\"entity\":\"SupportTicket\"")
          .contains(RightsFixture.ADA_VALUES.toArray(String[]::new))
          .as("Art. 15(3): free-text notes are hers to read")
          .contains("\"comment\":\"Discussed the analytical engine.\"")
          .doesNotContain("Bob", "bob@example.org")
          .endsWith("}\n");
      assertThat(json).contains("\"count\":2");
      assertThat(f.crm.audit.events("rights.export"))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.details()).containsEntry("Interaction", "2");
                assertThat(e.details().toString()).doesNotContain("Ada");
              });
    }

    @AllDatabases
    void report_carriesArt15Information_andTheData(TestDatabase db) throws IOException {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();
      StringBuilder md = new StringBuilder();

      long n = exporter(f).writeReport(RightsFixture.subject(ada), md);

      assertThat(n).isEqualTo(6);
      assertThat(md.toString())
          .as("Art. 15(1)(a)-(h) from the purpose registry")
          .contains(
              "(Art. 15(1)(a))",
              "Customer relationship management",
              "legal obligation (Art. 6(1)(c))",
              "(Art. 15(1)(b))",
              "contact-details",
              "(Art. 15(1)(c))",
              "(Art. 15(1)(d))",
              "P3Y",
              "(Art. 15(1)(e))",
              "erasure (Art. 17)",
              "Art. 77",
              "CNIL, www.cnil.fr",
              "(Art. 15(1)(g))",
              "(Art. 15(1)(h))",
              "Acme CRM SAS")
          .contains("### Interaction (2 records)", "Discussed the analytical engine.");
    }

    @AllDatabases
    void handlerExport_givesOneRecordPerRow(TestDatabase db) {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();

      List<ExportedRecord> records = exporter(f).export(RightsFixture.subject(ada));

      assertThat(records)
          .extracting(ExportedRecord::category)
          .as("Art. 15: one record per row of each of the five entities")
          .containsExactlyInAnyOrder(
              "Interaction",
              "Interaction",
              "NewsletterSubscription",
              "SupportTicket",
              "Contact",
              "Invoice");
      assertThat(records.toString()).doesNotContain("Ada Lovelace");
    }
  }

  @Nested
  class Portability {
    @AllDatabases
    void portability_leavesOutLegalObligationData(TestDatabase db) throws IOException {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();

      String json =
          json(exporter(f), RightsFixture.subject(ada), SubjectExporter.Scope.PORTABILITY);

      assertThat(json)
          .as("Art. 20(1): data processed on consent or contract")
          .contains("\"scope\":\"PORTABILITY\"", "ada@example.org", "Ada Lovelace")
          .as("Art. 20(1)(a): invoices rest on a legal obligation, not portable")
          .doesNotContain("\"entity\":\"Invoice\"", "1 rue de la Paix")
          .as("non-personal columns are not part of the portable data")
          .doesNotContain("\"status\"", "\"frequency\"");
    }
  }

  @Nested
  class Streaming {
    @AllDatabases
    void hundredThousandInteractions_areStreamedWithoutMaterialisingEntities(TestDatabase db)
        throws Exception {
      RightsFixture f = new RightsFixture(db, Map.of("hibernate.generate_statistics", "true"));
      Long ada = f.ada();
      f.insertInteractions(1_000_000, 100_000, ada);
      Statistics stats = f.emf.unwrap(SessionFactory.class).getStatistics();
      stats.clear();
      CountingStream out = new CountingStream();

      long n = exporter(f).writeJson(RightsFixture.subject(ada), SubjectExporter.Scope.ACCESS, out);

      assertThat(n).isEqualTo(100_000 + 6);
      assertThat(out.bytes).isGreaterThan(5_000_000);
      assertThat(stats.getEntityLoadCount())
          .as("constant memory: rows are projected and streamed, no entity is loaded or kept")
          .isZero();
      assertThat(stats.getEntityFetchCount()).isZero();
    }
  }

  @Nested
  class BadInput {
    @AllDatabases
    void unknownOrMalformedSubject_exportsNothing(TestDatabase db) throws IOException {
      RightsFixture f = new RightsFixture(db);
      f.ada();
      SubjectExporter e = exporter(f);

      assertThat(json(e, SubjectId.of("999999"), SubjectExporter.Scope.ACCESS))
          .contains("\"entities\":[]");
      assertThat(json(e, SubjectId.of("not-a-number"), SubjectExporter.Scope.ACCESS))
          .contains("\"entities\":[]");
      StringBuilder md = new StringBuilder();
      assertThat(e.writeReport(SubjectId.of("999999"), md)).isZero();
      assertThat(md).contains("We hold no personal data about you");
    }

    @AllDatabases
    void nulls_areRejected(TestDatabase db) {
      RightsFixture f = new RightsFixture(db);
      SubjectExporter e = exporter(f);

      assertThatThrownBy(
              () ->
                  e.writeJson(null, SubjectExporter.Scope.ACCESS, OutputStream.nullOutputStream()))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("subject");
      assertThatThrownBy(() -> e.export(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> SubjectExporter.builder(f.emf, f.crm.registry).fetchSize(0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Counts bytes and forgets them, so the test holds no copy of the export. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
