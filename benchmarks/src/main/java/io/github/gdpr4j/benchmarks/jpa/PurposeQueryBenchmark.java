package io.github.gdpr4j.benchmarks.jpa;

import io.github.gdpr4j.core.ConsentChannel;
import io.github.gdpr4j.core.ConsentEntry;
import io.github.gdpr4j.core.ConsentEvent;
import io.github.gdpr4j.core.ConsentEventType;
import io.github.gdpr4j.core.ConsentNotice;
import io.github.gdpr4j.core.Purpose;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.core.RetentionRule;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.store.JpaStores;
import io.github.gdpr4j.jpa.store.PurposeQueries;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.Table;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A marketing export restricted to the subjects eligible for a consent-based, direct-marketing
 * purpose ({@link PurposeQueries}), against the same export of every contact, on H2 in memory. Two
 * thirds of the contacts consented; a tenth of those withdrew later.
 *
 * <p>Run with:
 *
 * <pre>
 * mvn -B package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar PurposeQueryBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PurposeQueryBenchmark {

  static final PurposeId NEWSLETTER = PurposeId.of("newsletter");
  static final String URL = "jdbc:h2:mem:purposequery;DB_CLOSE_DELAY=-1";

  /** Contacts in the table. */
  @Param({"100000"})
  public int contacts;

  private EntityManagerFactory emf;
  private Purpose newsletter;
  private Instant now;

  /** A contact row; the export reads ids and e-mail addresses. */
  @Entity(name = "ExportContact")
  @Table(name = "export_contact")
  public static class ExportContact {
    @Id Long id;

    @Column(name = "email")
    String email;
  }

  @Setup(Level.Trial)
  public void start() throws SQLException {
    PurposeRegistry registry =
        PurposeRegistry.builder()
            .purpose(
                NEWSLETTER.value(),
                p ->
                    p.description("Lettre d'information", "Newsletter")
                        .consent("newsletter-v1")
                        .dataCategories("contact-details")
                        .subjectCategories("customers")
                        .directMarketing(true)
                        .retention(
                            RetentionRule.of(
                                Period.ofYears(3),
                                RetentionEvent.CONSENT_WITHDRAWAL,
                                RetentionAction.DELETE)))
            .build();
    newsletter = registry.purpose(NEWSLETTER);
    PersistenceConfiguration unit =
        new PersistenceConfiguration("export")
            .provider("org.hibernate.jpa.HibernatePersistenceProvider")
            .managedClass(ExportContact.class)
            .property(PersistenceConfiguration.JDBC_URL, URL)
            .property(PersistenceConfiguration.JDBC_USER, "sa")
            .property(PersistenceConfiguration.JDBC_PASSWORD, "")
            .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create");
    JpaStores.entityClasses().forEach(unit::managedClass);
    emf = unit.createEntityManagerFactory();
    Instant t0 = Instant.parse("2025-06-01T00:00:00Z");
    now = Instant.parse("2026-01-01T00:00:00Z");
    // Bulk load through JDBC: the setup is not what is measured.
    try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
      c.setAutoCommit(false);
      try (PreparedStatement contact =
              c.prepareStatement("insert into export_contact (id, email) values (?, ?)");
          PreparedStatement consent =
              c.prepareStatement(
                  "insert into gdpr_consent_entry (subject_id, position, seq, purpose_id,"
                      + " event_type, occurred_at_ns, channel, collected_by, notice_version,"
                      + " notice_sha256, proof_reference, previous_hash, hash)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < contacts; i++) {
          contact.setLong(1, i);
          contact.setString(2, "c" + i + "@example.org");
          contact.addBatch();
          if (i % 3 != 0) {
            SubjectId s = SubjectId.of(Integer.toString(i));
            ConsentEntry given =
                ConsentEntry.first(event(s, ConsentEventType.GIVEN, t0.plusSeconds(i)));
            add(consent, given, 0);
            if (i % 10 == 1) {
              ConsentEntry withdrawn =
                  ConsentEntry.next(
                      given, event(s, ConsentEventType.WITHDRAWN, t0.plusSeconds(contacts + i)));
              add(consent, withdrawn, 1);
            }
          }
          if (i % 1000 == 999) {
            contact.executeBatch();
            consent.executeBatch();
          }
        }
        contact.executeBatch();
        consent.executeBatch();
      }
      c.commit();
    }
  }

  private static final ConsentNotice NOTICE =
      ConsentNotice.of("newsletter-v1", "We will e-mail you our newsletter.");

  private static ConsentEvent event(SubjectId s, ConsentEventType type, Instant at) {
    ConsentNotice notice = type == ConsentEventType.GIVEN ? NOTICE : null;
    String proof = type == ConsentEventType.GIVEN ? "import-" + s.value() : null;
    return new ConsentEvent(
        s, NEWSLETTER, type, at, ConsentChannel.IMPORT, "bench", notice, proof, null);
  }

  private static void add(PreparedStatement ps, ConsentEntry e, long position) throws SQLException {
    long nanos = e.event().at().getEpochSecond() * 1_000_000_000L + e.event().at().getNano();
    ps.setString(1, e.event().subject().value());
    ps.setLong(2, position);
    ps.setLong(3, e.sequence());
    ps.setString(4, e.event().purpose().value());
    ps.setString(5, e.event().type().name());
    ps.setLong(6, nanos);
    ps.setString(7, e.event().channel().name());
    ps.setString(8, e.event().collectedBy());
    ConsentNotice notice = e.event().notice();
    ps.setString(9, notice == null ? null : notice.version());
    ps.setString(10, notice == null ? null : notice.sha256());
    ps.setString(11, e.event().proofReference());
    ps.setString(12, e.previousHash());
    ps.setString(13, e.hash());
    ps.addBatch();
  }

  @TearDown(Level.Trial)
  public void stop() {
    emf.close();
  }

  /**
   * The baseline: the ids and e-mail addresses of every contact.
   *
   * @return the number of rows
   */
  @Benchmark
  public int exportEveryone() {
    return emf.callInTransaction(
        em -> {
          CriteriaBuilder cb = em.getCriteriaBuilder();
          CriteriaQuery<String> q = cb.createQuery(String.class);
          Root<ExportContact> c = q.from(ExportContact.class);
          return em.createQuery(q.select(c.get("email"))).getResultList().size();
        });
  }

  /**
   * The purpose-scoped export: only subjects with valid consent and no objection or restriction.
   *
   * @return the number of rows
   */
  @Benchmark
  public int exportEligible() {
    return emf.callInTransaction(
        em -> {
          CriteriaBuilder cb = em.getCriteriaBuilder();
          CriteriaQuery<String> q = cb.createQuery(String.class);
          Root<ExportContact> c = q.from(ExportContact.class);
          q.select(c.get("email"))
              .where(
                  PurposeQueries.eligible(cb, q, c.get("id").cast(String.class), newsletter, now));
          return em.createQuery(q).getResultList().size();
        });
  }
}
