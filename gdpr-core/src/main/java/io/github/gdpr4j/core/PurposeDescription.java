package io.github.gdpr4j.core;

/**
 * What a purpose is for, in French and English, as shown to data subjects (Art. 13(1)(c)) and in
 * the record of processing (Art. 30(1)(b)).
 *
 * @param fr the French description
 * @param en the English description
 */
public record PurposeDescription(String fr, String en) {

  /**
   * Validates the texts.
   *
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if a text is blank, longer than 4000 characters or holds
   *     control characters other than line breaks and tabs
   */
  public PurposeDescription {
    Labels.text("description (fr)", fr);
    Labels.text("description (en)", en);
  }

  /**
   * Returns the description in both languages.
   *
   * @param fr the French text
   * @param en the English text
   * @return the description
   */
  public static PurposeDescription of(String fr, String en) {
    return new PurposeDescription(fr, en);
  }
}
