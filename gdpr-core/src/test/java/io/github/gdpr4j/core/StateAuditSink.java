package io.github.gdpr4j.core;

import io.github.gdpr4j.core.spi.AuditSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the audit events of the state registers' tests. */
final class StateAuditSink implements AuditSink {
  final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void record(AuditEvent event) {
    events.add(event);
  }

  List<String> actions() {
    return events.stream().map(AuditEvent::action).toList();
  }

  AuditEvent last() {
    return events.get(events.size() - 1);
  }
}
