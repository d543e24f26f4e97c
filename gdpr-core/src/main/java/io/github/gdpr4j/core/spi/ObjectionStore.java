package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.ObjectionRecord;
import io.github.gdpr4j.core.SubjectId;
import java.util.List;

/**
 * Storage of the objection register (Art. 21): append-only, so that every objection, override and
 * withdrawal stays provable. The rules (direct marketing is absolute, overrides need grounds) live
 * in {@link io.github.gdpr4j.core.ObjectionRegister}; a store only keeps records.
 *
 * <p>Implementations are thread-safe and must pass {@code
 * io.github.gdpr4j.core.tck.ObjectionStoreContract} from the gdpr-core test-jar.
 */
public interface ObjectionStore {

  /**
   * Appends a record.
   *
   * @param record the record
   */
  void append(ObjectionRecord record);

  /**
   * Returns a subject's records in the order they were appended.
   *
   * @param subject the subject
   * @return the records, possibly empty
   */
  List<ObjectionRecord> history(SubjectId subject);

  /**
   * Returns a new, empty, thread-safe in-memory store.
   *
   * @return the store
   */
  static ObjectionStore inMemory() {
    return new InMemoryLog.Objections();
  }
}
