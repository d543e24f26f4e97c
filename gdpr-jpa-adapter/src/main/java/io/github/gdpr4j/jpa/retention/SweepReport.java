package io.github.gdpr4j.jpa.retention;

import io.github.gdpr4j.core.RetentionAction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a retention sweep did (or, in a dry run, would do): counts per entity and action, never
 * values.
 *
 * @param at the instant the sweep evaluated due dates at
 * @param dryRun whether nothing was changed
 * @param lines one line per entity and action, including rows of dependent entities removed with
 *     their parent; ARCHIVE lines count rows moved to the intermediate archive
 * @param purges the rows of ARCHIVE entities deleted (or, for dependents, anonymised) because their
 *     archive period ({@code purgeAfter}) was over, one line per entity and action
 */
public record SweepReport(Instant at, boolean dryRun, List<Line> lines, List<Line> purges) {

  /**
   * Counts for one entity and action.
   *
   * @param entity the simple class name
   * @param action the action applied
   * @param rows how many rows were (or would be) changed
   * @param batches how many batches committed
   */
  public record Line(String entity, RetentionAction action, long rows, long batches) {
    /** Validates the line. */
    public Line {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(action, "action");
    }
  }

  /** Validates and copies the report. */
  public SweepReport {
    Objects.requireNonNull(at, "at");
    lines = List.copyOf(lines);
    purges = List.copyOf(purges);
  }

  /**
   * Creates a report without purges.
   *
   * @param at the instant the sweep evaluated due dates at
   * @param dryRun whether nothing was changed
   * @param lines one line per entity and action
   */
  public SweepReport(Instant at, boolean dryRun, List<Line> lines) {
    this(at, dryRun, lines, List.of());
  }

  /**
   * Returns the rows of one entity purged from the intermediate archive (Art. 5(1)(e)).
   *
   * @param entity the simple class name
   * @return the count of rows deleted or anonymised by the purge pass, 0 if none
   */
  public long purged(String entity) {
    long n = 0;
    for (Line l : purges) {
      if (l.entity().equals(entity)) {
        n += l.rows();
      }
    }
    return n;
  }

  /**
   * Returns the rows of one entity and action.
   *
   * @param entity the simple class name
   * @param action the action
   * @return the count, 0 if absent
   */
  public long rows(String entity, RetentionAction action) {
    long n = 0;
    for (Line l : lines) {
      if (l.entity().equals(entity) && l.action() == action) {
        n += l.rows();
      }
    }
    return n;
  }
}
