package io.github.gdpr4j.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of scanning one text: its findings, sorted by position.
 *
 * <p>Immutable and thread-safe; {@link #toString()} prints no matched text.
 *
 * @param textLength the length of the scanned text
 * @param findings the findings, sorted by start then end; never null, never overlapping within one
 *     kind
 */
public record Report(int textLength, List<Finding> findings) {

  /**
   * Validates and copies the findings.
   *
   * @throws NullPointerException if {@code findings} or one of its elements is null
   * @throws IllegalArgumentException if {@code textLength} is negative or a finding ends past it
   */
  public Report {
    findings = List.copyOf(findings);
    if (textLength < 0) {
      throw new IllegalArgumentException("textLength must not be negative");
    }
    for (Finding f : findings) {
      if (f.end() > textLength) {
        throw new IllegalArgumentException("finding " + f + " ends past the text");
      }
    }
  }

  /**
   * Tells whether nothing was found.
   *
   * @return {@code true} when there is no finding
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Tells whether at least one finding has the given kind.
   *
   * @param kind the kind; not null
   * @return {@code true} if a finding has that kind
   */
  public boolean contains(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    for (Finding f : findings) {
      if (f.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the findings of one group, in position order.
   *
   * @param group the group; not null
   * @return an immutable list, possibly empty
   */
  public List<Finding> findings(KindGroup group) {
    Objects.requireNonNull(group, "group");
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.group() == group) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Counts the findings of each kind.
   *
   * @return an immutable map from kind to a positive count, in {@link Kind} order
   */
  public Map<Kind, Integer> countsByKind() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Finding f : findings) {
      counts.merge(f.kind(), 1, Integer::sum);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }
}
