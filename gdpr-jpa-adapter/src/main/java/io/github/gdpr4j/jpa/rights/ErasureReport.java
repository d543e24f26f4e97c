package io.github.gdpr4j.jpa.rights;

import io.github.gdpr4j.core.ErasureExemption;
import io.github.gdpr4j.core.ErasureResult;
import io.github.gdpr4j.core.RetainedData;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.Erasure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an erasure did, per entity: counts and declared actions, never values.
 *
 * @param requestId the rights request it answered
 * @param subject the erased subject
 * @param at when it committed
 * @param entities one line per entity with rows of the subject, children first
 * @param suppressed how many identifiers went on the suppression list
 */
public record ErasureReport(
    String requestId, SubjectId subject, Instant at, List<Line> entities, int suppressed) {

  /**
   * What happened to one entity's rows.
   *
   * @param entity the simple class name
   * @param action the declared action
   * @param matched how many rows of the subject were found
   * @param changed how many were deleted or had fields overwritten (0 when already erased)
   * @param exemption the Art. 17(3) exception of a KEEP, else null
   * @param kept the fields a KEEP retained
   * @param until how long kept rows stay, empty unless KEEP
   */
  public record Line(
      String entity,
      Erasure.Action action,
      long matched,
      long changed,
      @Nullable ErasureExemption exemption,
      Set<String> kept,
      String until) {

    /** Validates and copies the line. */
    public Line {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(action, "action");
      kept = Set.copyOf(kept);
      Objects.requireNonNull(until, "until");
    }
  }

  /** Validates and copies the report. */
  public ErasureReport {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(at, "at");
    entities = List.copyOf(entities);
  }

  /**
   * Returns how many rows were deleted or anonymised in this run.
   *
   * @return the total of {@link Line#changed()}
   */
  public long changed() {
    long n = 0;
    for (Line l : entities) {
      n += l.changed();
    }
    return n;
  }

  /**
   * Converts to the core result: erased rows, and one {@link RetainedData} per kept entity.
   *
   * @return the result
   */
  public ErasureResult toErasureResult() {
    List<RetainedData> kept = new ArrayList<>();
    for (Line l : entities) {
      if (l.action() == Erasure.Action.KEEP && l.exemption() != null && l.matched() > 0) {
        kept.add(new RetainedData(l.entity(), l.exemption(), l.until()));
      }
    }
    return new ErasureResult((int) Math.min(Integer.MAX_VALUE, changed()), kept);
  }
}
