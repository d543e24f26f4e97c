package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.ConsentStatus;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.SubjectId;
import java.time.Instant;

/**
 * Answers "what was the consent of this subject for this purpose at this instant?" (Art. 7(1): the
 * controller must be able to demonstrate consent). Implemented by consent stores; read by the
 * processing guard.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface ConsentLookup {

  /**
   * Returns the consent state at {@code at}, as implied by the history up to and including that
   * instant.
   *
   * @param subject the data subject
   * @param purpose the purpose consent was asked for
   * @param at the instant to answer for
   * @return the state; {@link ConsentStatus#NONE} when there is no history
   */
  ConsentStatus consentAt(SubjectId subject, PurposeId purpose, Instant at);
}
