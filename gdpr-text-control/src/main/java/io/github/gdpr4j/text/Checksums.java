package io.github.gdpr4j.text;

/**
 * Check-digit algorithms of the identifiers the detector validates, from their standards. All
 * methods read {@code len} characters of a scratch buffer and allocate nothing.
 *
 * <p>Stateless and thread-safe.
 */
final class Checksums {

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  /** Codice fiscale: values of odd positions (1st, 3rd, ...) for 0–9 then A–Z (DM 23/12/1976). */
  private static final int[] CF_ODD = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
    12, 14, 16, 10, 22, 25, 24, 23
  };

  /** Codice fiscale: letters standing for digits in omocodia, 0–9. */
  private static final String CF_OMOCODE = "LMNPQRSTUV";

  private Checksums() {}

  /**
   * Luhn (ISO/IEC 7812-1) over digits.
   *
   * @param d the digits as '0'–'9'
   * @param len how many
   * @return whether the check digit is right
   */
  static boolean luhn(char[] d, int len) {
    int sum = 0;
    boolean dbl = false;
    for (int i = len - 1; i >= 0; i--) {
      int v = d[i] - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /**
   * ISO 13616 IBAN check: move the first four characters to the end, letters to 10–35, mod 97 is 1.
   *
   * @param c upper-case letters and digits
   * @param len how many
   * @return whether the check digits are right
   */
  static boolean ibanMod97(char[] c, int len) {
    int rem = 0;
    for (int k = 0; k < len; k++) {
      char ch = c[(k + 4) % len];
      if (ch >= '0' && ch <= '9') {
        rem = (rem * 10 + (ch - '0')) % 97;
      } else if (ch >= 'A' && ch <= 'Z') {
        rem = (rem * 100 + (ch - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return rem == 1;
  }

  /**
   * Remainder of a decimal digit string modulo m.
   *
   * @param d digits
   * @param from first index
   * @param to end index, exclusive
   * @param m the modulus
   * @return the remainder
   */
  static int mod(char[] d, int from, int to, int m) {
    long rem = 0;
    for (int i = from; i < to; i++) {
      rem = (rem * 10 + (d[i] - '0')) % m;
    }
    return (int) rem;
  }

  /**
   * French NIR: 13 characters (department 2A/2B in positions 5–6 count as 19/18) and a key equal to
   * 97 − (number mod 97).
   *
   * @param c 15 characters: digits, or 'A'/'B' at index 6
   * @return whether the key is right
   */
  static boolean nirKey(char[] c) {
    long n = 0;
    for (int i = 0; i < 13; i++) {
      char ch = c[i];
      int v;
      if (i == 6 && (ch == 'A' || ch == 'B')) {
        // Corsica: 2A -> 19, 2B -> 18 for the key (the '2' at index 5 becomes '1').
        n = n - 2 + 1;
        v = ch == 'A' ? 9 : 8;
      } else {
        v = ch - '0';
      }
      n = n * 10 + v;
    }
    int key = (c[13] - '0') * 10 + (c[14] - '0');
    return key == 97 - (int) (n % 97);
  }

  /**
   * Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits) control letter: number mod 23.
   *
   * @param c 9 characters, the last being the letter
   * @return whether the letter is right
   */
  static boolean dniLetter(char[] c) {
    int n;
    int start;
    switch (c[0]) {
      case 'X':
        n = 0;
        start = 1;
        break;
      case 'Y':
        n = 1;
        start = 1;
        break;
      case 'Z':
        n = 2;
        start = 1;
        break;
      default:
        n = 0;
        start = 0;
    }
    for (int i = start; i < 8; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return false;
      }
      n = n * 10 + (ch - '0');
    }
    return DNI_LETTERS.charAt(n % 23) == c[8];
  }

  /**
   * Italian codice fiscale: layout (with omocodia letters) and check character.
   *
   * @param c 16 upper-case characters
   * @return whether layout and check character are right
   */
  static boolean codiceFiscale(char[] c) {
    for (int i = 0; i < 16; i++) {
      char ch = c[i];
      boolean letter = ch >= 'A' && ch <= 'Z';
      boolean digit = ch >= '0' && ch <= '9';
      boolean numeric = i == 6 || i == 7 || i == 9 || i == 10 || (i >= 12 && i <= 14);
      if (numeric) {
        if (!digit && CF_OMOCODE.indexOf(ch) < 0) {
          return false;
        }
      } else if (!letter) {
        return false;
      }
    }
    if ("ABCDEHLMPRST".indexOf(c[8]) < 0) {
      return false;
    }
    int day = cfDigit(c[9]) * 10 + cfDigit(c[10]);
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char ch = c[i];
      int idx = ch <= '9' ? ch - '0' : ch - 'A' + 10;
      if (i % 2 == 0) {
        sum += CF_ODD[idx];
      } else {
        sum += ch <= '9' ? ch - '0' : ch - 'A';
      }
    }
    return c[15] == (char) ('A' + sum % 26);
  }

  private static int cfDigit(char ch) {
    int k = CF_OMOCODE.indexOf(ch);
    return k >= 0 ? k : ch - '0';
  }

  /**
   * Belgian national number: 97 − (first 9 digits mod 97), with 2 prepended for people born from
   * 2000; month 0–12 (or +20/+40 for bis numbers), day 0–31.
   *
   * @param d 11 digits
   * @return whether the check is right
   */
  static boolean belgianNationalNumber(char[] d) {
    int month = (d[2] - '0') * 10 + (d[3] - '0');
    int day = (d[4] - '0') * 10 + (d[5] - '0');
    int m = month % 20;
    if (month > 52 || m > 12 || day > 31) {
      return false;
    }
    int check = (d[9] - '0') * 10 + (d[10] - '0');
    long base = 0;
    for (int i = 0; i < 9; i++) {
      base = base * 10 + (d[i] - '0');
    }
    return check == 97 - (int) (base % 97) || check == 97 - (int) ((2_000_000_000L + base) % 97);
  }

  /**
   * German tax identification number (Steuer-IdNr): first digit not 0, in the first ten digits
   * exactly one digit occurs twice or three times and the others at most once, and the check digit
   * follows ISO/IEC 7064 MOD 11,10.
   *
   * @param d 11 digits
   * @return whether it is valid
   */
  static boolean germanTaxId(char[] d) {
    if (d[0] == '0') {
      return false;
    }
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      counts[d[i] - '0']++;
    }
    int repeated = 0;
    for (int k = 0; k < 10; k++) {
      if (counts[k] > 3) {
        return false;
      }
      if (counts[k] >= 2) {
        repeated++;
      }
    }
    if (repeated != 1) {
      return false;
    }
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (d[i] - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return check == d[10] - '0';
  }

  /**
   * US social security number: area not 000, 666 or 900–999; group not 00; serial not 0000.
   *
   * @param d 9 digits
   * @return whether it is possible
   */
  static boolean usSsn(char[] d) {
    int area = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    int group = (d[3] - '0') * 10 + (d[4] - '0');
    int serial = mod(d, 5, 9, 10_000);
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }

  /**
   * UK National Insurance number prefix: first letter not D, F, I, Q, U, V; second not D, F, I, O,
   * Q, U, V; not BG, GB, KN, NK, NT, TN, ZZ.
   *
   * @param a first letter, upper case
   * @param b second letter, upper case
   * @return whether the prefix can be allocated
   */
  static boolean ninoPrefix(char a, char b) {
    if ("DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0) {
      return false;
    }
    String p = "" + a + b;
    return !(p.equals("BG")
        || p.equals("GB")
        || p.equals("KN")
        || p.equals("NK")
        || p.equals("NT")
        || p.equals("TN")
        || p.equals("ZZ"));
  }
}
