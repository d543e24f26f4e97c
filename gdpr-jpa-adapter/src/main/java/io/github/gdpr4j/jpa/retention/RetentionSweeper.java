package io.github.gdpr4j.jpa.retention;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionRule;
import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.internal.EntityModel;
import io.github.gdpr4j.jpa.internal.MetadataReader;
import io.github.gdpr4j.jpa.internal.SubjectModel;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.MutationQuery;
import org.hibernate.query.SelectionQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link io.github.gdpr4j.jpa.Retention} rules (Art. 5(1)(e) storage limitation) to
 * every annotated entity, in set-based batches.
 *
 * <p>For each entity with a rule, due rows — start field at or before {@code now − period}
 * (calendar arithmetic in UTC, as {@link RetentionRule#evaluate} counts), subject not held (see
 * {@link SubjectHolds}: legal holds and open rights requests) — are found by keyset pagination on
 * the id ({@code id > last order by id}, at most {@link Builder#batchSize} ids), then the batch's
 * id range is processed by bulk statements that re-check the same predicate:
 *
 * <ul>
 *   <li>DELETE: first the rows of entities whose {@link io.github.gdpr4j.jpa.DataSubject} is an
 *       association to this entity (deleted, or anonymised and unlinked, as their {@link Erasure}
 *       says), then the rows themselves — children before parents;
 *   <li>ANONYMISE: personal fields overwritten as {@link io.github.gdpr4j.jpa.Anonymise} says
 *       (PSEUDONYM becomes the token: pseudonymised data is still personal data), only on rows not
 *       already anonymised.
 *       <p><b>Crash safety.</b> Each batch is its own transaction. The "due" predicate is
 *       idempotent — a deleted row is gone, an anonymised or archived row no longer matches — so a
 *       sweep killed or failing in the middle and run again finishes the job: committed batches are
 *       not redone, the failed batch is redone whole. No checkpoint table is needed.
 *   <li>ARCHIVE (the CNIL's intermediate archive): two passes. The purge pass first deletes, as
 *       DELETE does (dependents included), the rows whose archive period is over as well (start at
 *       or before {@code now − period − purgeAfter}); they are reported in {@link
 *       SweepReport#purges()}. Then the archive pass sets the rule's {@link
 *       io.github.gdpr4j.jpa.Retention#archivedField() archivedField} to {@code now} on due rows
 *       whose marker is still null: the row leaves the active base, the listener refuses any change
 *       to its personal data, and {@link io.github.gdpr4j.jpa.store.PurposeQueries} excludes it.
 *       Reported as ARCHIVE lines.
 * </ul>
 *
 * <p>Held subjects are neither archived nor purged.
 *
 * <p>Dry run counts due rows without changing anything. Progress is logged at INFO every {@link
 * Builder#progressEvery} batches (entity names and counts, never values). Not meant to run
 * concurrently with itself; thread-safe otherwise.
 *
 * <pre>{@code
 * SweepReport report = RetentionSweeper.builder(emf).clock(clock).batchSize(5_000).build().sweep();
 * }</pre>
 */
public final class RetentionSweeper {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);

  private final SessionFactory factory;
  private final SubjectModel model;
  private final Clock clock;
  private final AuditSink audit;
  private final int batchSize;
  private final int progressEvery;
  private final boolean dryRun;

  private RetentionSweeper(Builder b, SubjectModel model) {
    this.factory = b.emf.unwrap(SessionFactory.class);
    this.model = model;
    this.clock = b.clock;
    this.audit = b.audit;
    this.batchSize = b.batchSize;
    this.progressEvery = b.progressEvery;
    this.dryRun = b.dryRun;
  }

  /**
   * Returns the entity classes the sweeper needs in the persistence unit: the hold table.
   *
   * @return the classes
   */
  public static List<Class<?>> entityClasses() {
    return List.of(SubjectHold.class);
  }

  /**
   * Starts a builder.
   *
   * @param emf the factory; its unit must include {@link #entityClasses()}
   * @return the builder
   */
  public static Builder builder(EntityManagerFactory emf) {
    return new Builder(Objects.requireNonNull(emf, "emf"));
  }

  /**
   * Runs the sweep over every entity with a retention rule.
   *
   * @return the report
   * @throws jakarta.persistence.PersistenceException if a batch fails; earlier batches stay
   *     committed, and running the sweep again finishes the job
   */
  public SweepReport sweep() {
    Instant now = clock.instant();
    List<SweepReport.Line> lines = new ArrayList<>();
    List<SweepReport.Line> purges = new ArrayList<>();
    for (EntityModel m : model.entities()) {
      RetentionRule rule = m.metadata().retention();
      String start = m.metadata().retentionStartField();
      if (rule == null || start == null) {
        continue;
      }
      if (rule.action() == RetentionAction.ARCHIVE) {
        String archived = m.metadata().retentionArchivedField();
        if (archived == null) {
          // Only a preset may leave it out (bootstrap reports an explicit ARCHIVE without one):
          // without a marker the active base cannot be told from the archive, so nothing moves.
          LOG.warn(
              "Retention sweep: {} has an ARCHIVE preset but no @Retention archivedField; not"
                  + " swept",
              m.type().getName());
          lines.add(new SweepReport.Line(m.type().getSimpleName(), RetentionAction.ARCHIVE, 0, 0));
          continue;
        }
        // Purge first: a row past both periods is deleted, not archived then deleted.
        Period purgeAfter = rule.archivePeriod().orElseThrow();
        Object purgeBefore = at(m.type(), start, minus(now, rule.duration(), purgeAfter));
        sweep(m, now, RetentionAction.DELETE, start, purgeBefore, null, purges);
        Object threshold = threshold(m.type(), start, now, rule);
        sweep(m, now, RetentionAction.ARCHIVE, start, threshold, archived, lines);
        continue;
      }
      Object threshold = threshold(m.type(), start, now, rule);
      sweep(m, now, rule.action(), start, threshold, null, lines);
    }
    SweepReport report = new SweepReport(now, dryRun, lines, purges);
    Map<String, String> details = new LinkedHashMap<>();
    for (SweepReport.Line l : lines) {
      details.merge(l.entity() + "." + l.action(), Long.toString(l.rows()), (a, b) -> a);
    }
    for (SweepReport.Line l : purges) {
      String key = l.entity() + (l.action() == RetentionAction.ANONYMISE ? ".ANONYMISE" : ".PURGE");
      details.merge(key, Long.toString(l.rows()), (a, b) -> a);
    }
    details.put("dryRun", Boolean.toString(dryRun));
    audit.record(
        new AuditEvent(
            now,
            "retention.sweep",
            null,
            null,
            AuditEvent.Outcome.RECORDED,
            List.of("Art. 5(1)(e)"),
            "system",
            details));
    return report;
  }

  private void sweep(
      EntityModel m,
      Instant now,
      RetentionAction action,
      String start,
      Object threshold,
      @Nullable String archived,
      List<SweepReport.Line> lines) {
    Map<String, Object> anonParams = new LinkedHashMap<>();
    Map<String, Object> setParams = new LinkedHashMap<>();
    String set = null;
    String due = "e." + start + " <= :t and " + notHeld(m);
    if (action == RetentionAction.ARCHIVE) {
      // The marker takes the row out of the active base; "is null" makes the pass idempotent.
      set = "e." + archived + " = :archivedAt";
      due += " and e." + archived + " is null";
      setParams.put(
          "archivedAt", at(m.type(), archived, LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
    }
    if (action == RetentionAction.ANONYMISE) {
      String[] a = m.anonymisation(null, null, false, anonParams);
      set = a[0];
      due += " and (" + a[1] + ")";
      if (set.isEmpty()) {
        LOG.warn(
            "Retention sweep: {} ANONYMISE has no personal field to overwrite", m.type().getName());
        lines.add(new SweepReport.Line(m.type().getSimpleName(), action, 0, 0));
        return;
      }
    }
    List<EntityModel> dependents = new ArrayList<>();
    if (action == RetentionAction.DELETE) {
      for (EntityModel d : model.entities()) {
        if (d.subjectKind() == EntityModel.SubjectKind.ASSOCIATION
            && d.subjectTarget() == m.type()) {
          dependents.add(d);
        }
      }
    }
    String id = "e." + m.idAttribute();
    String range = id + " > :lo and " + id + " <= :hi and ";
    String firstRange = id + " <= :hi and ";
    long rows = 0;
    long batches = 0;
    Map<EntityModel, Long> dependentRows = new LinkedHashMap<>();
    Object last = null;
    try (StatelessSession session = factory.openStatelessSession()) {
      while (true) {
        session.beginTransaction();
        List<Object> ids;
        try {
          SelectionQuery<Object> q =
              session.createSelectionQuery(
                  "select "
                      + id
                      + " from "
                      + m.entityName()
                      + " e where "
                      + (last == null ? "" : id + " > :lo and ")
                      + due
                      + " order by "
                      + id,
                  Object.class);
          q.setParameter("t", threshold);
          if (last != null) {
            q.setParameter("lo", last);
          }
          anonParams.forEach(q::setParameter);
          ids = q.setMaxResults(batchSize).getResultList();
          if (ids.isEmpty() || dryRun) {
            session.getTransaction().rollback();
          }
        } catch (RuntimeException e) {
          session.getTransaction().rollback();
          throw e;
        }
        if (ids.isEmpty()) {
          break;
        }
        Object hi = ids.get(ids.size() - 1);
        long n;
        if (dryRun) {
          n = ids.size();
        } else {
          try {
            String where = (last == null ? firstRange : range) + due;
            for (EntityModel d : dependents) {
              long k = dependent(session, d, m, where, threshold, last, hi, anonParams);
              dependentRows.merge(d, k, Long::sum);
            }
            MutationQuery u =
                session.createMutationQuery(
                    action == RetentionAction.DELETE
                        ? "delete from " + m.entityName() + " e where " + where
                        : "update " + m.entityName() + " e set " + set + " where " + where);
            bind(u, threshold, last, hi);
            anonParams.forEach(u::setParameter);
            setParams.forEach(u::setParameter);
            n = u.executeUpdate();
            session.getTransaction().commit();
          } catch (RuntimeException e) {
            if (session.getTransaction().isActive()) {
              session.getTransaction().rollback();
            }
            LOG.warn(
                "Retention sweep of {} failed in batch {} (ids after {}); {} rows done before,"
                    + " rerun to finish",
                m.type().getName(),
                batches + 1,
                last,
                rows);
            throw e;
          }
        }
        rows += n;
        batches++;
        last = hi;
        if (batches % progressEvery == 0) {
          LOG.info(
              "Retention sweep of {}: {} batches, {} rows {}{}",
              m.type().getSimpleName(),
              batches,
              rows,
              action,
              dryRun ? " (dry run)" : "");
        }
      }
    }
    for (var e : dependentRows.entrySet()) {
      RetentionAction a =
          e.getKey().policy().action() == Erasure.Action.DELETE
              ? RetentionAction.DELETE
              : RetentionAction.ANONYMISE;
      lines.add(new SweepReport.Line(e.getKey().type().getSimpleName(), a, e.getValue(), batches));
    }
    lines.add(new SweepReport.Line(m.type().getSimpleName(), action, rows, batches));
    LOG.info(
        "Retention sweep of {} done: {} rows {} in {} batches{}",
        m.type().getSimpleName(),
        rows,
        action,
        batches,
        dryRun ? " (dry run)" : "");
  }

  /** Deletes or unlinks the rows of {@code d} whose subject is a row of the batch of {@code m}. */
  private static long dependent(
      StatelessSession session,
      EntityModel d,
      EntityModel m,
      String where,
      Object threshold,
      @Nullable Object lo,
      Object hi,
      Map<String, Object> params) {
    String in =
        d.subjectPath().replace("e.", "x.")
            + " in (select e."
            + m.idAttribute()
            + " from "
            + m.entityName()
            + " e where "
            + where
            + ")";
    MutationQuery q;
    if (d.policy().action() == Erasure.Action.DELETE) {
      q = session.createMutationQuery("delete from " + d.entityName() + " x where " + in);
    } else {
      Map<String, Object> p = new LinkedHashMap<>();
      String set = d.anonymisation(null, null, true, p)[0].replace("e.", "x.");
      q =
          session.createMutationQuery(
              "update " + d.entityName() + " x set " + set + " where " + in);
      p.forEach(q::setParameter);
    }
    bind(q, threshold, lo, hi);
    params.forEach(q::setParameter);
    return q.executeUpdate();
  }

  private static void bind(MutationQuery q, Object threshold, @Nullable Object lo, Object hi) {
    q.setParameter("t", threshold);
    if (lo != null) {
      q.setParameter("lo", lo);
    }
    q.setParameter("hi", hi);
  }

  private static String notHeld(EntityModel m) {
    return "not exists (select 1 from SubjectHold h where h.subjectId = cast("
        + m.subjectPath()
        + " as String) and h.liftedAt is null)";
  }

  /** {@code now − period} in the type of the start field (UTC calendar, like the core rule). */
  static Object threshold(Class<?> type, String field, Instant now, RetentionRule rule) {
    return at(type, field, LocalDateTime.ofInstant(now, ZoneOffset.UTC).minus(rule.duration()));
  }

  /** {@code now − duration − purgeAfter}: rows started before are past their archive period. */
  private static LocalDateTime minus(Instant now, Period duration, Period purgeAfter) {
    // The core rule adds the period, then the archive period, to the start; undo in reverse.
    return LocalDateTime.ofInstant(now, ZoneOffset.UTC).minus(purgeAfter).minus(duration);
  }

  /** A UTC date-time in the type of {@code field}. */
  private static Object at(Class<?> type, String field, LocalDateTime t) {
    Class<?> ft = fieldType(type, field);
    if (ft == Instant.class) {
      return t.toInstant(ZoneOffset.UTC);
    }
    if (ft == LocalDateTime.class) {
      return t;
    }
    if (ft == LocalDate.class) {
      return t.toLocalDate();
    }
    if (ft == OffsetDateTime.class) {
      return t.atOffset(ZoneOffset.UTC);
    }
    if (ft == ZonedDateTime.class) {
      return t.atZone(ZoneOffset.UTC);
    }
    return java.util.Date.from(t.toInstant(ZoneOffset.UTC));
  }

  private static Class<?> fieldType(Class<?> type, String name) {
    Field f = MetadataReader.findField(type, name);
    if (f == null) {
      throw new IllegalStateException(
          type.getName() + "." + name + ": retention date field not found");
    }
    return f.getType();
  }

  /** Configures a {@link RetentionSweeper}. Not thread-safe. */
  public static final class Builder {
    private final EntityManagerFactory emf;
    private Clock clock = Clock.systemUTC();
    private AuditSink audit = e -> {};
    private int batchSize = 10_000;
    private int progressEvery = 10;
    private boolean dryRun;

    private Builder(EntityManagerFactory emf) {
      this.emf = emf;
    }

    /**
     * Sets the clock giving "now".
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the sink receiving the {@code retention.sweep} event (counts only).
     *
     * @param audit the sink
     * @return this builder
     */
    public Builder auditSink(AuditSink audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * Sets the number of rows per batch (one transaction each).
     *
     * @param batchSize 1 to 100,000; 10,000 by default
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1 || batchSize > 100_000) {
        throw new IllegalArgumentException("batchSize must be 1 to 100000, got " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Sets how often progress is logged at INFO.
     *
     * @param batches every this many batches; 10 by default
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder progressEvery(int batches) {
      if (batches < 1) {
        throw new IllegalArgumentException("progressEvery must be positive, got " + batches);
      }
      this.progressEvery = batches;
      return this;
    }

    /**
     * Makes the sweep count due rows without changing anything.
     *
     * @param dryRun true for a dry run
     * @return this builder
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Builds the sweeper.
     *
     * @return the sweeper
     * @throws io.github.gdpr4j.core.GdprConfigurationException if the model has problems or the
     *     hold table is not in the persistence unit
     */
    public RetentionSweeper build() {
      try {
        emf.getMetamodel().entity(SubjectHold.class);
      } catch (IllegalArgumentException e) {
        throw new io.github.gdpr4j.core.GdprConfigurationException(
            List.of(
                SubjectHold.class.getName()
                    + " is not in the persistence unit; add RetentionSweeper.entityClasses()"));
      }
      return new RetentionSweeper(this, SubjectModel.of(emf, Map.of()));
    }
  }
}
