package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.AuditEvent;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes audit events through slf4j. Events carry ids and codes only, never data values. */
final class Slf4jAuditSink implements AuditSink {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.gdpr4j.audit");

  @Override
  public void record(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    boolean warn =
        event.outcome() == AuditEvent.Outcome.DENIED
            || event.outcome() == AuditEvent.Outcome.WARNED;
    if (warn ? !LOG.isWarnEnabled() : !LOG.isInfoEnabled()) {
      return;
    }
    String line = "{} {} subject={} purpose={} outcome={} reasons={} actor={} details={}";
    Object[] args = {
      event.at(),
      event.action(),
      event.subject(),
      event.purpose(),
      event.outcome(),
      event.reasons(),
      event.actor(),
      event.details()
    };
    if (warn) {
      LOG.warn(line, args);
    } else {
      LOG.info(line, args);
    }
  }
}
