package io.github.gdpr4j.text;

/**
 * Thrown when a text exceeds a limit configured on {@link TextControl.Builder}: its length or the
 * number of candidate findings in it.
 *
 * <p>The message names the limit and the values, never the text.
 */
public final class TextLimitExceededException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long maximum;

  /**
   * Creates the exception.
   *
   * @param limit the name of the limit, {@code "maxLength"} or {@code "maxFindings"}
   * @param actual the value reached
   * @param maximum the configured maximum
   */
  TextLimitExceededException(String limit, long actual, long maximum) {
    super(
        "text exceeds "
            + limit
            + ": "
            + actual
            + " > "
            + maximum
            + " (raise it with TextControl.Builder."
            + limit
            + ")");
    this.limit = limit;
    this.maximum = maximum;
  }

  /**
   * Returns the name of the limit that was exceeded.
   *
   * @return {@code "maxLength"} or {@code "maxFindings"}
   */
  public String limit() {
    return limit;
  }

  /**
   * Returns the configured maximum.
   *
   * @return the maximum
   */
  public long maximum() {
    return maximum;
  }
}
