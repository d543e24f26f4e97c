package io.github.gdpr4j.benchmarks;

import io.github.gdpr4j.core.ConsentLedger;
import io.github.gdpr4j.core.ObjectionRegister;
import io.github.gdpr4j.core.ProcessingGuard;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.core.RestrictionRegister;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.core.RetentionRule;
import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.ConsentStore;
import io.github.gdpr4j.core.spi.ObjectionStore;
import io.github.gdpr4j.core.spi.RestrictionStore;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.GdprJpaConfig;
import io.github.gdpr4j.jpa.retention.RetentionSweeper;
import io.github.gdpr4j.jpa.retention.SweepReport;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The retention sweep against a hand-written SQL {@code DELETE} of the same due rows, on H2 (a file
 * in {@code java.io.tmpdir}) and PostgreSQL (127.0.0.1:5432, user postgres, database test; a schema
 * {@code gdpr4j_bench} is created). Each invocation refills the table with {@link #rows} due rows
 * by one set-based INSERT (not timed), then deletes them: the sweep in keyset batches of 10,000,
 * each in its own transaction, or one {@code DELETE ... WHERE ended_at <= ?}. Run with a 256 MB
 * heap to show that the sweep's memory does not grow with the table:
 *
 * <pre>{@code
 * mvn -B -q package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar RetentionSweepBenchmark -f 1 -wi 1 -i 3 \
 *     -jvmArgs -Xmx256m -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RetentionSweepBenchmark {

  /** The database. */
  @Param({"h2", "postgresql"})
  public String database;

  /** How many due rows each invocation deletes. */
  @Param({"1000000"})
  public int rows;

  private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

  private String url;
  private String user;
  private EntityManagerFactory emf;
  private RetentionSweeper sweeper;

  /** Builds the schema and the sweeper. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    if (database.equals("h2")) {
      // A file database, not an in-memory one: in memory, the million rows would live in the
      // benchmark's own 256 MB heap and measure H2's footprint instead of the sweep's.
      url =
          "jdbc:h2:file:"
              + System.getProperty("java.io.tmpdir")
              + "/gdpr4j_bench_h2;DB_CLOSE_DELAY=-1";
      user = "sa";
    } else {
      user = "postgres";
      try (Connection c =
              DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", user, "");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS gdpr4j_bench CASCADE");
        s.execute("CREATE SCHEMA gdpr4j_bench");
      }
      url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=gdpr4j_bench";
    }
    PurposeRegistry registry =
        PurposeRegistry.builder()
            .purpose(
                "bench",
                p ->
                    p.description("Banc d'essai", "Benchmark")
                        .contract("bench-terms")
                        .dataCategories("contact-details")
                        .subjectCategories("customers")
                        .retention(
                            RetentionRule.of(
                                Period.ofYears(1),
                                RetentionEvent.END_OF_RELATIONSHIP,
                                RetentionAction.DELETE)))
            .build();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AuditSink none = e -> {};
    RestrictionRegister restrictions =
        RestrictionRegister.create(RestrictionStore.inMemory(), clock, none);
    ProcessingGuard guard =
        ProcessingGuard.builder(registry)
            .restrictions(restrictions)
            .objections(ObjectionRegister.create(ObjectionStore.inMemory(), clock, none))
            .consents(ConsentLedger.create(ConsentStore.inMemory(), clock, none))
            .auditSink(none)
            .clock(clock)
            .build();
    GdprJpaConfig config =
        GdprJpaConfig.builder(guard)
            .restrictions(restrictions)
            .auditSink(none)
            .clock(clock)
            .build();
    PersistenceConfiguration pc =
        new PersistenceConfiguration("gdpr4j-bench")
            .provider("org.hibernate.jpa.HibernatePersistenceProvider")
            .managedClass(SweepBenchRow.class)
            .property(PersistenceConfiguration.JDBC_URL, url)
            .property(PersistenceConfiguration.JDBC_USER, user)
            .property(PersistenceConfiguration.JDBC_PASSWORD, "")
            .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
            .property(GdprJpa.CONFIG, config);
    for (Class<?> c : RetentionSweeper.entityClasses()) {
      pc.managedClass(c);
    }
    emf = pc.createEntityManagerFactory();
    sweeper =
        RetentionSweeper.builder(emf).clock(clock).batchSize(10_000).progressEvery(1_000).build();
  }

  /** Refills the table with due rows (not timed). */
  @Setup(Level.Invocation)
  public void fill() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute(
          database.equals("h2") ? "TRUNCATE TABLE bench_sweep_row" : "TRUNCATE bench_sweep_row");
      s.execute(
          database.equals("h2")
              ? "INSERT INTO bench_sweep_row (id, subject_id, email, ended_at) SELECT X, X,"
                  + " CONCAT('u', X, '@example.org'), TIMESTAMP WITH TIME ZONE '2020-01-01"
                  + " 00:00:00Z' FROM SYSTEM_RANGE(1, "
                  + rows
                  + ")"
              : "INSERT INTO bench_sweep_row (id, subject_id, email, ended_at) SELECT g, g,"
                  + " 'u' || g || '@example.org', TIMESTAMPTZ '2020-01-01 00:00:00Z' FROM"
                  + " generate_series(1, "
                  + rows
                  + ") g");
      if (!database.equals("h2")) {
        s.execute("VACUUM ANALYZE bench_sweep_row");
      }
    }
  }

  /** Closes the factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    emf.close();
  }

  /**
   * The sweep.
   *
   * @return the report
   */
  @Benchmark
  public SweepReport sweep() {
    SweepReport r = sweeper.sweep();
    if (r.rows("SweepBenchRow", RetentionAction.DELETE) != rows) {
      throw new IllegalStateException("sweep deleted " + r.lines() + ", expected " + rows);
    }
    return r;
  }

  /**
   * The hand-written statement deleting the same rows.
   *
   * @return the number of rows deleted
   * @throws SQLException if it fails
   */
  @Benchmark
  public int handWrittenDelete() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, "");
        PreparedStatement ps =
            c.prepareStatement("DELETE FROM bench_sweep_row WHERE ended_at <= ?")) {
      ps.setTimestamp(1, Timestamp.from(NOW.minus(java.time.Duration.ofDays(366))));
      int n = ps.executeUpdate();
      if (n != rows) {
        throw new IllegalStateException("deleted " + n + ", expected " + rows);
      }
      return n;
    }
  }
}
