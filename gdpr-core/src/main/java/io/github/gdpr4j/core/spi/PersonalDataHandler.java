package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.ErasureResult;
import io.github.gdpr4j.core.ExportedRecord;
import io.github.gdpr4j.core.SubjectId;
import java.util.List;
import java.util.Map;

/**
 * A store of personal data that takes part in rights requests: every store of the host application
 * (contacts, orders, tickets, the mailing tool's mirror) implements it, and {@link
 * io.github.gdpr4j.core.RightsRequestProcessor} runs each request across all of them.
 *
 * <p>Two operations are required — export (Art. 15, 20) and erase (Art. 17) — because every store
 * holding personal data must be able to do both. Rectification (Art. 16) and restriction (Art. 18)
 * have defaults: a store that holds no editable data may leave rectification unsupported, and
 * restriction is enforced by the processing guard through the restriction register, so a store only
 * overrides {@link #restrict} to mark or move its records.
 *
 * <p>Implementations are thread-safe. They may throw: the processor catches the exception, records
 * its class name (never its message, which may hold personal data) and carries on with the other
 * handlers.
 */
public interface PersonalDataHandler {

  /**
   * Returns the name of this handler in reports and audit events, such as {@code "crm-contacts"}.
   *
   * @return a stable, non-blank name; no personal data
   */
  String name();

  /**
   * Exports everything this store holds about the subject (Art. 15, Art. 20).
   *
   * @param subject the subject
   * @return the records, possibly empty
   */
  List<ExportedRecord> export(SubjectId subject);

  /**
   * Erases or anonymises the subject's data, keeping only what an Art. 17(3) exception requires.
   *
   * @param subject the subject
   * @return what was erased and what was kept
   */
  ErasureResult erase(SubjectId subject);

  /**
   * Rectifies the subject's data (Art. 16).
   *
   * @param subject the subject
   * @param corrections the corrected values by field name
   * @return how many fields were changed
   * @throws UnsupportedOperationException by default: this store has no rectifiable data
   */
  default int rectify(SubjectId subject, Map<String, String> corrections) {
    throw new UnsupportedOperationException(name() + " does not rectify data");
  }

  /**
   * Marks or moves the subject's records so that they are only stored (Art. 18(2)).
   *
   * @param subject the subject
   * @return true if this store changed anything; false by default, the guard enforcing the
   *     restriction on its own
   */
  default boolean restrict(SubjectId subject) {
    return false;
  }
}
