package io.github.gdpr4j.text;

import java.util.Locale;

/**
 * The kind of a finding, exactly as named in the text-control taxonomy.
 *
 * <p>Immutable and thread-safe.
 */
public enum Kind {
  /** An e-mail address. */
  EMAIL(KindGroup.IDENTIFIER),
  /** A telephone number, validated against a national numbering plan. */
  PHONE(KindGroup.IDENTIFIER),
  /** An international bank account number (ISO 13616, mod-97). */
  IBAN(KindGroup.IDENTIFIER),
  /** A payment card number (Luhn checksum and issuer prefix). */
  PAYMENT_CARD(KindGroup.IDENTIFIER),
  /** A French social-security number (NIR) with a valid key. */
  FR_NIR(KindGroup.IDENTIFIER),
  /**
   * Another national identifier: ES DNI/NIE, IT codice fiscale, BE, UK NINO, US SSN, DE, passports.
   */
  NATIONAL_ID(KindGroup.IDENTIFIER),
  /** An IPv4 or IPv6 address. */
  IP_ADDRESS(KindGroup.IDENTIFIER),
  /** A date stated as someone's birth date. */
  DATE_OF_BIRTH(KindGroup.IDENTIFIER),
  /** A password, PIN or secret code written in clear. */
  CREDENTIAL(KindGroup.IDENTIFIER),
  /** Data concerning health. */
  HEALTH(KindGroup.SPECIAL_CATEGORY),
  /** Racial or ethnic origin. */
  ETHNIC_ORIGIN(KindGroup.SPECIAL_CATEGORY),
  /** Political opinions. */
  POLITICAL_OPINION(KindGroup.SPECIAL_CATEGORY),
  /** Religious or philosophical beliefs. */
  RELIGION(KindGroup.SPECIAL_CATEGORY),
  /** Trade-union membership. */
  TRADE_UNION(KindGroup.SPECIAL_CATEGORY),
  /** Genetic data. */
  GENETIC(KindGroup.SPECIAL_CATEGORY),
  /** Biometric data. */
  BIOMETRIC(KindGroup.SPECIAL_CATEGORY),
  /** Sex life or sexual orientation. */
  SEX_LIFE(KindGroup.SPECIAL_CATEGORY),
  /** Criminal convictions, offences or security measures. */
  CRIMINAL(KindGroup.CRIMINAL),
  /** Insulting, derogatory or subjective judgements about a person. */
  OFFENSIVE(KindGroup.OFFENSIVE);

  private final KindGroup group;
  private final String explanationKey;

  Kind(KindGroup group) {
    this.group = group;
    this.explanationKey = "gdpr4j.text.kind." + name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the group, and so the GDPR article, this kind belongs to.
   *
   * @return the group; never null
   */
  public KindGroup group() {
    return group;
  }

  /**
   * Returns the message-bundle key explaining why this kind should not be in a comment.
   *
   * @return a key such as {@code "gdpr4j.text.kind.email"}; never null
   */
  public String explanationKey() {
    return explanationKey;
  }
}
