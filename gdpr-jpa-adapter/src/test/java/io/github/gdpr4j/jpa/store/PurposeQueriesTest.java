package io.github.gdpr4j.jpa.store;

import static io.github.gdpr4j.jpa.crm.Crm.CUSTOMER_RELATIONSHIP;
import static io.github.gdpr4j.jpa.crm.Crm.NEWSLETTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.core.ConsentCapture;
import io.github.gdpr4j.core.ConsentChannel;
import io.github.gdpr4j.core.ConsentLedger;
import io.github.gdpr4j.core.ConsentNotice;
import io.github.gdpr4j.core.ObjectionRegister;
import io.github.gdpr4j.core.ProcessingGuard;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.core.RestrictionGround;
import io.github.gdpr4j.core.RestrictionRegister;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.spi.RestrictionLookup;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.GdprJpaConfig;
import io.github.gdpr4j.jpa.Purposes;
import io.github.gdpr4j.jpa.crm.Contact;
import io.github.gdpr4j.jpa.crm.Crm;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.MutableClock;
import io.github.gdpr4j.jpa.testing.RecordingAuditSink;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;

/**
 * Purpose-scoped queries select exactly the subjects the processing guard would allow, with
 * consent, objection and restriction read from the JPA stores of the same database.
 */
class PurposeQueriesTest {

  /** The example CRM with its registers on the JPA stores of one database. */
  static final class Setup {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T09:00:00Z"));
    final RecordingAuditSink audit = new RecordingAuditSink();
    final PurposeRegistry registry = Crm.registry();
    final EntityManagerFactory emf;
    final ConsentLedger consents;
    final ObjectionRegister objections;
    final RestrictionRegister restrictions;
    final ProcessingGuard guard;

    Setup(TestDatabase db) {
      // One unit holds the CRM and the gdpr_ tables. The guard reads registers built over that
      // unit's factory, which needs the guard's configuration first: it reads them through
      // references set once the factory exists.
      AtomicReference<ConsentLedger> consentRef = new AtomicReference<>();
      AtomicReference<ObjectionRegister> objectionRef = new AtomicReference<>();
      AtomicReference<RestrictionRegister> restrictionRef = new AtomicReference<>();
      RestrictionLookup restrictionLookup = (s, at) -> restrictionRef.get().restrictionAt(s, at);
      guard =
          ProcessingGuard.builder(registry)
              .consents((s, p, at) -> consentRef.get().consentAt(s, p, at))
              .objections((s, p, dm, at) -> objectionRef.get().objectionAt(s, p, dm, at))
              .restrictions(restrictionLookup)
              .auditSink(audit)
              .clock(clock)
              .build();
      GdprJpaConfig config =
          GdprJpaConfig.builder(guard)
              .restrictions(restrictionLookup)
              .auditSink(audit)
              .clock(clock)
              .textControl(Crm.TEXT)
              .build();
      List<Class<?>> classes = new ArrayList<>(List.of(Crm.ENTITIES));
      classes.addAll(JpaStores.entityClasses());
      emf =
          db.entityManagerFactory(Map.of(GdprJpa.CONFIG, config), classes.toArray(new Class<?>[0]));
      consents = ConsentLedger.create(JpaStores.consentStore(emf), clock, audit);
      objections = ObjectionRegister.create(JpaStores.objectionStore(emf), clock, audit);
      restrictions = RestrictionRegister.create(JpaStores.restrictionStore(emf), clock, audit);
      consentRef.set(consents);
      objectionRef.set(objections);
      restrictionRef.set(restrictions);
    }

    Long contact(String name) {
      return Purposes.call(
          CUSTOMER_RELATIONSHIP,
          () ->
              emf.callInTransaction(
                  em -> {
                    Contact c = new Contact(name, name + "@example.org", null);
                    em.persist(c);
                    return c.id();
                  }));
    }

    void give(Long id) {
      consents.give(
          SubjectId.of(id.toString()),
          NEWSLETTER,
          ConsentCapture.of(
              ConsentChannel.WEB_FORM,
              "web",
              ConsentNotice.of("newsletter-v1", "Monthly newsletter."),
              "form-" + id));
    }

    Set<Long> eligibleByQuery(PurposeId purpose) {
      return Purposes.call(
          purpose,
          () ->
              emf.callInTransaction(
                  em -> {
                    Set<Long> ids = new TreeSet<>();
                    for (Contact c :
                        PurposeQueries.eligible(
                                em, Contact.class, "id", registry.purpose(purpose), clock.instant())
                            .getResultList()) {
                      ids.add(c.id());
                    }
                    return ids;
                  }));
    }

    Set<Long> eligibleByGuard(List<Long> ids, PurposeId purpose) {
      Set<Long> allowed = new TreeSet<>();
      for (Long id : ids) {
        if (guard.decide(SubjectId.of(id.toString()), purpose).isAllowed()) {
          allowed.add(id);
        }
      }
      return allowed;
    }
  }

  @Nested
  class Newsletter {
    @AllDatabases
    void export_selectsExactlyTheSubjectsTheGuardAllows(TestDatabase db) {
      Setup s = new Setup(db);
      Map<String, Consumer<Long>> states = new LinkedHashMap<>();
      states.put("never asked", id -> {});
      states.put("consented", s::give);
      states.put(
          "withdrew (Art. 7(3))",
          id -> {
            s.give(id);
            s.clock.advance(Duration.ofMinutes(1));
            s.consents.withdraw(
                SubjectId.of(id.toString()), NEWSLETTER, ConsentChannel.EMAIL, "web");
          });
      states.put(
          "withdrew then consented again",
          id -> {
            s.give(id);
            s.clock.advance(Duration.ofMinutes(1));
            s.consents.withdraw(
                SubjectId.of(id.toString()), NEWSLETTER, ConsentChannel.EMAIL, "web");
            s.clock.advance(Duration.ofMinutes(1));
            s.give(id);
          });
      states.put(
          "objected to direct marketing (Art. 21(3))",
          id -> {
            s.give(id);
            s.objections.lodgeAgainstDirectMarketing(SubjectId.of(id.toString()), "call-centre");
          });
      states.put(
          "objected to the newsletter, then withdrew the objection",
          id -> {
            s.give(id);
            s.objections.lodge(SubjectId.of(id.toString()), NEWSLETTER, "web");
            s.clock.advance(Duration.ofMinutes(1));
            s.objections.withdraw(SubjectId.of(id.toString()), NEWSLETTER, "web");
          });
      states.put(
          "restricted (Art. 18(2))",
          id -> {
            s.give(id);
            s.restrictions.place(
                SubjectId.of(id.toString()), RestrictionGround.ACCURACY_CONTESTED, "dpo");
          });
      states.put(
          "restriction lifted",
          id -> {
            s.give(id);
            s.restrictions.place(
                SubjectId.of(id.toString()), RestrictionGround.ACCURACY_CONTESTED, "dpo");
            s.clock.advance(Duration.ofMinutes(1));
            s.restrictions.lift(
                SubjectId.of(id.toString()), RestrictionGround.ACCURACY_CONTESTED, "dpo");
          });
      List<Long> ids = new ArrayList<>();
      Map<String, Long> byState = new LinkedHashMap<>();
      for (var state : states.entrySet()) {
        Long id = s.contact("c" + ids.size());
        state.getValue().accept(id);
        ids.add(id);
        byState.put(state.getKey(), id);
        s.clock.advance(Duration.ofMinutes(1));
      }

      Set<Long> byQuery = s.eligibleByQuery(NEWSLETTER);

      assertThat(byQuery).isEqualTo(s.eligibleByGuard(ids, NEWSLETTER));
      assertThat(byQuery)
          .containsExactlyInAnyOrder(
              byState.get("consented"),
              byState.get("withdrew then consented again"),
              byState.get("objected to the newsletter, then withdrew the objection"),
              byState.get("restriction lifted"));
    }

    @AllDatabases
    void contractPurpose_needsNoConsent_butExcludesRestricted(TestDatabase db) {
      Setup s = new Setup(db);
      Long plain = s.contact("plain");
      Long restricted = s.contact("restricted");
      s.restrictions.place(
          SubjectId.of(restricted.toString()), RestrictionGround.LEGAL_CLAIMS, "dpo");
      s.clock.advance(Duration.ofMinutes(1));

      Set<Long> byQuery = s.eligibleByQuery(CUSTOMER_RELATIONSHIP);

      assertThat(byQuery).containsExactly(plain);
      assertThat(byQuery)
          .isEqualTo(s.eligibleByGuard(List.of(plain, restricted), CUSTOMER_RELATIONSHIP));
    }
  }
}
