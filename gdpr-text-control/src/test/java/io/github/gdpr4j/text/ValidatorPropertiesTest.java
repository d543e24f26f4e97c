package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Properties of the identifier validators: every generated identifier with a correct check digit is
 * found with its exact span; changing one digit makes it disappear (numbers that look right but
 * fail their checksum are not findings). Data minimisation, GDPR Art. 5(1)(c).
 */
class ValidatorPropertiesTest {

  static final TextControl IDS = TextControl.builder().bundledVocabulary(false).build();

  static boolean found(String text, String value, Kind kind) {
    for (Finding f : IDS.scan(text).findings()) {
      if (f.kind() == kind && f.text().equals(value)) {
        return true;
      }
    }
    return false;
  }

  static boolean anyOf(String text, Kind kind) {
    for (Finding f : IDS.scan(text).findings()) {
      if (f.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** Changes the digit at {@code index} to another digit. */
  static String mutate(String s, int index, int delta) {
    char c = s.charAt(index);
    char d = (char) ('0' + (c - '0' + 1 + Math.floorMod(delta, 9)) % 10);
    return s.substring(0, index) + d + s.substring(index + 1);
  }

  @Nested
  class Nir {
    @Test
    void validKey_isFound_oneDigitChanged_isNot() {
      qt().forAll(
              integers().between(100, 299),
              integers().between(1, 12),
              integers().between(1, 95),
              longs().between(0, 12_999_999))
          .checkAssert(
              (sexYear, mm, dept, restPos) -> {
                int sex = sexYear / 100;
                int yy = sexYear % 100;
                long rest = restPos / 13;
                int pos = (int) (restPos % 13);
                String thirteen =
                    String.format(
                        Locale.ROOT,
                        "%d%02d%02d%02d%06d",
                        sex,
                        yy,
                        mm,
                        dept == 20 ? 21 : dept,
                        rest);
                String nir = Identifiers.nir(thirteen);
                assertThat(found("n° sécu " + nir + " reçu", nir, Kind.FR_NIR)).as(nir).isTrue();
                // Any single-digit change of the 13-digit body changes n mod 97 (10^k is prime
                // to 97), so the key no longer matches.
                int index = 5 + pos % 8;
                String broken = mutate(nir, index, pos);
                assertThat(anyOf("n° sécu " + broken + " reçu", Kind.FR_NIR)).as(broken).isFalse();
              });
    }
  }

  @Nested
  class Iban {
    @Test
    void validCheckDigits_isFound_oneDigitChanged_isNot() {
      List<String> countries = List.of("FR", "DE", "ES", "IT", "BE", "NL", "PT", "AT", "LU");
      List<Integer> bbanLengths = List.of(23, 18, 20, 23, 12, 14, 21, 16, 16);
      qt().forAll(integers().between(0, countries.size() - 1), longs().between(0, Long.MAX_VALUE))
          .checkAssert(
              (c, seed) -> {
                StringBuilder bban = new StringBuilder();
                long x = seed;
                for (int i = 0; i < bbanLengths.get(c); i++) {
                  bban.append((char) ('0' + Math.floorMod(x, 10)));
                  x = x / 10 + 7 * i + 1;
                }
                if (countries.get(c).equals("IT")) {
                  bban.setCharAt(0, 'X');
                }
                if (countries.get(c).equals("NL")) {
                  bban.replace(0, 4, "ABNA");
                }
                String iban = Identifiers.iban(countries.get(c), bban.toString());
                String spaced = Identifiers.spaced(iban);
                assertThat(found("IBAN : " + spaced + " merci", spaced, Kind.IBAN))
                    .as(spaced)
                    .isTrue();
                assertThat(found("RIB " + iban, iban, Kind.IBAN)).as(iban).isTrue();
                String broken = mutate(iban, iban.length() - 1, (int) (seed % 9));
                assertThat(anyOf("RIB " + broken, Kind.IBAN)).as(broken).isFalse();
              });
    }
  }

  @Nested
  class Card {
    @Test
    void luhnValid_isFound_oneDigitChanged_isNot() {
      List<String> prefixes = List.of("4", "51", "55", "2221", "2720", "34", "37", "6011");
      List<Integer> lengths = List.of(16, 16, 16, 16, 16, 15, 15, 16);
      qt().forAll(
              integers().between(0, prefixes.size() - 1),
              longs().between(0, 999_999_999_999L),
              integers().between(0, 8))
          .checkAssert(
              (p, body, pos) -> {
                String prefix = prefixes.get(p);
                int len = lengths.get(p);
                String digits = prefix + String.format(Locale.ROOT, "%015d", body);
                String card = Identifiers.luhn(digits.substring(0, len - 1));
                assertThat(found("carte " + card + " exp", card, Kind.PAYMENT_CARD))
                    .as(card)
                    .isTrue();
                String broken = mutate(card, len - 1 - pos, pos);
                assertThat(anyOf("carte " + broken + " exp", Kind.PAYMENT_CARD))
                    .as(broken)
                    .isFalse();
              });
    }
  }

  @Nested
  class SpanishDni {
    @Test
    void validLetter_isFound_oneDigitChanged_isNot() {
      qt().forAll(integers().between(0, 99_999_999), integers().between(0, 7))
          .checkAssert(
              (number, pos) -> {
                String dni = Identifiers.dni(number);
                assertThat(found("DNI " + dni + ", móvil", dni, Kind.NATIONAL_ID)).as(dni).isTrue();
                String broken = mutate(dni, pos, number);
                // 10^k mod 23 is never 0, so one changed digit changes the letter.
                assertThat(anyOf("DNI " + broken + ", móvil", Kind.NATIONAL_ID))
                    .as(broken)
                    .isFalse();
              });
    }
  }

  @Nested
  class CodiceFiscale {
    @Test
    void validCheckCharacter_isFound_changedDigit_isNot() {
      String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
      String months = "ABCDEHLMPRST";
      qt().forAll(
              longs().between(0, Long.MAX_VALUE),
              integers().between(1, 71),
              integers().between(0, 11))
          .checkAssert(
              (seed, day, month) -> {
                int d = day > 31 && day < 41 ? day + 10 : day;
                StringBuilder sb = new StringBuilder();
                long x = seed;
                for (int i = 0; i < 6; i++) {
                  sb.append(letters.charAt(Math.floorMod(x, 26)));
                  x /= 26;
                }
                sb.append(String.format(Locale.ROOT, "%02d", Math.floorMod(x, 100)));
                sb.append(months.charAt(month));
                sb.append(String.format(Locale.ROOT, "%02d", d));
                sb.append(letters.charAt(Math.floorMod(x / 100, 26)));
                sb.append(String.format(Locale.ROOT, "%03d", Math.floorMod(x / 2600, 1000)));
                String cf = Identifiers.codiceFiscale(sb.toString());
                assertThat(found("CF " + cf + " per", cf, Kind.NATIONAL_ID)).as(cf).isTrue();
                String broken = mutate(cf, 12, (int) (seed % 9));
                assertThat(anyOf("CF " + broken + " per", Kind.NATIONAL_ID)).as(broken).isFalse();
              });
    }
  }

  @Nested
  class GermanTaxId {
    @Test
    void validCheckDigit_isFound_changedCheckDigit_isNot() {
      qt().forAll(longs().between(0, Long.MAX_VALUE), integers().between(1, 9))
          .checkAssert(
              (seed, shift) -> {
                // Ten digits, first not 0, one digit twice: a permutation of 0-9 with one repeat.
                char[] digits = "0123456789".toCharArray();
                long x = seed;
                for (int i = 9; i > 0; i--) {
                  int j = Math.floorMod(x, i + 1);
                  x = x / (i + 1) + 31;
                  char t = digits[i];
                  digits[i] = digits[j];
                  digits[j] = t;
                }
                if (digits[0] == '0') {
                  digits[0] = digits[9];
                  digits[9] = '0';
                }
                digits[9] = digits[1 + Math.floorMod(seed, 8)];
                String id = Identifiers.germanTaxId(new String(digits));
                assertThat(found("Steuer-ID " + id + " für", id, Kind.NATIONAL_ID)).as(id).isTrue();
                String broken = mutate(id, 10, shift);
                assertThat(anyOf("Steuer-ID " + broken + " für", Kind.NATIONAL_ID))
                    .as(broken)
                    .isFalse();
              });
    }
  }

  @Nested
  class BelgianNationalNumber {
    @Test
    void validCheck_isFound_changedDigit_isNot() {
      qt().forAll(
              integers().between(0, 99),
              integers().between(1, 12),
              integers().between(1, 28),
              integers().between(1, 997))
          .checkAssert(
              (yy, mm, dd, serial) -> {
                String nine = String.format(Locale.ROOT, "%02d%02d%02d%03d", yy, mm, dd, serial);
                String nn = Identifiers.belgian(nine);
                String formatted =
                    nn.substring(0, 2)
                        + "."
                        + nn.substring(2, 4)
                        + "."
                        + nn.substring(4, 6)
                        + "-"
                        + nn.substring(6, 9)
                        + "."
                        + nn.substring(9);
                assertThat(found("n° national " + formatted, formatted, Kind.NATIONAL_ID))
                    .as(formatted)
                    .isTrue();
                String broken = mutate(formatted, 7, serial);
                String digits = broken.replaceAll("[^0-9]", "");
                long base = Long.parseLong(digits.substring(0, 9));
                int check = Integer.parseInt(digits.substring(9));
                // The check also accepts the post-2000 variant (2 prepended): skip the rare
                // mutation that happens to satisfy it.
                boolean stillValid =
                    check == 97 - (int) (base % 97)
                        || check == 97 - (int) ((2_000_000_000L + base) % 97);
                if (!stillValid) {
                  assertThat(anyOf("n° national " + broken, Kind.NATIONAL_ID)).as(broken).isFalse();
                }
              });
    }
  }
}
