package io.github.gdpr4j.text;

/**
 * A context condition attached to a {@link TermSpec}: decides, from the text around a candidate
 * term finding, whether the finding is kept.
 *
 * <p>Conditions are called only for candidate term findings (a handful per text), after the single
 * scanning pass, so they may look at a bounded window of words around the match; they must not look
 * at the whole text (the scan must stay linear in its length). Implementations must be immutable,
 * thread-safe and free of side effects; they must not retain the text.
 *
 * <p>Typical uses: "keep only if a political cue word is among the three words before" ({@code
 * near=}), "drop if the previous word is a title" ("M. Radin" is a surname, not an insult).
 */
@FunctionalInterface
public interface TermCondition {

  /**
   * Tells whether the candidate finding {@code [start, end)} of {@code text} is kept.
   *
   * @param text the whole scanned text; never null
   * @param start start of the candidate finding, inclusive, {@code 0 <= start < end}
   * @param end end of the candidate finding, exclusive, {@code end <= text.length()}
   * @return {@code true} to keep the finding, {@code false} to drop it
   */
  boolean keep(CharSequence text, int start, int end);
}
