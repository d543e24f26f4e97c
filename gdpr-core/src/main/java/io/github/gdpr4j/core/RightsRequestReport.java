package io.github.gdpr4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of running a request across every handler: which answered, what was exported, erased
 * and kept (with the Art. 17(3) exception), which failed. When a handler failed, {@link #request()}
 * is still IN_PROGRESS and the request must be run again or finished by hand.
 *
 * @param request the request after the run
 * @param outcomes one outcome per handler, in registration order
 */
public record RightsRequestReport(RightsRequest request, List<HandlerOutcome> outcomes) {

  /**
   * Copies the outcomes.
   *
   * @throws NullPointerException if a component is null
   */
  public RightsRequestReport {
    Objects.requireNonNull(request, "request");
    outcomes = List.copyOf(outcomes);
  }

  /**
   * Tells whether every handler answered (done or unsupported) and the request is completed.
   *
   * @return true when complete
   */
  public boolean isComplete() {
    return request.state() == RightsRequestState.COMPLETED;
  }

  /**
   * Returns the names of the handlers that failed.
   *
   * @return the names, possibly empty
   */
  public List<String> failedHandlers() {
    List<String> failed = new ArrayList<>();
    for (HandlerOutcome o : outcomes) {
      if (o.status() == HandlerOutcome.Status.FAILED) {
        failed.add(o.handler());
      }
    }
    return List.copyOf(failed);
  }

  /**
   * Returns every record exported, across handlers.
   *
   * @return the records
   */
  public List<ExportedRecord> exported() {
    List<ExportedRecord> all = new ArrayList<>();
    outcomes.forEach(o -> all.addAll(o.exported()));
    return List.copyOf(all);
  }

  /**
   * Returns the total number of records erased.
   *
   * @return the sum over handlers
   */
  public int erased() {
    return outcomes.stream().mapToInt(HandlerOutcome::erased).sum();
  }

  /**
   * Returns everything kept under an Art. 17(3) exception, across handlers.
   *
   * @return the retained data
   */
  public List<RetainedData> kept() {
    List<RetainedData> all = new ArrayList<>();
    outcomes.forEach(o -> all.addAll(o.kept()));
    return List.copyOf(all);
  }
}
