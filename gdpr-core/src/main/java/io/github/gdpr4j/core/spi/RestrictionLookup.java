package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.RestrictionGround;
import io.github.gdpr4j.core.SubjectId;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers "was processing of this subject's data restricted (Art. 18) at this instant?".
 * Implemented by restriction registers; read by the processing guard, which then allows storage
 * only (Art. 18(2)).
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface RestrictionLookup {

  /**
   * Returns the ground of the restriction in force at {@code at}.
   *
   * @param subject the data subject
   * @param at the instant to answer for
   * @return the ground, or empty when processing was not restricted
   */
  Optional<RestrictionGround> restrictionAt(SubjectId subject, Instant at);
}
