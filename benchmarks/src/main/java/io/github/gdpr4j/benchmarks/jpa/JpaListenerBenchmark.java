package io.github.gdpr4j.benchmarks.jpa;

import io.github.gdpr4j.core.ProcessingGuard;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.core.RestrictionRegister;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.core.RetentionRule;
import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.RestrictionStore;
import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.GdprJpaConfig;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.jpa.Purposes;
import io.github.gdpr4j.text.TextControl;
import io.github.gdpr4j.text.validation.ControlledText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * The overhead of gdpr4j's JPA enforcement: persisting then updating 10,000 entities on H2 in
 * memory, with the listener (purpose scope, guard decision per row, restriction lookup, and text
 * control where the entity has a controlled comment) against the same entities without any gdpr4j
 * annotation (no listener installed). Target: at most 1.15× for entities without controlled text.
 *
 * <p>Run with:
 *
 * <pre>
 * mvn -B package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar JpaListenerBenchmark
 * </pre>
 *
 * <p>Each invocation starts from an empty table, so that every measurement does the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 15)
@Fork(1)
public class JpaListenerBenchmark {

  static final PurposeId CRM = PurposeId.of("customer-relationship");
  static final String COMMENT = "Discussed the renewal of the maintenance contract for next year.";

  /** Rows persisted, then updated, per invocation. */
  @Param({"10000"})
  public int rows;

  /** {@code plain}: no gdpr4j annotation; {@code enforced}: annotated, listener installed. */
  @Param({"plain", "enforced"})
  public String mode;

  /** Whether the entity has a {@code @ControlledText} comment (enforced mode only scans it). */
  @Param({"false", "true"})
  public boolean controlledText;

  private EntityManagerFactory emf;
  private final AtomicLong ids = new AtomicLong();
  private Class<?> type;

  /** An annotated contact without free text. */
  @Entity(name = "BenchContact")
  @Table(name = "bench_contact")
  @Purpose("customer-relationship")
  public static class BenchContact {
    @Id @DataSubject Long id;

    @PersonalData(category = "identity")
    @Column(name = "full_name")
    String fullName;

    @PersonalData(category = "contact-details")
    String email;

    String status;

    @Column(name = "comment_text", length = 500)
    String comment;
  }

  /** The same contact, with its comment under text control. */
  @Entity(name = "BenchNotedContact")
  @Table(name = "bench_noted_contact")
  @Purpose("customer-relationship")
  public static class BenchNotedContact {
    @Id @DataSubject Long id;

    @PersonalData(category = "identity")
    @Column(name = "full_name")
    String fullName;

    @PersonalData(category = "contact-details")
    String email;

    String status;

    @ControlledText
    @PersonalData(category = "professional-life")
    @Column(name = "comment_text", length = 500)
    String comment;
  }

  /** The same contact without any gdpr4j annotation: the baseline. */
  @Entity(name = "PlainContact")
  @Table(name = "plain_contact")
  public static class PlainContact {
    @Id Long id;

    @Column(name = "full_name")
    String fullName;

    String email;

    String status;

    @Column(name = "comment_text", length = 500)
    String comment;
  }

  @Setup(Level.Trial)
  public void start() {
    boolean enforced = mode.equals("enforced");
    type =
        !enforced
            ? PlainContact.class
            : controlledText ? BenchNotedContact.class : BenchContact.class;
    PersistenceConfiguration unit =
        new PersistenceConfiguration("bench")
            .provider("org.hibernate.jpa.HibernatePersistenceProvider")
            .managedClass(type)
            .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1")
            .property(PersistenceConfiguration.JDBC_USER, "sa")
            .property(PersistenceConfiguration.JDBC_PASSWORD, "")
            .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
            .property("hibernate.jdbc.batch_size", "50")
            .property("hibernate.order_updates", "true");
    if (enforced) {
      PurposeRegistry registry =
          PurposeRegistry.builder()
              .purpose(
                  CRM.value(),
                  p ->
                      p.description("Relation client", "Customer relationship")
                          .contract("crm-terms-v1")
                          .dataCategories("identity", "contact-details", "professional-life")
                          .subjectCategories("customers")
                          .retention(
                              RetentionRule.of(
                                  Period.ofYears(3),
                                  RetentionEvent.END_OF_RELATIONSHIP,
                                  RetentionAction.DELETE)))
              .build();
      AuditSink discard = event -> {};
      Clock clock = Clock.systemUTC();
      RestrictionRegister restrictions =
          RestrictionRegister.create(RestrictionStore.inMemory(), clock, discard);
      ProcessingGuard guard =
          ProcessingGuard.builder(registry)
              .restrictions(restrictions)
              .auditSink(discard)
              .clock(clock)
              .build();
      GdprJpaConfig.Builder config =
          GdprJpaConfig.builder(guard).restrictions(restrictions).auditSink(discard).clock(clock);
      if (controlledText) {
        config.textControl(TextControl.builder().build());
      }
      unit.property(GdprJpa.CONFIG, config.build());
    }
    emf = unit.createEntityManagerFactory();
  }

  @Setup(Level.Invocation)
  public void emptyTable() {
    emf.runInTransaction(
        em ->
            em.createQuery("delete from " + em.getMetamodel().entity(type).getName())
                .executeUpdate());
  }

  @TearDown(Level.Trial)
  public void stop() {
    emf.close();
  }

  /**
   * Persists {@link #rows} contacts, then loads and updates each of them, in batches of 500.
   *
   * @return the number of rows written, so that nothing is optimised away
   */
  @Benchmark
  public long persistThenUpdate() {
    Purposes.Scope scope = Purposes.enter(CRM);
    try {
      long first = ids.getAndAdd(rows);
      for (int batch = 0; batch < rows; batch += 500) {
        int from = batch;
        emf.runInTransaction(
            em -> {
              for (int i = from; i < Math.min(rows, from + 500); i++) {
                em.persist(newRow(first + i));
              }
            });
      }
      for (int batch = 0; batch < rows; batch += 500) {
        int from = batch;
        emf.runInTransaction(
            em -> {
              List<?> loaded =
                  em.createQuery(
                          "from "
                              + em.getMetamodel().entity(type).getName()
                              + " c where c.id >= :a and c.id < :b")
                      .setParameter("a", first + from)
                      .setParameter("b", first + Math.min(rows, from + 500))
                      .getResultList();
              for (Object o : loaded) {
                update(o);
              }
            });
      }
      return 2L * rows;
    } finally {
      scope.close();
    }
  }

  private Object newRow(long id) {
    String name = "Contact " + id;
    String email = "c" + id + "@example.org";
    if (type == PlainContact.class) {
      PlainContact c = new PlainContact();
      c.id = id;
      c.fullName = name;
      c.email = email;
      c.status = "new";
      c.comment = COMMENT;
      return c;
    } else if (type == BenchContact.class) {
      BenchContact c = new BenchContact();
      c.id = id;
      c.fullName = name;
      c.email = email;
      c.status = "new";
      c.comment = COMMENT;
      return c;
    }
    BenchNotedContact c = new BenchNotedContact();
    c.id = id;
    c.fullName = name;
    c.email = email;
    c.status = "new";
    c.comment = COMMENT;
    return c;
  }

  private static void update(Object o) {
    if (o instanceof PlainContact c) {
      c.email = "updated-" + c.email;
      c.comment = COMMENT + " Call back in May.";
    } else if (o instanceof BenchContact c) {
      c.email = "updated-" + c.email;
      c.comment = COMMENT + " Call back in May.";
    } else if (o instanceof BenchNotedContact c) {
      c.email = "updated-" + c.email;
      c.comment = COMMENT + " Call back in May.";
    }
  }
}
