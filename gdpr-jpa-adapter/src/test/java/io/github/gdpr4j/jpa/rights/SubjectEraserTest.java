package io.github.gdpr4j.jpa.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gdpr4j.core.DataSubjectRight;
import io.github.gdpr4j.core.ErasureExemption;
import io.github.gdpr4j.core.GdprConfigurationException;
import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.RightsRequest;
import io.github.gdpr4j.core.RightsRequestProcessor;
import io.github.gdpr4j.core.RightsRequestReport;
import io.github.gdpr4j.core.RightsRequestState;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.SuppressionList;
import io.github.gdpr4j.core.spi.SuppressionStore;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.ErasurePolicy;
import io.github.gdpr4j.jpa.crm.Company;
import io.github.gdpr4j.jpa.crm.Contact;
import io.github.gdpr4j.jpa.crm.Invoice;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubjectEraserTest {

  static final String LEGAL = Invoice.KEPT_FOR;

  private static SuppressionList suppression(RightsFixture f) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    return SuppressionList.create(SuppressionStore.inMemory(), key, f.crm.clock, f.crm.audit);
  }

  /**
   * The eraser of the CRM: its policies come from the annotations ({@code @SuppressOnErasure} on
   * {@code Contact.email}, {@code @Erasure(KEEP)} on {@code Invoice}).
   */
  private static SubjectEraser eraser(RightsFixture f, SuppressionList suppression) {
    byte[] pseudonymKey = new byte[32];
    Arrays.fill(pseudonymKey, (byte) 3);
    return SubjectEraser.builder(f.emf)
        .suppression(suppression)
        .pseudonymKey(pseudonymKey)
        .clock(f.crm.clock)
        .auditSink(f.crm.audit)
        .build();
  }

  @Nested
  class Annotations {
    @Test
    void crmModel_declaresItsErasurePolicies_inAnnotations() {
      assertThat(ErasurePolicy.of(Invoice.class))
          .as("Art. 17(3)(b): invoices keep amount and date under the accounting obligation")
          .isEqualTo(
              ErasurePolicy.keep(ErasureExemption.LEGAL_OBLIGATION, LEGAL, "amount", "issuedAt"));
      assertThat(ErasurePolicy.of(Contact.class))
          .as("the e-mail of an erased contact goes on the suppression list")
          .isEqualTo(ErasurePolicy.delete().suppressing("email", IdentifierKind.EMAIL));
    }
  }

  @Nested
  class Erase {
    @AllDatabases
    void erasure_leavesNoPersonalValueOfTheSubjectAnywhere(TestDatabase db) throws Exception {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();
      f.bob();

      ErasureReport report = eraser(f, suppression(f)).erase(RightsFixture.subject(ada), "req-1");

      for (String table : RightsFixture.TABLES) {
        assertThat(f.allValues(table))
            .as("Art. 17(1): no value of the erased subject in any column of %s", table)
            .doesNotContainAnyElementsOf(RightsFixture.ADA_VALUES)
            .noneMatch(v -> v.contains("ada"));
      }
      assertThat(f.allValues("crm_contact")).contains("Bob Babbage", "bob@example.org");
      assertThat(report.entities())
          .extracting(
              ErasureReport.Line::entity, ErasureReport.Line::action, ErasureReport.Line::changed)
          .as("children before parents, each as declared")
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Interaction", Erasure.Action.DELETE, 2L),
              org.assertj.core.groups.Tuple.tuple("Invoice", Erasure.Action.KEEP, 1L),
              org.assertj.core.groups.Tuple.tuple(
                  "NewsletterSubscription", Erasure.Action.DELETE, 1L),
              org.assertj.core.groups.Tuple.tuple("SupportTicket", Erasure.Action.ANONYMISE, 1L),
              org.assertj.core.groups.Tuple.tuple("Contact", Erasure.Action.DELETE, 1L));
    }

    @AllDatabases
    void invoice_keepsOnlyTheLegallyRequiredFields(TestDatabase db) throws Exception {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();

      ErasureReport report = eraser(f, suppression(f)).erase(RightsFixture.subject(ada), "req-1");

      assertThat(f.db.queryForStrings("SELECT amount FROM crm_invoice WHERE contactId = ?", ada))
          .as("Art. 17(3)(b): the amount stays under the accounting obligation")
          .singleElement()
          .satisfies(a -> assertThat(new BigDecimal(a)).isEqualByComparingTo("120"));
      assertThat(f.db.queryForStrings("SELECT issuedAt FROM crm_invoice WHERE contactId = ?", ada))
          .doesNotContainNull();
      assertThat(
              f.db.queryForStrings(
                  "SELECT billingAddress FROM crm_invoice WHERE contactId = ?", ada))
          .as("Art. 5(1)(c): a field the law does not require is erased")
          .containsExactly((String) null);
      assertThat(report.toErasureResult().kept())
          .singleElement()
          .satisfies(
              k -> {
                assertThat(k.exemption()).isEqualTo(ErasureExemption.LEGAL_OBLIGATION);
                assertThat(k.until()).isEqualTo(LEGAL);
              });
      assertThat(f.db.queryForStrings("SELECT summary FROM rights_support_ticket"))
          .as("Recital 26: the kept ticket is anonymised with the declared token")
          .containsExactly("[erased]");
      assertThat(f.db.queryForStrings("SELECT callbackEmail FROM rights_support_ticket"))
          .singleElement()
          .satisfies(v -> assertThat(v).startsWith("pseudonym:"));
    }

    @AllDatabases
    void erasure_twice_changesNothingMore(TestDatabase db) throws Exception {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();
      SubjectEraser eraser = eraser(f, suppression(f));
      eraser.erase(RightsFixture.subject(ada), "req-1");
      Map<String, List<String>> after = f.snapshot();

      ErasureReport again = eraser.erase(RightsFixture.subject(ada), "req-1");

      assertThat(again.changed()).as("Art. 17: idempotent").isZero();
      assertThat(f.snapshot()).isEqualTo(after);
    }

    @AllDatabases
    void ledger_recordsWhatWhenAndUnderWhichRequest_neverValues(TestDatabase db) throws Exception {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();

      eraser(f, suppression(f)).erase(RightsFixture.subject(ada), "req-42");

      assertThat(
              f.db.queryForStrings(
                  "SELECT entity_name FROM gdpr_erasure_ledger WHERE request_id = 'req-42'"))
          .as("Art. 5(2): the ledger accounts for the erasure")
          .containsExactlyInAnyOrder(
              "Interaction", "Invoice", "NewsletterSubscription", "SupportTicket", "Contact");
      assertThat(f.allValues("gdpr_erasure_ledger"))
          .doesNotContainAnyElementsOf(RightsFixture.ADA_VALUES);
    }

    @AllDatabases
    void reimport_ofAnErasedEmail_isRefused(TestDatabase db) {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();
      SuppressionList suppression = suppression(f);

      eraser(f, suppression).erase(RightsFixture.subject(ada), "req-1");

      assertThat(suppression.isSuppressed(IdentifierKind.EMAIL, "  ADA@example.org "))
          .as("Art. 17: a re-import must not resurrect the erased subject")
          .isTrue();
      assertThat(suppression.isSuppressed(IdentifierKind.EMAIL, "bob@example.org")).isFalse();
    }
  }

  @Nested
  class Failure {
    @AllDatabases
    void failureMidErasure_rollsBackEverything(TestDatabase db) throws Exception {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();
      f.execute("INSERT INTO rights_referral (id, contact_id) VALUES (1, ?)", ada);
      Map<String, List<String>> before = f.snapshot();

      ErasureFailedException e =
          catchThrowableOfType(
              ErasureFailedException.class,
              () -> eraser(f, suppression(f)).erase(RightsFixture.subject(ada), "req-1"));

      assertThat(e.entity()).isEqualTo(Contact.class.getName());
      assertThat(e.getMessage()).contains("req-1", "rolled back").doesNotContain("Ada");
      assertThat(f.snapshot())
          .as("Art. 17 all or nothing: interactions, invoice and ledger are untouched")
          .isEqualTo(before);
    }
  }

  @Nested
  class Orchestration {
    @AllDatabases
    void rightsRequestProcessor_runsExportAndErasure(TestDatabase db) throws Exception {
      RightsFixture f = new RightsFixture(db);
      Long ada = f.ada();
      var handler =
          JpaPersonalDataHandler.of(
              "crm",
              SubjectExporter.builder(f.emf, f.crm.registry).build(),
              eraser(f, suppression(f)),
              f.crm.clock);
      RightsRequestProcessor rights =
          RightsRequestProcessor.create(List.of(handler), f.crm.clock, f.crm.audit);
      SubjectId s = RightsFixture.subject(ada);

      RightsRequest access =
          rights.receive("r-1", s, DataSubjectRight.ACCESS, ZoneOffset.UTC, "dpo");
      RightsRequestReport accessReport =
          rights.execute(rights.verifyIdentity(access, "dpo"), "dpo");
      RightsRequest erase =
          rights.receive("r-2", s, DataSubjectRight.ERASURE, ZoneOffset.UTC, "dpo");
      RightsRequestReport eraseReport = rights.execute(rights.verifyIdentity(erase, "dpo"), "dpo");

      assertThat(accessReport.exported()).hasSize(6);
      assertThat(eraseReport.request().state()).isEqualTo(RightsRequestState.COMPLETED);
      assertThat(eraseReport.erased()).as("Art. 17 via the core processor").isEqualTo(6);
      assertThat(eraseReport.kept())
          .singleElement()
          .satisfies(k -> assertThat(k.exemption()).isEqualTo(ErasureExemption.LEGAL_OBLIGATION));
      assertThat(f.allValues("crm_contact")).doesNotContain("Ada Lovelace");
    }
  }

  @Nested
  class BadInput {
    @AllDatabases
    void unknownOrMalformedSubject_erasesNothing(TestDatabase db) throws Exception {
      RightsFixture f = new RightsFixture(db);
      f.ada();
      Map<String, List<String>> before = f.snapshot();
      SubjectEraser eraser = eraser(f, suppression(f));

      assertThat(eraser.erase(SubjectId.of("999999"), "req-1").entities()).isEmpty();
      assertThat(eraser.erase(SubjectId.of("not-a-number"), "req-1").entities()).isEmpty();
      assertThat(f.snapshot()).isEqualTo(before);
    }

    @AllDatabases
    void nullsAndBlankRequest_areRejected(TestDatabase db) {
      RightsFixture f = new RightsFixture(db);
      SubjectEraser eraser = eraser(f, suppression(f));

      assertThatThrownBy(() -> eraser.erase(null, "r")).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> eraser.erase(SubjectId.of("1"), null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> eraser.erase(SubjectId.of("1"), " "))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @AllDatabases
    void policyOnEntityWithoutDataSubject_isAConfigurationError(TestDatabase db) {
      RightsFixture f = new RightsFixture(db);

      assertThatThrownBy(
              () ->
                  SubjectEraser.builder(f.emf)
                      .policy(Company.class, ErasurePolicy.delete())
                      .build())
          .isInstanceOf(GdprConfigurationException.class)
          .hasMessageContaining(Company.class.getName())
          .hasMessageContaining("@DataSubject");
    }

    @AllDatabases
    void keepOfAnUnknownField_andMissingSuppressionList_areAllReported(TestDatabase db) {
      RightsFixture f = new RightsFixture(db);

      assertThatThrownBy(
              () ->
                  SubjectEraser.builder(f.emf)
                      .policy(
                          Invoice.class,
                          ErasurePolicy.keep(ErasureExemption.LEGAL_OBLIGATION, LEGAL, "number"))
                      .policy(
                          Contact.class,
                          ErasurePolicy.delete().suppressing("email", IdentifierKind.EMAIL))
                      .build())
          .isInstanceOf(GdprConfigurationException.class)
          .hasMessageContaining(Invoice.class.getName() + ".number")
          .hasMessageContaining(SupportTicket.class.getName() + ".callbackEmail");
    }

    @AllDatabases
    void keepWithoutExemption_isRejected(TestDatabase db) {
      assertThatThrownBy(() -> ErasurePolicy.keep(null, LEGAL, "amount"))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> ErasurePolicy.keep(ErasureExemption.LEGAL_CLAIMS, " ", "amount"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("until");
    }
  }
}
