package io.github.gdpr4j.core;

import java.util.List;
import java.util.Objects;

/**
 * A configuration that cannot be used: thrown once with every problem found, not just the first, so
 * that a registry or an annotated model can be fixed in one pass.
 */
public final class GdprConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems found; unmodifiable. */
  @SuppressWarnings("serial") // List.copyOf returns a serializable list
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems one message per problem, each naming the purpose, class or field involved; at
   *     least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public GdprConfigurationException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<String> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a configuration exception needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    sb.append(" in the gdpr4j configuration:");
    for (String p : problems) {
      sb.append(System.lineSeparator()).append(" - ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, in the order found; unmodifiable
   */
  public List<String> problems() {
    return problems;
  }
}
