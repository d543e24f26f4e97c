package io.github.gdpr4j.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A transfer of personal data to a country outside the European Economic Area (Chapter V, Art.
 * 30(1)(e)) with the safeguard it rests on.
 *
 * @param recipient who receives the data, such as {@code "Hosting provider (US)"}; 1 to 200
 *     characters
 * @param country the ISO 3166-1 alpha-2 code of the destination, outside the EEA, such as {@code
 *     "US"}
 * @param safeguard the Chapter V mechanism the transfer rests on
 * @param reference where the safeguard is documented: the adequacy decision, the signed clauses,
 *     the approved rules; 1 to 200 characters
 */
public record Transfer(String recipient, String country, Safeguard safeguard, String reference) {

  /** The EU member states plus Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2). */
  private static final Set<String> EEA =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  /** The Chapter V mechanisms a transfer can rest on. */
  public enum Safeguard {
    /** An adequacy decision of the Commission (Art. 45). */
    ADEQUACY_DECISION("Art. 45"),
    /** Standard data protection clauses adopted by the Commission (Art. 46(2)(c)). */
    STANDARD_CONTRACTUAL_CLAUSES("Art. 46(2)(c)"),
    /** Binding corporate rules (Art. 46(2)(b), Art. 47). */
    BINDING_CORPORATE_RULES("Art. 47"),
    /** An approved code of conduct with binding commitments (Art. 46(2)(e)). */
    CODE_OF_CONDUCT("Art. 46(2)(e)"),
    /** An approved certification mechanism with binding commitments (Art. 46(2)(f)). */
    CERTIFICATION("Art. 46(2)(f)"),
    /** Contractual clauses authorised by the supervisory authority (Art. 46(3)(a)). */
    AUTHORISED_CLAUSES("Art. 46(3)(a)"),
    /** A derogation for a specific situation (Art. 49(1)). */
    DEROGATION("Art. 49(1)");

    private final String article;

    Safeguard(String article) {
      this.article = article;
    }

    /**
     * Returns the article of this mechanism.
     *
     * @return for example {@code "Art. 46(2)(c)"}
     */
    public String article() {
      return article;
    }
  }

  /**
   * Validates the transfer.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a label is blank, the country is not an ISO 3166-1 alpha-2
   *     code, or the country is in the EEA (no Chapter V transfer)
   */
  public Transfer {
    Labels.label("transfer recipient", recipient);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(safeguard, "safeguard");
    Labels.label("transfer safeguard reference", reference);
    if (!ISO_COUNTRIES.contains(country)) {
      throw new IllegalArgumentException(
          "transfer country must be an upper-case ISO 3166-1 alpha-2 code, got '" + country + "'");
    }
    if (EEA.contains(country)) {
      throw new IllegalArgumentException(
          "transfer country " + country + " is in the EEA: not a transfer under Chapter V");
    }
  }

  /**
   * Tells whether {@code country} is an EEA member, where data flows freely (Art. 1(3)).
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return true for the 27 EU member states, Iceland, Liechtenstein and Norway
   */
  public static boolean isEea(String country) {
    return EEA.contains(Objects.requireNonNull(country, "country"));
  }
}
