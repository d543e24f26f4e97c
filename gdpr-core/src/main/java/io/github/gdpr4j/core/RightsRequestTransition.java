package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a request's life.
 *
 * @param state the state entered
 * @param at when
 * @param actor the user or system id that made the step
 */
public record RightsRequestTransition(RightsRequestState state, Instant at, String actor) {

  /**
   * Validates the step.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the actor is not a valid id
   */
  public RightsRequestTransition {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Ids.check("rights request actor", actor, 128);
  }
}
