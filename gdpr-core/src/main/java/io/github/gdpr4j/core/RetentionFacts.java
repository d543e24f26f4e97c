package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one record for retention purposes: the instants of the events a retention
 * period can run from, and the legal holds placed on it. Immutable; build it with {@link #empty()}
 * and the {@code with...} methods.
 *
 * <p>An absent event means "has not happened (yet)": an ongoing relationship has no {@link
 * RetentionEvent#END_OF_RELATIONSHIP}, consent that was never withdrawn has no {@link
 * RetentionEvent#CONSENT_WITHDRAWAL}. How {@link RetentionRule#evaluate} reads an absent event is
 * documented there.
 *
 * <pre>{@code
 * RetentionFacts facts = RetentionFacts.empty()
 *     .with(RetentionEvent.COLLECTION, collectedAt)
 *     .with(RetentionEvent.LAST_CONTACT_BY_SUBJECT, lastReply);
 * }</pre>
 *
 * @param events the instant of each known standard event; never holds {@link RetentionEvent#CUSTOM}
 * @param customEvents the instant of each known host-defined event, by name
 * @param legalHolds the legal holds placed on the record, lifted or not (Art. 17(3)(e))
 */
public record RetentionFacts(
    Map<RetentionEvent, Instant> events,
    Map<String, Instant> customEvents,
    List<LegalHold> legalHolds) {

  private static final RetentionFacts EMPTY = new RetentionFacts(Map.of(), Map.of(), List.of());

  /**
   * Validates and copies the facts.
   *
   * @throws NullPointerException if a component, key or value is null
   * @throws IllegalArgumentException if {@code events} holds {@code CUSTOM} or a custom event name
   *     is blank
   */
  public RetentionFacts {
    events = Map.copyOf(events);
    customEvents = Map.copyOf(customEvents);
    legalHolds = List.copyOf(legalHolds);
    if (events.containsKey(RetentionEvent.CUSTOM)) {
      throw new IllegalArgumentException(
          "RetentionFacts.events must not hold CUSTOM; name custom events in customEvents");
    }
    for (String name : customEvents.keySet()) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("custom retention event name must not be blank");
      }
    }
  }

  /**
   * Returns facts that know no event and no hold.
   *
   * @return the empty facts
   */
  public static RetentionFacts empty() {
    return EMPTY;
  }

  /**
   * Returns a copy that knows {@code event} happened at {@code at}, replacing an earlier value.
   *
   * @param event a standard event (not CUSTOM: use {@link #withCustom})
   * @param at when it happened
   * @return the new facts
   * @throws IllegalArgumentException if {@code event} is CUSTOM
   */
  public RetentionFacts with(RetentionEvent event, Instant at) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(at, "at");
    Map<RetentionEvent, Instant> copy = new EnumMap<>(RetentionEvent.class);
    copy.putAll(events);
    copy.put(event, at);
    return new RetentionFacts(copy, customEvents, legalHolds);
  }

  /**
   * Returns a copy that knows the host-defined event {@code name} happened at {@code at}.
   *
   * @param name the event's name, as in {@link RetentionRule#customEvent()}
   * @param at when it happened
   * @return the new facts
   */
  public RetentionFacts withCustom(String name, Instant at) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
    Map<String, Instant> copy = new LinkedHashMap<>(customEvents);
    copy.put(name, at);
    return new RetentionFacts(events, copy, legalHolds);
  }

  /**
   * Returns a copy with one more legal hold.
   *
   * @param hold the hold
   * @return the new facts
   */
  public RetentionFacts withLegalHold(LegalHold hold) {
    Objects.requireNonNull(hold, "hold");
    List<LegalHold> copy = new ArrayList<>(legalHolds);
    copy.add(hold);
    return new RetentionFacts(events, customEvents, copy);
  }

  /**
   * Returns when {@code event} happened.
   *
   * @param event a standard event
   * @return the instant, or empty when unknown or not happened
   */
  public Optional<Instant> instantOf(RetentionEvent event) {
    return Optional.ofNullable(events.get(Objects.requireNonNull(event, "event")));
  }

  /**
   * Returns when the host-defined event {@code name} happened.
   *
   * @param name the event's name
   * @return the instant, or empty when unknown or not happened
   */
  public Optional<Instant> instantOfCustom(String name) {
    return Optional.ofNullable(customEvents.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns the legal holds in force at {@code at}.
   *
   * @param at the instant
   * @return the active holds, possibly empty
   */
  public List<LegalHold> activeHoldsAt(Instant at) {
    Objects.requireNonNull(at, "at");
    List<LegalHold> active = new ArrayList<>();
    for (LegalHold h : legalHolds) {
      if (h.isActiveAt(at)) {
        active.add(h);
      }
    }
    return List.copyOf(active);
  }
}
