package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.RestrictionRecord;
import io.github.gdpr4j.core.SubjectId;
import java.util.List;

/**
 * Storage of the restriction register (Art. 18): append-only, so that placing and lifting stay
 * provable. The rules live in {@link io.github.gdpr4j.core.RestrictionRegister}.
 *
 * <p>Implementations are thread-safe and must pass {@code
 * io.github.gdpr4j.core.tck.RestrictionStoreContract} from the gdpr-core test-jar.
 */
public interface RestrictionStore {

  /**
   * Appends a record.
   *
   * @param record the record
   */
  void append(RestrictionRecord record);

  /**
   * Returns a subject's records in the order they were appended.
   *
   * @param subject the subject
   * @return the records, possibly empty
   */
  List<RestrictionRecord> history(SubjectId subject);

  /**
   * Returns a new, empty, thread-safe in-memory store.
   *
   * @return the store
   */
  static RestrictionStore inMemory() {
    return new InMemoryLog.Restrictions();
  }
}
