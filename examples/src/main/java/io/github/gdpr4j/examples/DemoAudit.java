package io.github.gdpr4j.examples;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.core.spi.AuditSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's audit sink: one compact line per event in a file (ids, codes and articles, never data
 * values), and the events kept for the tour to count.
 */
final class DemoAudit implements AuditSink, AutoCloseable {
  private final Writer out;
  private final List<AuditEvent> events = new ArrayList<>();

  DemoAudit(Path file) throws IOException {
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void record(AuditEvent e) {
    events.add(e);
    try {
      out.write(
          e.at()
              + " "
              + e.outcome()
              + " "
              + e.action()
              + (e.subject() == null ? "" : " subject=" + e.subject().value())
              + (e.purpose() == null ? "" : " purpose=" + e.purpose().value())
              + (e.reasons().isEmpty() ? "" : " reasons=" + e.reasons())
              + (e.details().isEmpty() ? "" : " " + e.details())
              + " by "
              + e.actor()
              + "\n");
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  synchronized int size() {
    return events.size();
  }

  synchronized List<AuditEvent> since(int from) {
    return List.copyOf(events.subList(from, events.size()));
  }

  synchronized void flush() throws IOException {
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
