package io.github.gdpr4j.text;

/**
 * How {@link TextControl#redact(CharSequence, RedactionStyle)} replaces a finding.
 *
 * <p>Immutable and thread-safe.
 */
public enum RedactionStyle {
  /**
   * Every character of the finding becomes {@code '█'} (U+2588; a surrogate pair becomes one). The
   * block counts as a letter, so that masking never joins the words around it into a phrase.
   */
  MASK,
  /** The finding becomes its kind in brackets, for example {@code [EMAIL]}. */
  PLACEHOLDER,
  /**
   * The last four letters or digits of a payment card or IBAN are kept and the others masked,
   * separators kept; other kinds are masked like {@link #MASK}.
   */
  PARTIAL
}
