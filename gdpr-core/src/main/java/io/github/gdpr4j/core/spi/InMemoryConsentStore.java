package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.ConsentEntry;
import io.github.gdpr4j.core.ConsentEvent;
import io.github.gdpr4j.core.ConsentHistory;
import io.github.gdpr4j.core.SubjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A consent store in memory: one list per subject, appended under that list's lock. */
final class InMemoryConsentStore implements ConsentStore {

  private final ConcurrentHashMap<SubjectId, List<ConsentEntry>> chains = new ConcurrentHashMap<>();

  @Override
  public ConsentEntry append(ConsentEvent event) {
    Objects.requireNonNull(event, "event");
    List<ConsentEntry> chain = chains.computeIfAbsent(event.subject(), s -> new ArrayList<>());
    synchronized (chain) {
      ConsentEntry entry =
          chain.isEmpty()
              ? ConsentEntry.first(event)
              : ConsentEntry.next(chain.get(chain.size() - 1), event);
      chain.add(entry);
      return entry;
    }
  }

  @Override
  public ConsentHistory history(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    List<ConsentEntry> chain = chains.get(subject);
    if (chain == null) {
      return new ConsentHistory(subject, List.of());
    }
    synchronized (chain) {
      return new ConsentHistory(subject, chain);
    }
  }

  @Override
  public Set<SubjectId> subjects() {
    return Set.copyOf(chains.keySet());
  }

  /** The live list of a subject's entries, for tests that simulate tampering with storage. */
  List<ConsentEntry> rawChain(SubjectId subject) {
    return chains.computeIfAbsent(subject, s -> new ArrayList<>());
  }
}
