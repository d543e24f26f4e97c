package io.github.gdpr4j.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A data subject's request to exercise a right (Art. 12, 15-22) and its lifecycle: received →
 * identity verified → in progress → completed, or refused (Art. 12(5), with reasons) from any open
 * state. Immutable: each transition returns a new value and refuses illegal moves with an {@link
 * IllegalStateException} naming the request id and both states.
 *
 * <p><b>Deadline.</b> The controller answers "without undue delay and in any event within one month
 * of receipt" (Art. 12(3)). Periods are counted as Regulation (EEC, Euratom) No 1182/71 counts
 * them, which the EDPB applies to Art. 12(3) (Guidelines 01/2022 on the right of access): the day
 * of receipt is not counted (Art. 3(1)) and the period ends at the end of the day with the same
 * date in the following month, or, when that month has no such date, at the end of its last day
 * (Art. 3(2)(c)). So {@link #dueDate()} is the receipt date in the request's zone plus one month
 * with {@link LocalDate#plusMonths}, which clamps exactly that way: received 31 January, due 28
 * February (29 in a leap year); received 15 March, due 15 April. An extension counts from receipt
 * too (receipt plus three months, not the clamped due date plus two), so clamping never compounds.
 * Art. 3(4) of 1182/71 (a period ending on a Saturday, Sunday or public holiday runs to the next
 * working day) is not applied: holidays are national, and the date computed here is never later
 * than the legal one.
 *
 * @param id the controller's request id; 1 to 128 characters
 * @param subject the data subject
 * @param right the right exercised
 * @param receivedAt when the request was received
 * @param zone the controller's zone, in which days and months are counted
 * @param transitions the steps so far, the first being RECEIVED at {@code receivedAt}
 * @param extension the extension of the deadline, if any
 * @param refusal the refusal, exactly when the state is REFUSED
 */
public record RightsRequest(
    String id,
    SubjectId subject,
    DataSubjectRight right,
    Instant receivedAt,
    ZoneId zone,
    List<RightsRequestTransition> transitions,
    @Nullable RequestExtension extension,
    @Nullable Refusal refusal) {

  /**
   * Validates the request.
   *
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if the transitions do not start with RECEIVED at {@code
   *     receivedAt}, go back in time, the refusal does not match the state, or the extension notice
   *     was not sent within the first month
   */
  public RightsRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(zone, "zone");
    Ids.check("rights request id", id, 128);
    transitions = List.copyOf(transitions);
    if (transitions.isEmpty()
        || transitions.get(0).state() != RightsRequestState.RECEIVED
        || !transitions.get(0).at().equals(receivedAt)) {
      throw new IllegalArgumentException(
          "rights request " + id + " must start with RECEIVED at its receipt instant");
    }
    for (int i = 1; i < transitions.size(); i++) {
      if (transitions.get(i).at().isBefore(transitions.get(i - 1).at())) {
        throw new IllegalArgumentException(
            "rights request " + id + ": transition " + i + " is earlier than the one before");
      }
    }
    RightsRequestState state = transitions.get(transitions.size() - 1).state();
    if ((state == RightsRequestState.REFUSED) != (refusal != null)) {
      throw new IllegalArgumentException(
          "rights request " + id + ": a refusal is given exactly when the state is REFUSED");
    }
    if (extension != null) {
      LocalDate received = receivedAt.atZone(zone).toLocalDate();
      LocalDate latest = received.plusMonths(1);
      if (extension.noticeSentOn().isBefore(received) || extension.noticeSentOn().isAfter(latest)) {
        throw new IllegalArgumentException(
            "rights request "
                + id
                + ": the subject must be told of an extension within one month of receipt"
                + " (Art. 12(3)), by "
                + latest
                + ", not on "
                + extension.noticeSentOn());
      }
    }
  }

  /**
   * Creates a request received at {@code at}.
   *
   * @param id the controller's request id
   * @param subject the data subject
   * @param right the right exercised
   * @param at when it was received
   * @param zone the controller's zone
   * @param actor who registered it
   * @return the request in state RECEIVED
   */
  public static RightsRequest received(
      String id, SubjectId subject, DataSubjectRight right, Instant at, ZoneId zone, String actor) {
    return new RightsRequest(
        id,
        subject,
        right,
        at,
        zone,
        List.of(new RightsRequestTransition(RightsRequestState.RECEIVED, at, actor)),
        null,
        null);
  }

  /**
   * Returns the current state.
   *
   * @return the state of the last transition
   */
  public RightsRequestState state() {
    return transitions.get(transitions.size() - 1).state();
  }

  /**
   * Returns the day the request was received, in the request's zone.
   *
   * @return the date
   */
  public LocalDate receivedOn() {
    return receivedAt.atZone(zone).toLocalDate();
  }

  /**
   * Returns the last day to answer without extension: receipt plus one month (Art. 12(3)).
   *
   * @return the date; the answer is due by the end of that day
   */
  public LocalDate originalDueDate() {
    return receivedOn().plusMonths(1);
  }

  /**
   * Returns the last day to answer, with the extension if any.
   *
   * @return the date; the answer is due by the end of that day
   */
  public LocalDate dueDate() {
    return receivedOn().plusMonths(1L + (extension == null ? 0 : extension.months()));
  }

  /**
   * Tells whether the request is open and past its due date at {@code now}.
   *
   * @param now the instant
   * @return true when the answer is late
   */
  public boolean isOverdueAt(Instant now) {
    return state().isOpen() && now.atZone(zone).toLocalDate().isAfter(dueDate());
  }

  /**
   * Returns the extension.
   *
   * @return the extension, or empty
   */
  public Optional<RequestExtension> extended() {
    return Optional.ofNullable(extension);
  }

  /**
   * Returns the refusal.
   *
   * @return the refusal, or empty
   */
  public Optional<Refusal> refused() {
    return Optional.ofNullable(refusal);
  }

  /**
   * Records that the requester's identity was verified (Art. 12(6)).
   *
   * @param at when
   * @param actor who verified it
   * @return the request in state IDENTITY_VERIFIED
   * @throws IllegalStateException unless the request is RECEIVED
   */
  public RightsRequest verifyIdentity(Instant at, String actor) {
    return move(RightsRequestState.IDENTITY_VERIFIED, at, actor, RightsRequestState.RECEIVED);
  }

  /**
   * Records that work on the request started.
   *
   * @param at when
   * @param actor who started it
   * @return the request in state IN_PROGRESS
   * @throws IllegalStateException unless the identity was verified
   */
  public RightsRequest start(Instant at, String actor) {
    return move(RightsRequestState.IN_PROGRESS, at, actor, RightsRequestState.IDENTITY_VERIFIED);
  }

  /**
   * Records that the request was carried out and answered.
   *
   * @param at when
   * @param actor who completed it
   * @return the request in state COMPLETED
   * @throws IllegalStateException unless the request is IN_PROGRESS
   */
  public RightsRequest complete(Instant at, String actor) {
    return move(RightsRequestState.COMPLETED, at, actor, RightsRequestState.IN_PROGRESS);
  }

  /**
   * Records the refusal of the request with its ground and reasons (Art. 12(4), 12(5)).
   *
   * @param refusal the ground and reasons
   * @param at when
   * @param actor who refused it
   * @return the request in state REFUSED
   * @throws IllegalStateException if the request is already closed
   */
  public RightsRequest refuse(Refusal refusal, Instant at, String actor) {
    Objects.requireNonNull(refusal, "refusal");
    return move(
        RightsRequestState.REFUSED,
        at,
        actor,
        refusal,
        RightsRequestState.RECEIVED,
        RightsRequestState.IDENTITY_VERIFIED,
        RightsRequestState.IN_PROGRESS);
  }

  /**
   * Extends the deadline by up to two further months (Art. 12(3)). Allowed once, while the request
   * is open.
   *
   * @param extension the months, the day the subject was told and the reason code
   * @return the request with its new due date
   * @throws IllegalStateException if the request is closed or already extended
   * @throws IllegalArgumentException if the notice was not sent within the first month
   */
  public RightsRequest extend(RequestExtension extension) {
    Objects.requireNonNull(extension, "extension");
    if (!state().isOpen() || this.extension != null) {
      throw new IllegalStateException(
          "rights request "
              + id
              + " cannot be extended in state "
              + state()
              + (this.extension != null ? " (already extended)" : ""));
    }
    return new RightsRequest(id, subject, right, receivedAt, zone, transitions, extension, refusal);
  }

  private RightsRequest move(
      RightsRequestState to, Instant at, String actor, RightsRequestState from) {
    return move(to, at, actor, null, from);
  }

  private RightsRequest move(
      RightsRequestState to,
      Instant at,
      String actor,
      @Nullable Refusal refusal,
      RightsRequestState... from) {
    Objects.requireNonNull(at, "at");
    RightsRequestState current = state();
    for (RightsRequestState allowed : from) {
      if (allowed == current) {
        List<RightsRequestTransition> next = new ArrayList<>(transitions);
        next.add(new RightsRequestTransition(to, at, actor));
        return new RightsRequest(id, subject, right, receivedAt, zone, next, extension, refusal);
      }
    }
    throw new IllegalStateException(
        "rights request " + id + " cannot move from " + current + " to " + to);
  }
}
