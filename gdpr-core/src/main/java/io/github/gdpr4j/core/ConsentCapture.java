package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a consent event is being collected right now: the context {@link ConsentLedger} stamps on the
 * event together with the subject, purpose and the clock's instant.
 *
 * @param channel how it is collected
 * @param collectedBy the user or system id collecting it
 * @param notice the notice shown, when the event needs one
 * @param proofReference the evidence id, when the event needs one
 * @param expiresAt the expiry or refresh date of a consent being given, if any
 */
public record ConsentCapture(
    ConsentChannel channel,
    String collectedBy,
    @Nullable ConsentNotice notice,
    @Nullable String proofReference,
    @Nullable Instant expiresAt) {

  /**
   * Validates the required components; the rest is checked when the event is built.
   *
   * @throws NullPointerException if {@code channel} or {@code collectedBy} is null
   */
  public ConsentCapture {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(collectedBy, "collectedBy");
  }

  /**
   * A capture with a notice and a proof reference, without expiry: the usual case for a web form.
   *
   * @param channel how it is collected
   * @param collectedBy the collecting user or system id
   * @param notice the notice shown
   * @param proofReference the evidence id
   * @return the capture
   */
  public static ConsentCapture of(
      ConsentChannel channel, String collectedBy, ConsentNotice notice, String proofReference) {
    return new ConsentCapture(
        channel,
        collectedBy,
        Objects.requireNonNull(notice, "notice"),
        Objects.requireNonNull(proofReference, "proofReference"),
        null);
  }

  /**
   * Returns a copy with an expiry or refresh date.
   *
   * @param expiry when the consent must be refreshed
   * @return the copy
   */
  public ConsentCapture expiringAt(Instant expiry) {
    return new ConsentCapture(
        channel, collectedBy, notice, proofReference, Objects.requireNonNull(expiry, "expiry"));
  }

  /**
   * Returns the expiry date.
   *
   * @return the date, or empty
   */
  public Optional<Instant> expiry() {
    return Optional.ofNullable(expiresAt);
  }
}
