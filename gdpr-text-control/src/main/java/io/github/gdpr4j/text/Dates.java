package io.github.gdpr4j.text;

/**
 * Calendar dates as people write them in French, English, German, Spanish and Italian: numeric
 * (dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy, dd-mm-yy, yyyy-mm-dd) and with month names ("12 mars 1978",
 * "1er mars 1978", "14. Februar 1981", "3 de mayo de 1975", "March 12, 1994").
 *
 * <p>Parsers look ahead a bounded number of characters and allocate only to look a month name up.
 * Stateless and thread-safe.
 */
final class Dates {

  private static final String[][] MONTHS = {
    {"janvier", "janv", "january", "jan", "januar", "janner", "enero", "gennaio", "gen", "ene"},
    {"fevrier", "fevr", "fev", "february", "feb", "februar", "febrero", "febbraio", "febr"},
    {"mars", "march", "mar", "marz", "marzo", "mrz"},
    {"avril", "avr", "april", "apr", "abril", "aprile", "abr"},
    {"mai", "may", "mayo", "maggio", "mag"},
    {"juin", "june", "jun", "juni", "junio", "giugno", "giu"},
    {"juillet", "juil", "july", "jul", "juli", "julio", "luglio", "lug"},
    {"aout", "august", "aug", "agosto", "ago"},
    {"septembre", "sept", "sep", "september", "septiembre", "setiembre", "settembre", "set"},
    {"octobre", "oct", "october", "oktober", "okt", "octubre", "ottobre", "ott"},
    {"novembre", "nov", "november", "noviembre"},
    {"decembre", "dec", "december", "dezember", "dez", "diciembre", "dicembre", "dic"}
  };

  private Dates() {}

  /**
   * Parses a date starting with a digit at {@code p}.
   *
   * @param t the text
   * @param p index of the first digit
   * @return the end of the date, exclusive, or -1
   */
  static int parse(CharSequence t, int p) {
    int n = t.length();
    int q = p;
    int a = 0;
    while (q < n && q - p < 4 && digit(t.charAt(q))) {
      a = a * 10 + (t.charAt(q) - '0');
      q++;
    }
    int la = q - p;
    if (q < n && digit(t.charAt(q))) {
      return -1;
    }
    char sep = q < n ? t.charAt(q) : '\0';
    if ((sep == '/' || sep == '.' || sep == '-') && q + 1 < n && digit(t.charAt(q + 1))) {
      int r = q + 1;
      int b = 0;
      while (r < n && r - q - 1 < 2 && digit(t.charAt(r))) {
        b = b * 10 + (t.charAt(r) - '0');
        r++;
      }
      if (r >= n || t.charAt(r) != sep || r + 1 >= n || !digit(t.charAt(r + 1))) {
        return -1;
      }
      int s = r + 1;
      int c = 0;
      while (s < n && s - r - 1 < 4 && digit(t.charAt(s))) {
        c = c * 10 + (t.charAt(s) - '0');
        s++;
      }
      int lc = s - r - 1;
      if (s < n && Character.isLetterOrDigit(t.charAt(s))) {
        return -1;
      }
      if (la == 4) {
        return lc <= 2 && valid(c, b, a) ? s : -1;
      }
      if (la > 2 || (lc != 2 && lc != 4)) {
        return -1;
      }
      int year = lc == 2 ? 1900 + c : c;
      if (lc == 4 && (c < 1900 || c > 2099)) {
        return -1;
      }
      return valid(a, b, year) || valid(b, a, year) ? s : -1;
    }
    if (la > 2 || a < 1 || a > 31) {
      return -1;
    }
    // Day then month name: "12 mars 1978", "1er mars", "14. Februar", "3 de mayo de 1975".
    int r = q;
    r = skipOrdinal(t, r);
    r = skipFiller(t, r);
    int w = r;
    while (w < n && Character.isLetter(t.charAt(w))) {
      w++;
    }
    int month = month(t, r, w);
    if (month < 0) {
      return -1;
    }
    r = skipFiller(t, w);
    int y = r;
    int year = 0;
    while (y < n && y - r < 4 && digit(t.charAt(y))) {
      year = year * 10 + (t.charAt(y) - '0');
      y++;
    }
    if (y - r != 4 || (y < n && Character.isLetterOrDigit(t.charAt(y)))) {
      return -1;
    }
    return valid(a, month + 1, year) ? y : -1;
  }

  /**
   * Parses an English month-first date ("March 12, 1994") starting at {@code p}.
   *
   * @param t the text
   * @param p index of the month name
   * @return the end of the date, exclusive, or -1
   */
  static int parseMonthFirst(CharSequence t, int p) {
    int n = t.length();
    int w = p;
    while (w < n && w - p < 12 && Character.isLetter(t.charAt(w))) {
      w++;
    }
    int month = month(t, p, w);
    if (month < 0) {
      return -1;
    }
    int r = w;
    if (r < n && t.charAt(r) == '.') {
      r++;
    }
    while (r < n && t.charAt(r) == ' ') {
      r++;
    }
    int d = 0;
    int ds = r;
    while (r < n && r - ds < 2 && digit(t.charAt(r))) {
      d = d * 10 + (t.charAt(r) - '0');
      r++;
    }
    if (r == ds) {
      return -1;
    }
    r = skipOrdinal(t, r);
    if (r < n && t.charAt(r) == ',') {
      r++;
    }
    while (r < n && t.charAt(r) == ' ') {
      r++;
    }
    int ys = r;
    int year = 0;
    while (r < n && r - ys < 4 && digit(t.charAt(r))) {
      year = year * 10 + (t.charAt(r) - '0');
      r++;
    }
    if (r - ys != 4 || (r < n && Character.isLetterOrDigit(t.charAt(r)))) {
      return -1;
    }
    return valid(d, month + 1, year) ? r : -1;
  }

  private static int skipOrdinal(CharSequence t, int r) {
    int n = t.length();
    int w = r;
    while (w < n && w - r < 3 && Character.isLetter(t.charAt(w))) {
      w++;
    }
    if (w > r && (w >= n || !Character.isLetter(t.charAt(w)))) {
      String s = t.subSequence(r, w).toString();
      if (s.equals("er")
          || s.equals("st")
          || s.equals("nd")
          || s.equals("rd")
          || s.equals("th")
          || s.equals("o")) {
        r = w;
      }
    }
    if (r < n && (t.charAt(r) == '.' || t.charAt(r) == 'º' || t.charAt(r) == '°')) {
      r++;
    }
    return r;
  }

  /** Skips spaces, commas and the linking words "de", "of", "del". */
  private static int skipFiller(CharSequence t, int r) {
    int n = t.length();
    for (int guard = 0; guard < 4; guard++) {
      while (r < n && (t.charAt(r) == ' ' || t.charAt(r) == ',' || t.charAt(r) == '\u00a0')) {
        r++;
      }
      if (startsWord(t, r, "de") || startsWord(t, r, "of")) {
        r += 2;
      } else if (startsWord(t, r, "del")) {
        r += 3;
      } else {
        break;
      }
    }
    return r;
  }

  private static boolean startsWord(CharSequence t, int r, String w) {
    int n = t.length();
    if (r + w.length() > n) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.toLowerCase(t.charAt(r + i)) != w.charAt(i)) {
        return false;
      }
    }
    return r + w.length() == n || !Character.isLetter(t.charAt(r + w.length()));
  }

  private static int month(CharSequence t, int s, int e) {
    if (e - s < 3 || e - s > 10) {
      return -1;
    }
    String word = Fold.foldPattern(t.subSequence(s, e).toString());
    if (word == null) {
      return -1;
    }
    for (int m = 0; m < 12; m++) {
      for (String name : MONTHS[m]) {
        if (name.equals(word)) {
          return m;
        }
      }
    }
    return -1;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Tells whether a day, month and year form a calendar date between 1900 and 2099.
   *
   * @param day the day of month
   * @param month the month, 1–12
   * @param year the year
   * @return whether the date exists
   */
  static boolean valid(int day, int month, int year) {
    if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    int max;
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        max = leap ? 29 : 28;
        break;
      case 4:
      case 6:
      case 9:
      case 11:
        max = 30;
        break;
      default:
        max = 31;
    }
    return day <= max;
  }
}
