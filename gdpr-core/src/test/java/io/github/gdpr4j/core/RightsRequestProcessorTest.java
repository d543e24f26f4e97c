package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.spi.PersonalDataHandler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RightsRequestProcessorTest {

  private static final Instant T0 = Instant.parse("2025-01-31T09:00:00Z");
  private static final SubjectId ALICE = SubjectId.of("contact-1");

  private final MutableClock clock = new MutableClock(T0);
  private final StateAuditSink audit = new StateAuditSink();

  /** A store of contacts that exports one record and erases it. */
  private static final class Contacts implements PersonalDataHandler {
    final List<SubjectId> erased = new ArrayList<>();

    @Override
    public String name() {
      return "crm-contacts";
    }

    @Override
    public List<ExportedRecord> export(SubjectId subject) {
      return List.of(new ExportedRecord("contact", Map.of("email", "alice@example.com")));
    }

    @Override
    public ErasureResult erase(SubjectId subject) {
      erased.add(subject);
      return ErasureResult.erased(1);
    }

    @Override
    public int rectify(SubjectId subject, Map<String, String> corrections) {
      return corrections.size();
    }
  }

  /** Invoices are kept for the accounting obligation. */
  private static final class Invoices implements PersonalDataHandler {
    @Override
    public String name() {
      return "billing";
    }

    @Override
    public List<ExportedRecord> export(SubjectId subject) {
      return List.of(
          new ExportedRecord("invoice", Map.of("number", "F-2024-001")),
          new ExportedRecord("invoice", Map.of("number", "F-2024-002")));
    }

    @Override
    public ErasureResult erase(SubjectId subject) {
      return new ErasureResult(
          0,
          List.of(
              new RetainedData(
                  "invoices",
                  ErasureExemption.LEGAL_OBLIGATION,
                  "10 years (Code de commerce L123-22)")));
    }
  }

  /** A store whose database is down; its message holds personal data. */
  private static final class Broken implements PersonalDataHandler {
    final AtomicBoolean down = new AtomicBoolean(true);
    final Contacts delegate = new Contacts();

    @Override
    public String name() {
      return "mailing-mirror";
    }

    @Override
    public List<ExportedRecord> export(SubjectId subject) {
      if (down.get()) {
        throw new IllegalStateException("cannot reach row for alice@example.com");
      }
      return delegate.export(subject);
    }

    @Override
    public ErasureResult erase(SubjectId subject) {
      if (down.get()) {
        throw new IllegalStateException("cannot reach row for alice@example.com");
      }
      return delegate.erase(subject);
    }
  }

  private RightsRequest verified(RightsRequestProcessor p, DataSubjectRight right) {
    RightsRequest r = p.receive("req-9", ALICE, right, ZoneOffset.UTC, "dpo");
    return p.verifyIdentity(r, "dpo");
  }

  @Nested
  class AcrossHandlers {
    @Test
    void access_exportsFromEveryHandler_andCompletes() {
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(new Contacts(), new Invoices()), clock, audit);

      RightsRequestReport report = p.execute(verified(p, DataSubjectRight.ACCESS), "dpo");

      assertThat(report.isComplete()).isTrue();
      assertThat(report.exported()).as("Art. 15: everything held, every store").hasSize(3);
      assertThat(report.outcomes())
          .extracting(HandlerOutcome::handler)
          .containsExactly("crm-contacts", "billing");
      assertThat(report.request().state()).isEqualTo(RightsRequestState.COMPLETED);
    }

    @Test
    void erasure_reportsErasedAndKeptWithArt17_3Exception() {
      Contacts contacts = new Contacts();
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(contacts, new Invoices()), clock, audit);

      RightsRequestReport report = p.execute(verified(p, DataSubjectRight.ERASURE), "dpo");

      assertThat(contacts.erased).containsExactly(ALICE);
      assertThat(report.erased()).isEqualTo(1);
      assertThat(report.kept())
          .singleElement()
          .satisfies(
              k -> {
                assertThat(k.exemption().article())
                    .as("kept under Art. 17(3)(b), legal obligation")
                    .isEqualTo("Art. 17(3)(b)");
                assertThat(k.category()).isEqualTo("invoices");
              });
    }

    @Test
    void rectification_unsupportedByAHandler_isReportedNotFailed() {
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(new Contacts(), new Invoices()), clock, audit);

      RightsRequestReport report =
          p.execute(verified(p, DataSubjectRight.RECTIFICATION), Map.of("city", "Lyon"), "dpo");

      assertThat(report.outcomes())
          .extracting(HandlerOutcome::status)
          .containsExactly(HandlerOutcome.Status.DONE, HandlerOutcome.Status.UNSUPPORTED);
      assertThat(report.outcomes().get(0).changed()).isEqualTo(1);
      assertThat(report.isComplete()).isTrue();
    }

    @Test
    void restriction_defaultHandlerChangesNothing_guardEnforces() {
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(new Invoices()), clock, audit);

      RightsRequestReport report = p.execute(verified(p, DataSubjectRight.RESTRICTION), "dpo");

      assertThat(report.outcomes().get(0).status()).isEqualTo(HandlerOutcome.Status.DONE);
      assertThat(report.outcomes().get(0).changed()).isZero();
    }
  }

  @Nested
  class FailingHandler {
    @Test
    void oneFailure_doesNotAbortOthers_andRequestStaysOpen() {
      Contacts contacts = new Contacts();
      Broken broken = new Broken();
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(broken, contacts), clock, audit);

      RightsRequestReport report = p.execute(verified(p, DataSubjectRight.ERASURE), "dpo");

      assertThat(contacts.erased).as("the handler after the failing one still ran").hasSize(1);
      assertThat(report.failedHandlers()).containsExactly("mailing-mirror");
      assertThat(report.outcomes().get(0).failureClass())
          .contains("java.lang.IllegalStateException");
      assertThat(report.toString())
          .as("the exception message may hold personal data")
          .doesNotContain("alice@example.com");
      assertThat(report.isComplete()).isFalse();
      assertThat(report.request().state()).isEqualTo(RightsRequestState.IN_PROGRESS);
      assertThat(audit.actions()).contains("rights-request.handler-failed");
      assertThat(audit.events.toString()).doesNotContain("alice@example.com");
    }

    @Test
    void rerunAfterFix_completes() {
      Broken broken = new Broken();
      RightsRequestProcessor p = RightsRequestProcessor.create(List.of(broken), clock, audit);
      RightsRequestReport first = p.execute(verified(p, DataSubjectRight.ERASURE), "dpo");
      broken.down.set(false);

      RightsRequestReport second = p.execute(first.request(), "dpo");

      assertThat(second.isComplete()).isTrue();
    }

    @Test
    void handlerReturningNull_isAFailureNotACrash() {
      PersonalDataHandler nulls =
          new PersonalDataHandler() {
            @Override
            public String name() {
              return "nulls";
            }

            @Override
            public List<ExportedRecord> export(SubjectId subject) {
              return null;
            }

            @Override
            public ErasureResult erase(SubjectId subject) {
              return null;
            }
          };
      RightsRequestProcessor p = RightsRequestProcessor.create(List.of(nulls), clock, audit);

      RightsRequestReport report = p.execute(verified(p, DataSubjectRight.ERASURE), "dpo");

      assertThat(report.failedHandlers()).containsExactly("nulls");
    }
  }

  @Nested
  class Lifecycle {
    @Test
    void everyStep_isAudited_withRequestIdAndArticle() {
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(new Contacts()), clock, audit);
      RightsRequest r = verified(p, DataSubjectRight.ACCESS);
      r = p.extend(r, new RequestExtension(2, LocalDate.of(2025, 2, 10), "complexity"), "dpo");
      p.execute(r, "dpo");

      assertThat(audit.actions())
          .containsExactly(
              "rights-request.received",
              "rights-request.identity-verified",
              "rights-request.extended",
              "rights-request.started",
              "rights-request.completed");
      AuditEvent extended = audit.events.get(2);
      assertThat(extended.details())
          .containsEntry("requestId", "req-9")
          .containsEntry("months", "2")
          .containsEntry("dueDate", "2025-04-30");
      assertThat(extended.reasons()).containsExactly("Art. 15");
    }

    @Test
    void refuse_isAudited() {
      RightsRequestProcessor p = RightsRequestProcessor.create(List.of(), clock, audit);
      RightsRequest r = p.receive("req-9", ALICE, DataSubjectRight.ACCESS, ZoneOffset.UTC, "dpo");

      RightsRequest refused =
          p.refuse(r, new Refusal(RefusalGround.EXCESSIVE, "tenth request this week"), "dpo");

      assertThat(refused.state()).isEqualTo(RightsRequestState.REFUSED);
      assertThat(audit.last().details()).containsEntry("article", "Art. 12(5)");
      assertThat(audit.last().toString()).doesNotContain("tenth request");
    }

    @Test
    void executeBeforeIdentityVerified_isRefused() {
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(new Contacts()), clock, audit);
      RightsRequest r = p.receive("req-9", ALICE, DataSubjectRight.ACCESS, ZoneOffset.UTC, "dpo");

      assertThatThrownBy(() -> p.execute(r, "dpo"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("req-9")
          .hasMessageContaining("RECEIVED");
    }

    @Test
    void objectionRight_isNotForDataHandlers() {
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(new Contacts()), clock, audit);

      assertThatThrownBy(() -> p.execute(verified(p, DataSubjectRight.OBJECTION), "dpo"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Art. 21");
    }

    @Test
    void rectificationWithoutValues_isRejected() {
      RightsRequestProcessor p =
          RightsRequestProcessor.create(List.of(new Contacts()), clock, audit);

      assertThatThrownBy(() -> p.execute(verified(p, DataSubjectRight.RECTIFICATION), "dpo"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void duplicateAndBlankHandlerNames_areAllReported() {
    PersonalDataHandler blank =
        new PersonalDataHandler() {
          @Override
          public String name() {
            return " ";
          }

          @Override
          public List<ExportedRecord> export(SubjectId subject) {
            return List.of();
          }

          @Override
          public ErasureResult erase(SubjectId subject) {
            return ErasureResult.erased(0);
          }
        };

    assertThatThrownBy(
            () ->
                RightsRequestProcessor.create(
                    List.of(new Contacts(), new Contacts(), blank), clock, audit))
        .isInstanceOfSatisfying(
            GdprConfigurationException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void exportedRecord_toStringShowsFieldNamesOnly() {
    assertThat(new ExportedRecord("contact", Map.of("email", "alice@example.com")).toString())
        .contains("email")
        .doesNotContain("alice");
  }
}
