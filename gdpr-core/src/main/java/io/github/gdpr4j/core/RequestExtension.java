package io.github.gdpr4j.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An extension of the time to answer a request by up to two further months, "taking into account
 * the complexity and number of the requests" (Art. 12(3)). The subject must be told within one
 * month of receipt, with the reasons for the delay.
 *
 * @param months 1 or 2
 * @param noticeSentOn the day the subject was told (in the request's zone)
 * @param reasonCode a short code for the reason, such as {@code "complexity"} or {@code
 *     "number-of-requests"}; the text sent to the subject is kept by the host application
 */
public record RequestExtension(int months, LocalDate noticeSentOn, String reasonCode) {

  /**
   * Validates the extension.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code months} is not 1 or 2, or the reason is not an id
   */
  public RequestExtension {
    Objects.requireNonNull(noticeSentOn, "noticeSentOn");
    Objects.requireNonNull(reasonCode, "reasonCode");
    if (months < 1 || months > 2) {
      throw new IllegalArgumentException(
          "an extension is by one or two further months (Art. 12(3)), got " + months);
    }
    Ids.check("extension reasonCode", reasonCode, 64);
  }
}
