package io.github.gdpr4j.text;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dictionary entry compiled into the detector's automaton: a word or multi-word phrase that
 * yields a finding of {@link #kind()} wherever it occurs as whole words, or, when {@code kind} is
 * null, a negative phrase that suppresses every finding it overlaps.
 *
 * <h2>Matching rules</h2>
 *
 * <ul>
 *   <li><b>Folding.</b> Both the pattern and the text are folded before matching: lower case
 *       (locale-independent), accents and other combining marks removed (é→e, ñ→n, ç→c), and the
 *       ligatures and sharp s expanded: œ→oe, æ→ae, ß→ss. So {@code "opéré du cœur"} matches "OPERE
 *       DU COEUR", "opéré du cœur" and "opere du coeur". Write patterns with their accents, as
 *       people read them.
 *   <li><b>Word characters</b> are letters and digits (after folding). Every other character is a
 *       <em>separator</em>: spaces, punctuation, apostrophes (' and ’), hyphens, slashes, quotes. A
 *       pattern may only contain the letters a–z and digits after folding (plus separators); other
 *       scripts are rejected.
 *   <li><b>Separators.</b> Any run of separators in the pattern (one space, an apostrophe, a
 *       hyphen...) matches any non-empty run of separators in the text. So {@code "d'origine"},
 *       {@code "d origine"} and {@code "d-origine"} are the same pattern and match "d’origine",
 *       "d'origine" and "d - origine"; {@code "burn-out"} matches "burn out" but not "burnout" (add
 *       a second entry for that spelling). Leading and trailing separators in the pattern are
 *       ignored.
 *   <li><b>Whole words.</b> A match starts at a word start (the preceding character, if any, is a
 *       separator) and ends at a word end (the following character, if any, is a separator): {@code
 *       "con"} never matches inside "contrat" or "macon".
 *   <li><b>Stems.</b> When {@link #prefix()} is true, the last word of the pattern may go on with
 *       more letters (not digits): {@code "alcoolis"} with {@code prefix} matches "alcoolisme" and
 *       "alcoolisée", and the finding then covers the whole word.
 * </ul>
 *
 * <h2>Resolution</h2>
 *
 * Term findings go through the same resolution as identifier findings: a negative entry suppresses
 * every positive finding its match overlaps (any kind); within one kind, of two overlapping
 * findings the longer wins (then the more confident); a term finding overlapping an identifier
 * finding is dropped (the identifier is the stronger evidence). Entries whose {@link #language()}
 * is not among the detector's languages, or not the language given to {@code scan(text, language)},
 * are ignored; a null language means every language.
 *
 * @param pattern the words to match, as written by a person (see the rules above); must contain at
 *     least one word character and at most 200 characters after folding
 * @param kind the kind of the findings, or null for a negative (allow) phrase
 * @param language the language the entry belongs to, or null for every language
 * @param rule a short identifier of the entry reported in {@link Finding#rule()}, for example
 *     {@code "fr/HEALTH.txt:12"}; not blank, no personal data
 * @param confidence the confidence reported with the finding, in [0, 1]
 * @param prefix whether the last word of the pattern is a stem that may continue with letters
 * @param condition a context condition a candidate finding must satisfy, or null for none; ignored
 *     for negative entries
 */
public record TermSpec(
    String pattern,
    @Nullable Kind kind,
    @Nullable Language language,
    String rule,
    double confidence,
    boolean prefix,
    @Nullable TermCondition condition) {

  /** The longest folded pattern accepted, in characters. */
  public static final int MAX_PATTERN_LENGTH = 200;

  /**
   * Validates the entry.
   *
   * @throws NullPointerException if {@code pattern} or {@code rule} is null
   * @throws IllegalArgumentException if the rule is blank, the confidence is outside [0, 1] or not
   *     a number, or the pattern has no word character, a character outside a–z and 0–9 after
   *     folding, or more than {@link #MAX_PATTERN_LENGTH} characters after folding; the message
   *     names the rule
   */
  public TermSpec {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(rule, "rule");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("TermSpec rule must not be blank");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException(
          "TermSpec " + rule + ": confidence must be in [0, 1], was " + confidence);
    }
    int folded = Fold.foldedLength(pattern);
    if (folded < 0) {
      throw new IllegalArgumentException(
          "TermSpec " + rule + ": pattern must fold to letters a-z, digits and separators");
    }
    if (folded == 0) {
      throw new IllegalArgumentException("TermSpec " + rule + ": pattern has no word character");
    }
    if (folded > MAX_PATTERN_LENGTH) {
      throw new IllegalArgumentException(
          "TermSpec " + rule + ": folded pattern longer than " + MAX_PATTERN_LENGTH);
    }
  }

  /**
   * Creates an entry without context condition.
   *
   * @param pattern the words to match (see the class documentation)
   * @param kind the kind of the findings, or null for a negative phrase
   * @param language the language of the entry, or null for every language
   * @param rule the rule identifier reported with findings
   * @param confidence the confidence in [0, 1]
   * @param prefix whether the last word is a stem
   * @throws IllegalArgumentException as the canonical constructor
   */
  public TermSpec(
      String pattern,
      @Nullable Kind kind,
      @Nullable Language language,
      String rule,
      double confidence,
      boolean prefix) {
    this(pattern, kind, language, rule, confidence, prefix, null);
  }

  /**
   * Creates a negative (allow) phrase: a finding overlapping a match of it is dropped.
   *
   * @param pattern the words to match (see the class documentation)
   * @param language the language of the phrase, or null for every language
   * @param rule the rule identifier
   * @return the negative entry
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static TermSpec negative(String pattern, @Nullable Language language, String rule) {
    return new TermSpec(pattern, null, language, rule, 1.0, false, null);
  }

  /**
   * Tells whether this entry is a negative phrase.
   *
   * @return {@code true} when {@link #kind()} is null
   */
  public boolean isNegative() {
    return kind == null;
  }

  /**
   * Returns a copy of this entry with the given context condition.
   *
   * @param newCondition the condition, or null for none
   * @return the new entry
   */
  public TermSpec withCondition(@Nullable TermCondition newCondition) {
    return new TermSpec(pattern, kind, language, rule, confidence, prefix, newCondition);
  }
}
