package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * The refusal of a request, told to the subject with the reasons and the right to complain to a
 * supervisory authority (Art. 12(4)).
 *
 * @param ground the legal ground
 * @param reason the reason as told to the subject; redacted from {@link #toString()}
 */
public record Refusal(RefusalGround ground, String reason) {

  /**
   * Validates the refusal.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the reason is blank: a refusal must be reasoned
   */
  public Refusal {
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException(
          "a refusal must give its reasons (Art. 12(4)), ground " + ground);
    }
  }

  @Override
  public String toString() {
    return "Refusal[ground=" + ground + ", reason=<redacted>]";
  }
}
