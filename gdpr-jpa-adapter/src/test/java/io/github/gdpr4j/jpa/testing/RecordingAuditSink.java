package io.github.gdpr4j.jpa.testing;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.core.spi.AuditSink;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit sink that keeps every event, for assertions. Thread-safe. */
public final class RecordingAuditSink implements AuditSink {
  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void record(AuditEvent event) {
    events.add(Objects.requireNonNull(event, "event"));
  }

  /**
   * Returns the events recorded so far.
   *
   * @return a snapshot, oldest first
   */
  public List<AuditEvent> events() {
    return List.copyOf(events);
  }

  /**
   * Returns the events with the given action.
   *
   * @param action such as {@code "decision"}
   * @return a snapshot, oldest first
   */
  public List<AuditEvent> events(String action) {
    return events.stream().filter(e -> e.action().equals(action)).toList();
  }

  /** Forgets the events recorded so far. */
  public void clear() {
    events.clear();
  }
}
