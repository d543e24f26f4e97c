package io.github.gdpr4j.text;

import java.util.Objects;

/**
 * One thing found in a text: its kind, its exact span and how sure the detector is.
 *
 * <p>The span is exact: for an identifier given with a label ("IBAN : FR76 ..."), it covers the
 * identifier only, so that a user interface can underline it. Immutable and thread-safe. {@link
 * #toString()} never prints {@link #text()}, which is personal data.
 *
 * @param kind the kind of the finding
 * @param start start of the span in the scanned text, inclusive (a UTF-16 index)
 * @param end end of the span, exclusive; {@code start < end}
 * @param text the matched text, {@code end - start} characters long
 * @param confidence how sure the detector is, in [0, 1]
 * @param rule the rule that fired, for example {@code "iban.mod97"}; no personal data
 * @param explanationKey the message-bundle key explaining the finding
 */
public record Finding(
    Kind kind,
    int start,
    int end,
    String text,
    double confidence,
    String rule,
    String explanationKey) {

  /**
   * Validates the finding.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the span is empty or negative, the text length does not
   *     match the span, or the confidence is outside [0, 1]
   */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(explanationKey, "explanationKey");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("Finding span [" + start + ", " + end + ") is invalid");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException("Finding text length does not match its span");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("Finding confidence must be in [0, 1]: " + confidence);
    }
  }

  /**
   * Returns the group, and so the GDPR article, of this finding's kind.
   *
   * @return the group; never null
   */
  public KindGroup group() {
    return kind.group();
  }

  /**
   * Returns the length of the span.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Describes the finding without its text, which is personal data.
   *
   * @return for example {@code Finding[kind=EMAIL, start=3, end=20, confidence=0.95,
   *     rule=email.rfc5322]}
   */
  @Override
  public String toString() {
    return "Finding[kind="
        + kind
        + ", start="
        + start
        + ", end="
        + end
        + ", confidence="
        + confidence
        + ", rule="
        + rule
        + "]";
  }
}
