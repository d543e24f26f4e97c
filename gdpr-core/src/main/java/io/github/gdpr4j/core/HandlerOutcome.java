package io.github.gdpr4j.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link io.github.gdpr4j.core.spi.PersonalDataHandler} did for a request.
 *
 * @param handler the handler's name
 * @param status whether it answered
 * @param exported the records exported (access, portability)
 * @param erased how many records it erased (erasure)
 * @param kept what it kept under Art. 17(3) (erasure)
 * @param changed how many fields it rectified, or 1 if it restricted records, else 0
 * @param failure for FAILED: the exception's class name (never its message, which may hold personal
 *     data)
 */
public record HandlerOutcome(
    String handler,
    Status status,
    List<ExportedRecord> exported,
    int erased,
    List<RetainedData> kept,
    int changed,
    @Nullable String failure) {

  /** Whether a handler answered. */
  public enum Status {
    /** The handler carried out its part. */
    DONE,
    /** The handler does not support the operation (it holds no such data). */
    UNSUPPORTED,
    /** The handler threw; the request stays open. */
    FAILED
  }

  /**
   * Validates and copies the outcome.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if a failure class is given exactly when not FAILED
   */
  public HandlerOutcome {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(status, "status");
    exported = List.copyOf(exported);
    kept = List.copyOf(kept);
    if ((status == Status.FAILED) != (failure != null)) {
      throw new IllegalArgumentException(
          "handler " + handler + ": a failure is given exactly when the status is FAILED");
    }
  }

  static HandlerOutcome failed(String handler, Throwable t) {
    return new HandlerOutcome(
        handler, Status.FAILED, List.of(), 0, List.of(), 0, t.getClass().getName());
  }

  static HandlerOutcome unsupported(String handler) {
    return new HandlerOutcome(handler, Status.UNSUPPORTED, List.of(), 0, List.of(), 0, null);
  }

  /**
   * Returns the class name of the exception the handler threw.
   *
   * @return the class name, or empty unless FAILED
   */
  public Optional<String> failureClass() {
    return Optional.ofNullable(failure);
  }
}
