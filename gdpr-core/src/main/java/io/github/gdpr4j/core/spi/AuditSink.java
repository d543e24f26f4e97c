package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.AuditEvent;
import java.util.List;
import java.util.Objects;

/**
 * Receives audit events. Implementations must be thread-safe and must not throw for a valid event;
 * a sink that cannot write should fail loudly through its own channel, since losing the audit trail
 * is itself a compliance problem.
 */
@FunctionalInterface
public interface AuditSink {

  /**
   * Records one event.
   *
   * @param event the event, never null
   */
  void record(AuditEvent event);

  /**
   * The default sink: one line per event through slf4j, logger {@code io.github.gdpr4j.audit}, at
   * INFO (DENIED and WARNED at WARN).
   *
   * @return the sink
   */
  static AuditSink slf4j() {
    return new Slf4jAuditSink();
  }

  /**
   * A sink that forwards every event to each of {@code sinks}, in order.
   *
   * @param sinks the sinks
   * @return the composite sink
   */
  static AuditSink allOf(List<AuditSink> sinks) {
    List<AuditSink> copy = List.copyOf(sinks);
    return event -> {
      Objects.requireNonNull(event, "event");
      for (AuditSink sink : copy) {
        sink.record(event);
      }
    };
  }
}
