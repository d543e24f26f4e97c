package io.github.gdpr4j.core;

import io.github.gdpr4j.core.tck.ConsentEvents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds valid consent chains and applies single mutations to them, for property and fuzz tests.
 */
final class ChainMutations {

  static final SubjectId SUBJECT = SubjectId.of("contact-42");
  static final List<PurposeId> PURPOSES =
      List.of(PurposeId.of("newsletter"), PurposeId.of("profiling"), PurposeId.of("partners"));
  static final java.time.Instant T0 = java.time.Instant.parse("2025-01-01T00:00:00Z");

  /** How many kinds of mutation {@link #mutate} knows. */
  static final int KINDS = 12;

  private ChainMutations() {}

  /** A valid chain from codes: each code picks a type, a purpose and a time offset. */
  static List<ConsentEntry> chain(List<Integer> codes) {
    List<ConsentEntry> entries = new ArrayList<>();
    for (int code : codes) {
      ConsentEvent e = event(code);
      entries.add(
          entries.isEmpty()
              ? ConsentEntry.first(e)
              : ConsentEntry.next(entries.get(entries.size() - 1), e));
    }
    return entries;
  }

  static ConsentEvent event(int code) {
    int c = code & Integer.MAX_VALUE;
    ConsentEventType type = ConsentEventType.values()[c % ConsentEventType.values().length];
    PurposeId purpose = PURPOSES.get((c / 7) % PURPOSES.size());
    java.time.Instant at = T0.plusSeconds((c / 31) % 100_000);
    java.time.Instant expiry = (c & 1024) != 0 ? at.plusSeconds(5_000) : null;
    return ConsentEvents.of(SUBJECT, purpose, type, at, expiry);
  }

  /**
   * Applies one mutation to a copy of {@code valid}.
   *
   * @return the mutated chain, or null when the chosen mutation would change nothing or is not
   *     applicable (so there is nothing to detect)
   */
  static @Nullable List<ConsentEntry> mutate(
      List<ConsentEntry> valid, int kind, int index, int other, long delta) {
    int n = valid.size();
    if (n == 0) {
      return null;
    }
    List<ConsentEntry> m = new ArrayList<>(valid);
    int i = Math.floorMod(index, n);
    int j = Math.floorMod(other, n);
    ConsentEntry e = m.get(i);
    ConsentEvent ev = e.event();
    long d = delta == 0 ? 1 : delta % 1_000_000_000L;
    if (d == 0) {
      d = 1;
    }
    try {
      switch (Math.floorMod(kind, KINDS)) {
        case 0 ->
            m.set(
                i, withEvent(e, copy(ev, ev.purpose(), ev.at().plusSeconds(d), ev.collectedBy())));
        case 1 -> {
          PurposeId p = PURPOSES.get((PURPOSES.indexOf(ev.purpose()) + 1) % PURPOSES.size());
          m.set(i, withEvent(e, copy(ev, p, ev.at(), ev.collectedBy())));
        }
        case 2 -> {
          ConsentEvent changed = copy(ev, ev.purpose(), ev.at().plusSeconds(d), ev.collectedBy());
          m.set(
              i,
              new ConsentEntry(
                  changed,
                  e.sequence(),
                  e.previousHash(),
                  ConsentEntry.computeHash(changed, e.sequence(), e.previousHash())));
        }
        case 3 -> m.remove(i);
        case 4 -> {
          ConsentEvent forged = event((int) d);
          m.add(i, i == 0 ? ConsentEntry.first(forged) : ConsentEntry.next(m.get(i - 1), forged));
        }
        case 5 -> {
          if (i == j) {
            return null;
          }
          Collections.swap(m, i, j);
        }
        case 6 -> {
          long seq = e.sequence() + (d > 0 ? 1 + (d % 5) : -1 - (Math.abs(d) % 5));
          if (seq < 0) {
            seq = e.sequence() + 1;
          }
          m.set(i, new ConsentEntry(ev, seq, e.previousHash(), e.hash()));
        }
        case 7 ->
            m.set(i, new ConsentEntry(ev, e.sequence(), e.previousHash(), otherHash(e.hash())));
        case 8 ->
            m.set(i, new ConsentEntry(ev, e.sequence(), otherHash(e.previousHash()), e.hash()));
        case 9 -> m.set(i, withEvent(e, copy(ev, ev.purpose(), ev.at(), ev.collectedBy() + "x")));
        case 10 -> m.add(i, e);
        default -> {
          if (i == n - 1) {
            return null;
          }
          m.add(m.remove(i));
        }
      }
    } catch (IllegalArgumentException notAValidEvent) {
      return null; // e.g. a moved instant past the event's own expiry
    }
    return m;
  }

  private static ConsentEntry withEvent(ConsentEntry e, ConsentEvent ev) {
    return new ConsentEntry(ev, e.sequence(), e.previousHash(), e.hash());
  }

  private static ConsentEvent copy(ConsentEvent e, PurposeId p, java.time.Instant at, String by) {
    return new ConsentEvent(
        e.subject(),
        p,
        e.type(),
        at,
        e.channel(),
        by,
        e.notice(),
        e.proofReference(),
        e.expiresAt());
  }

  private static String otherHash(String h) {
    char c = h.charAt(0) == '0' ? '1' : '0';
    return c + h.substring(1);
  }
}
