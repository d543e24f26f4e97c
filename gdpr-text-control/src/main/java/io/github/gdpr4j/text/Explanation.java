package io.github.gdpr4j.text;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Why a finding should not be in a comment, in words fit to show under the field: the GDPR article,
 * a message quoting the flagged words, and a hint for a neutral rewrite.
 *
 * <p>Messages come from the {@code io.github.gdpr4j.text.Explanations} resource bundle (English and
 * French shipped; add {@code Explanations_xx.properties} for other locales). Immutable and
 * thread-safe. {@link #toString()} leaves out the message, which quotes personal data.
 *
 * <pre>{@code
 * Explanation e = Explanation.of(finding, Locale.FRENCH);
 * // e.message(): Ce commentaire contient une donnée de santé : « diabétique ». Notez seulement ...
 * }</pre>
 *
 * @param kind the kind of the finding
 * @param article the GDPR article, for example {@code "Art. 9(1)"}
 * @param message the message quoting the flagged words
 * @param hint how to rewrite the comment neutrally
 */
public record Explanation(Kind kind, String article, String message, String hint) {

  /** The base name of the explanation bundle. */
  public static final String BUNDLE = "io.github.gdpr4j.text.Explanations";

  /**
   * Validates the explanation.
   *
   * @throws NullPointerException if an argument is null
   */
  public Explanation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * Explains a finding in a locale.
   *
   * @param finding the finding; not null
   * @param locale the locale of the message; not null (English when no bundle matches)
   * @return the explanation, quoting {@link Finding#text()}
   * @throws NullPointerException if an argument is null
   */
  public static Explanation of(Finding finding, Locale locale) {
    Objects.requireNonNull(finding, "finding");
    return of(finding.kind(), finding.text(), locale);
  }

  /**
   * Explains a kind of finding, quoting some words, in a locale.
   *
   * @param kind the kind; not null
   * @param quoted the words to quote; not null
   * @param locale the locale; not null
   * @return the explanation
   * @throws NullPointerException if an argument is null
   * @throws MissingResourceException if the bundle lacks a key for the kind (a packaging error)
   */
  public static Explanation of(Kind kind, String quoted, Locale locale) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(quoted, "quoted");
    Objects.requireNonNull(locale, "locale");
    ResourceBundle b =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String message = b.getString(kind.explanationKey()).replace("{0}", quoted);
    String hint = b.getString(kind.explanationKey() + ".hint");
    return new Explanation(kind, kind.group().article(), message, hint);
  }

  /**
   * Describes the explanation without its message, which quotes personal data.
   *
   * @return for example {@code Explanation[kind=HEALTH, article=Art. 9(1)]}
   */
  @Override
  public String toString() {
    return "Explanation[kind=" + kind + ", article=" + article + "]";
  }
}
