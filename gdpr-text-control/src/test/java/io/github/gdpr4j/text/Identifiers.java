package io.github.gdpr4j.text;

import java.util.Locale;

/**
 * Generates identifiers with correct check digits, computed from each standard (never copied from
 * circulating examples), for tests.
 */
final class Identifiers {

  private Identifiers() {}

  /** Luhn check digit appended to a payload of digits. */
  static String luhn(String payload) {
    for (int d = 0; d <= 9; d++) {
      String candidate = payload + d;
      char[] c = candidate.toCharArray();
      if (Checksums.luhn(c, c.length)) {
        return candidate;
      }
    }
    throw new AssertionError("no Luhn digit");
  }

  /** An IBAN for a country and BBAN, with ISO 13616 check digits. */
  static String iban(String country, String bban) {
    String rearranged = bban + country + "00";
    int rem = 0;
    for (char ch : rearranged.toUpperCase(Locale.ROOT).toCharArray()) {
      if (Character.isDigit(ch)) {
        rem = (rem * 10 + (ch - '0')) % 97;
      } else {
        rem = (rem * 100 + (ch - 'A' + 10)) % 97;
      }
    }
    int check = 98 - rem;
    return country + (check < 10 ? "0" : "") + check + bban;
  }

  /** Groups a string in blocks of four, as IBANs and cards are printed. */
  static String spaced(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append(' ');
      }
      sb.append(s.charAt(i));
    }
    return sb.toString();
  }

  /** A French NIR: 13 characters (department may be 2A/2B) and its key 97 − (n mod 97). */
  static String nir(String thirteen) {
    String numeric = thirteen.replace("2A", "19").replace("2B", "18");
    long n = Long.parseLong(numeric);
    int key = 97 - (int) (n % 97);
    return thirteen + (key < 10 ? "0" : "") + key;
  }

  /** A Spanish DNI: 8 digits and the mod-23 letter. */
  static String dni(int number) {
    return String.format(Locale.ROOT, "%08d", number)
        + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(number % 23);
  }

  /** A Spanish NIE: X/Y/Z, 7 digits and the mod-23 letter. */
  static String nie(char prefix, int number) {
    int n = (prefix - 'X') * 10_000_000 + number;
    return prefix
        + String.format(Locale.ROOT, "%07d", number)
        + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23);
  }

  private static final int[] CF_ODD = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };

  /** An Italian codice fiscale: 15 characters and the check character. */
  static String codiceFiscale(String fifteen) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char ch = fifteen.charAt(i);
      // Digits count as the letters of the same rank (0 = A) in both tables.
      int v = Character.isDigit(ch) ? ch - '0' : ch - 'A';
      sum += i % 2 == 0 ? CF_ODD[v] : v;
    }
    return fifteen + (char) ('A' + sum % 26);
  }

  /** A Belgian national number YYMMDDSSS + 97 − (n mod 97), for a birth before 2000. */
  static String belgian(String nine) {
    long n = Long.parseLong(nine);
    int check = 97 - (int) (n % 97);
    return nine + (check < 10 ? "0" : "") + check;
  }

  /** A German tax id: ten digits with one digit twice, and the ISO 7064 MOD 11,10 check digit. */
  static String germanTaxId(String ten) {
    int product = 10;
    for (int i = 0; i < 10; i++) {
      int sum = (ten.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    if (check == 10) {
      check = 0;
    }
    return ten + check;
  }
}
