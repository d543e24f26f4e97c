package io.github.gdpr4j.jpa.testing;

import java.util.Optional;

/** Finds an exception in a cause chain, however the persistence provider wrapped it. */
public final class Causes {
  private Causes() {}

  /**
   * Returns the first throwable of {@code type} in the cause chain of {@code t}, {@code t}
   * included.
   *
   * @param t the thrown exception
   * @param type what to look for
   * @param <T> the type
   * @return the match, or empty
   */
  public static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return Optional.of(type.cast(c));
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return Optional.empty();
  }
}
