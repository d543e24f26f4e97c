package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.ObjectionStatus;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.SubjectId;
import java.time.Instant;

/**
 * Answers "had this subject objected (Art. 21) to this purpose at this instant?". Implemented by
 * objection registers; read by the processing guard.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface ObjectionLookup {

  /**
   * Returns the objection state at {@code at}.
   *
   * @param subject the data subject
   * @param purpose the purpose
   * @param directMarketing whether the purpose is direct marketing: an objection to "all direct
   *     marketing" then applies, and it can never be overridden (Art. 21(3))
   * @param at the instant to answer for
   * @return the state; {@link ObjectionStatus#NONE} when no objection applies
   */
  ObjectionStatus objectionAt(
      SubjectId subject, PurposeId purpose, boolean directMarketing, Instant at);
}
