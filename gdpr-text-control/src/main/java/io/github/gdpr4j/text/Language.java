package io.github.gdpr4j.text;

import java.util.Locale;

/**
 * A language whose cues and vocabulary the detector knows.
 *
 * <p>Immutable and thread-safe.
 */
public enum Language {
  /** French. */
  FR,
  /** English. */
  EN,
  /** German. */
  DE,
  /** Spanish. */
  ES,
  /** Italian. */
  IT;

  /**
   * Returns the language for an ISO 639-1 code such as {@code "fr"} or a tag such as {@code
   * "fr-BE"}.
   *
   * @param code the code, case-insensitive; not null
   * @return the language
   * @throws IllegalArgumentException if the code names no supported language
   * @throws NullPointerException if {@code code} is null
   */
  public static Language fromCode(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    int dash = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
    if (dash > 0) {
      c = c.substring(0, dash);
    }
    for (Language l : values()) {
      if (l.name().equals(c)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unsupported language code: " + code);
  }
}
