package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.ObjectionRecord;
import io.github.gdpr4j.core.RestrictionRecord;
import io.github.gdpr4j.core.SubjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** An append-only log per subject, in memory; the base of the in-memory registers' stores. */
class InMemoryLog<R> {

  private final ConcurrentHashMap<SubjectId, List<R>> logs = new ConcurrentHashMap<>();
  private final Function<R, SubjectId> subjectOf;

  InMemoryLog(Function<R, SubjectId> subjectOf) {
    this.subjectOf = subjectOf;
  }

  final void add(R record) {
    Objects.requireNonNull(record, "record");
    List<R> log = logs.computeIfAbsent(subjectOf.apply(record), s -> new ArrayList<>());
    synchronized (log) {
      log.add(record);
    }
  }

  final List<R> get(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    List<R> log = logs.get(subject);
    if (log == null) {
      return List.of();
    }
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  static final class Objections extends InMemoryLog<ObjectionRecord> implements ObjectionStore {
    Objections() {
      super(ObjectionRecord::subject);
    }

    @Override
    public void append(ObjectionRecord record) {
      add(record);
    }

    @Override
    public List<ObjectionRecord> history(SubjectId subject) {
      return get(subject);
    }
  }

  static final class Restrictions extends InMemoryLog<RestrictionRecord>
      implements RestrictionStore {
    Restrictions() {
      super(RestrictionRecord::subject);
    }

    @Override
    public void append(RestrictionRecord record) {
      add(record);
    }

    @Override
    public List<RestrictionRecord> history(SubjectId subject) {
      return get(subject);
    }
  }
}
