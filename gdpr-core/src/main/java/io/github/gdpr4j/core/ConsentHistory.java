package io.github.gdpr4j.core;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The consent chain of one subject, as read from a store: every event for every purpose, in the
 * order they were appended. Immutable and thread-safe.
 *
 * <p>The state of consent for a purpose at an instant is implied by the latest event for that
 * purpose whose {@link ConsentEvent#at()} is at or before the instant (ties broken by append
 * order), so that "was consent for P valid for S on 2025-03-01?" is answered from history, and a
 * back-dated event (a paper form entered late) counts from when the subject acted.
 *
 * @param subject the subject
 * @param entries the chain entries in stored order
 */
public record ConsentHistory(SubjectId subject, List<ConsentEntry> entries) {

  /**
   * Copies the entries.
   *
   * @throws NullPointerException if a component or entry is null
   */
  public ConsentHistory {
    Objects.requireNonNull(subject, "subject");
    entries = List.copyOf(entries);
  }

  /**
   * Returns the event that determines the state of {@code purpose} at {@code at}.
   *
   * @param purpose the purpose
   * @param at the instant
   * @return the latest event for the purpose at or before {@code at}, or empty
   */
  public Optional<ConsentEvent> lastEventAt(PurposeId purpose, Instant at) {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(at, "at");
    ConsentEvent last = null;
    for (ConsentEntry entry : entries) {
      ConsentEvent e = entry.event();
      if (e.purpose().equals(purpose)
          && !e.at().isAfter(at)
          && (last == null || !e.at().isBefore(last.at()))) {
        last = e;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * Returns the state of consent for {@code purpose} at {@code at}.
   *
   * @param purpose the purpose
   * @param at the instant
   * @return the state; {@link ConsentStatus#NONE} when no event precedes {@code at}
   */
  public ConsentStatus statusAt(PurposeId purpose, Instant at) {
    return lastEventAt(purpose, at).map(e -> e.statusAt(at)).orElse(ConsentStatus.NONE);
  }

  /**
   * Returns the purposes that appear in the history, in order of first appearance.
   *
   * @return the purposes
   */
  public Set<PurposeId> purposes() {
    Set<PurposeId> purposes = new LinkedHashSet<>();
    for (ConsentEntry entry : entries) {
      purposes.add(entry.event().purpose());
    }
    return Collections.unmodifiableSet(purposes);
  }

  /**
   * Returns the head of the chain, to anchor it outside the store.
   *
   * @return the last entry's sequence and hash, or empty for an empty history
   */
  public Optional<ChainHead> head() {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    ConsentEntry last = entries.get(entries.size() - 1);
    return Optional.of(new ChainHead(subject, last.sequence(), last.hash()));
  }

  /**
   * Verifies the chain on its own: detects changed, missing (except at the end), inserted and
   * reordered entries.
   *
   * @return the result
   */
  public ChainVerification verify() {
    return verify(null);
  }

  /**
   * Verifies the chain, and that it still reaches {@code anchor}: this also detects entries removed
   * from the end and a chain rewritten from the start.
   *
   * @param anchor a head recorded earlier, or null
   * @return the result, with at most one break: the first found
   * @throws IllegalArgumentException if the anchor is for another subject
   */
  public ChainVerification verify(@Nullable ChainHead anchor) {
    if (anchor != null && !anchor.subject().equals(subject)) {
      throw new IllegalArgumentException(
          "anchor of subject " + anchor.subject() + " given for subject " + subject);
    }
    ChainBreak found = findBreak(anchor);
    return new ChainVerification(1, entries.size(), found == null ? List.of() : List.of(found));
  }

  private @Nullable ChainBreak findBreak(@Nullable ChainHead anchor) {
    int n = entries.size();
    Set<Long> seen = new HashSet<>();
    for (ConsentEntry e : entries) {
      if (!e.event().subject().equals(subject) || !seen.add(e.sequence())) {
        return brk(e.sequence(), ChainBreak.Kind.INSERTED);
      }
    }
    for (int i = 1; i < n; i++) {
      if (entries.get(i).sequence() < entries.get(i - 1).sequence()) {
        return brk(entries.get(i - 1).sequence(), ChainBreak.Kind.REORDERED);
      }
    }
    for (int i = 0; i < n; i++) {
      if (entries.get(i).sequence() != i) {
        return brk(i, ChainBreak.Kind.MISSING);
      }
    }
    for (int i = 0; i < n; i++) {
      ConsentEntry e = entries.get(i);
      if (!e.hashMatches()) {
        return brk(i, ChainBreak.Kind.CHANGED);
      }
      String expectedPrevious = i == 0 ? ConsentEntry.GENESIS : entries.get(i - 1).hash();
      if (!e.previousHash().equals(expectedPrevious)) {
        return brk(Math.max(0, i - 1), ChainBreak.Kind.CHANGED);
      }
    }
    if (anchor != null) {
      if (anchor.sequence() >= n) {
        return brk(n, ChainBreak.Kind.MISSING);
      }
      if (!entries.get((int) anchor.sequence()).hash().equals(anchor.hash())) {
        return brk(anchor.sequence(), ChainBreak.Kind.CHANGED);
      }
    }
    return null;
  }

  private ChainBreak brk(long sequence, ChainBreak.Kind kind) {
    return new ChainBreak(subject, sequence, kind);
  }
}
