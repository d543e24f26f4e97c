package io.github.gdpr4j.text;

/**
 * IBAN lengths by country (ISO 13616 registry): every SEPA country and the other registered
 * countries CRM customers commonly bank in.
 *
 * <p>Stateless and thread-safe.
 */
final class IbanCountries {

  private static final String TABLE =
      "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28"
          + " EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23"
          + " IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19"
          + " MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19"
          + " SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";

  private static final byte[] LENGTH = new byte[26 * 26];

  static {
    for (String entry : TABLE.split(" ")) {
      int idx = (entry.charAt(0) - 'A') * 26 + (entry.charAt(1) - 'A');
      LENGTH[idx] = Byte.parseByte(entry.substring(2));
    }
  }

  private IbanCountries() {}

  /**
   * Returns the IBAN length of a country.
   *
   * @param a first letter of the country code, upper case
   * @param b second letter, upper case
   * @return the length, or -1 if the country has no registered IBAN
   */
  static int length(char a, char b) {
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
      return -1;
    }
    int l = LENGTH[(a - 'A') * 26 + (b - 'A')];
    return l == 0 ? -1 : l;
  }
}
