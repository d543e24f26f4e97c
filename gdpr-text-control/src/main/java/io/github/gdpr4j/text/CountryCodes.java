package io.github.gdpr4j.text;

/**
 * ITU-T E.164 country calling codes with the length range of their national significant numbers
 * (without trunk prefix), for the countries of the EU, its neighbours and the largest others.
 *
 * <p>Stateless and thread-safe.
 */
final class CountryCodes {

  private CountryCodes() {}

  /**
   * Returns the national-number length range for a country code.
   *
   * @param cc a country code of 1 to 3 digits
   * @return {@code min * 100 + max}, or 0 if the code is not in the table
   */
  static int nsnRange(int cc) {
    switch (cc) {
      case 1: // NANP
        return 1010;
      case 7: // Russia, Kazakhstan
        return 1010;
      case 20: // Egypt
        return 810;
      case 27: // South Africa
        return 909;
      case 30: // Greece
        return 1010;
      case 31: // Netherlands
        return 909;
      case 32: // Belgium
        return 809;
      case 33: // France
        return 909;
      case 34: // Spain
        return 909;
      case 36: // Hungary
        return 809;
      case 39: // Italy (landlines keep their leading 0)
        return 611;
      case 40: // Romania
        return 909;
      case 41: // Switzerland
        return 909;
      case 43: // Austria
        return 413;
      case 44: // United Kingdom
        return 910;
      case 45: // Denmark
        return 808;
      case 46: // Sweden
        return 713;
      case 47: // Norway
        return 808;
      case 48: // Poland
        return 909;
      case 49: // Germany
        return 613;
      case 52: // Mexico
        return 1010;
      case 55: // Brazil
        return 1011;
      case 61: // Australia
        return 909;
      case 81: // Japan
        return 910;
      case 86: // China
        return 1011;
      case 90: // Turkey
        return 1010;
      case 91: // India
        return 1010;
      case 212: // Morocco
        return 909;
      case 213: // Algeria
        return 809;
      case 216: // Tunisia
        return 808;
      case 351: // Portugal
        return 909;
      case 352: // Luxembourg
        return 411;
      case 353: // Ireland
        return 709;
      case 354: // Iceland
        return 707;
      case 356: // Malta
        return 808;
      case 357: // Cyprus
        return 808;
      case 358: // Finland
        return 512;
      case 359: // Bulgaria
        return 809;
      case 370: // Lithuania
        return 808;
      case 371: // Latvia
        return 808;
      case 372: // Estonia
        return 708;
      case 377: // Monaco
        return 809;
      case 385: // Croatia
        return 809;
      case 386: // Slovenia
        return 808;
      case 420: // Czechia
        return 909;
      case 421: // Slovakia
        return 909;
      case 423: // Liechtenstein
        return 709;
      case 971: // United Arab Emirates
        return 809;
      case 972: // Israel
        return 809;
      default:
        return 0;
    }
  }
}
