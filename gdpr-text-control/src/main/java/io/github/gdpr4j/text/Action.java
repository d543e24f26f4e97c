package io.github.gdpr4j.text;

/**
 * What a {@link Policy} does with a finding, from the strictest to the most lenient.
 *
 * <p>Immutable and thread-safe.
 */
public enum Action {
  /** Refuse the text: the user must rewrite it (special categories, criminal data, insults). */
  BLOCK,
  /** Replace the finding by a placeholder before storing the text. */
  REDACT,
  /** Accept the text but show the finding to the user. */
  WARN,
  /** Ignore the finding. */
  ALLOW;

  /**
   * Returns the stricter of this action and another one.
   *
   * @param other the other action; not null
   * @return {@code BLOCK} before {@code REDACT} before {@code WARN} before {@code ALLOW}
   * @throws NullPointerException if {@code other} is null
   */
  public Action stricter(Action other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
