package io.github.gdpr4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Identifier detection (GDPR Art. 5(1)(c): identifiers belong in structured fields, not in free
 * comments). All identifiers are generated with their check digits by {@link Identifiers}.
 */
class TextControlTest {

  static final TextControl IDS = TextControl.builder().bundledVocabulary(false).build();

  static List<Finding> scan(String text) {
    return IDS.scan(text).findings();
  }

  static Finding only(String text, Kind kind) {
    List<Finding> fs = scan(text);
    assertThat(fs).as("findings in a text").extracting(Finding::kind).containsExactly(kind);
    return fs.get(0);
  }

  static void none(String text, Kind kind) {
    assertThat(scan(text)).extracting(Finding::kind).doesNotContain(kind);
  }

  @Nested
  class Email {
    @Test
    void address_inSentence_spanIsExact() {
      Finding f = only("Contact : Mme Roux c.roux@example.fr, merci.", Kind.EMAIL);
      assertThat(f.text()).isEqualTo("c.roux@example.fr");
      assertThat(f.group()).isEqualTo(KindGroup.IDENTIFIER);
    }

    @Test
    void domainWithoutTld_isNotAnEmail() {
      none("login admin@acme-test pour le POC", Kind.EMAIL);
    }

    @Test
    void atSignAlone_isNotAnEmail() {
      none("rdv @ 10h chez le client @@ sans suite", Kind.EMAIL);
    }
  }

  /** A stray combining mark or emoji around an identifier does not hide it (Art. 5(1)(c)). */
  @Nested
  class StrayMarks {
    @Test
    void combiningMarkBeforeAnIban_theIbanIsStillFound() {
      String iban = Identifiers.spaced(Identifiers.iban("DE", "370400440532013000"));
      Finding f = only("IBAN : \u0301" + iban + ". Merci", Kind.IBAN);
      assertThat(f.text()).isEqualTo(iban);
    }

    @Test
    void emojiAroundAnEmail_spanIsTheAddressOnly() {
      Finding f = only("\uD83D\uDCE7c.roux@example.fr\uD83D\uDE00", Kind.EMAIL);
      assertThat(f.text()).isEqualTo("c.roux@example.fr");
    }
  }

  @Nested
  class Phone {
    @Test
    void numberBeforeAnAddressWithADigitLocalPart_bothAreFound() {
      List<Finding> fs = scan("rappeler au 06 12 34 56 78 123@sms.fr demain");
      assertThat(fs).extracting(Finding::kind).containsExactly(Kind.PHONE, Kind.EMAIL);
      assertThat(fs).extracting(Finding::text).containsExactly("06 12 34 56 78", "123@sms.fr");
    }

    @Test
    void frenchFormats_areFound() {
      for (String p :
          List.of(
              "06 12 34 56 78",
              "0612345678",
              "06.12.34.56.78",
              "06-12-34-56-78",
              "+33 6 12 34 56 78",
              "+33 (0)6 12 34 56 78",
              "0033 6 12 34 56 78",
              "+33612345678")) {
        Finding f = only("rappeler au " + p + " demain", Kind.PHONE);
        assertThat(f.text()).as(p).isEqualTo(p);
      }
    }

    @Test
    void otherPlans_areFound() {
      for (String p :
          List.of(
              "+44 20 7946 0321",
              "07700 900481",
              "+49 89 20304050",
              "0171 2345678",
              "+34 612 98 76 54",
              "612 345 678",
              "+39 347 123 4567",
              "02 8765 4321",
              "(415) 555-0187",
              "+1 415 555 0132",
              "+1 (212) 555-0199",
              "91 123 45 67",
              "089/1234567")) {
        Finding f = only("call " + p + " today", Kind.PHONE);
        assertThat(f.text()).as(p).isEqualTo(p);
      }
    }

    @Test
    void businessNumbers_areNotPhones() {
      none("Client SIRET 954 255 501 00049 facturation", Kind.PHONE);
      none("PO 4500123987 reçu", Kind.PHONE);
      none("TeamViewer ID 1 482 937 561", Kind.PHONE);
      none("budget 750 000 000 € validé", Kind.PHONE);
      none("devis D-2024-0187 du 22/05", Kind.PHONE);
    }
  }

  @Nested
  class Iban {
    @Test
    void everySepaCountry_validChecksum_isFound() {
      String[][] samples = {
        {"FR", "30004000031234567890143"},
        {"DE", "370400440532013000"},
        {"ES", "21000418450200051332"},
        {"IT", "X0542811101000000123456"},
        {"BE", "539007547034"},
        {"NL", "ABNA0417164300"},
        {"PT", "000201231234567890154"},
        {"AT", "1904300234573201"},
        {"LU", "0019400644750000"},
        {"IE", "AIBK93115212345678"},
        {"CH", "00762011623852957"},
        {"GB", "NWBK60161331926819"},
        {"PL", "109010140000071219812874"},
        {"MC", "11222000010123456789030"},
        {"NO", "86011117947"},
        {"MT", "MALT011000012345MTLCAST001S"}
      };
      for (String[] s : samples) {
        String iban = Identifiers.iban(s[0], s[1]);
        assertThat(only("IBAN : " + iban + ".", Kind.IBAN).text()).isEqualTo(iban);
        String spaced = Identifiers.spaced(iban);
        assertThat(only("RIB " + spaced + " ok", Kind.IBAN).text()).isEqualTo(spaced);
      }
    }

    @Test
    void wrongCheckDigits_isNotFound() {
      String iban = Identifiers.iban("FR", "30004000031234567890143");
      String broken =
          iban.substring(0, 2) + (iban.charAt(2) == '9' ? '0' : '9') + iban.substring(3);
      none("IBAN " + broken, Kind.IBAN);
    }

    @Test
    void wrongCountryLength_isNotFound() {
      none("IBAN " + Identifiers.iban("FR", "3000400003123456789014"), Kind.IBAN);
    }
  }

  @Nested
  class PaymentCard {
    @Test
    void visaMastercardAmex_groupedOrNot_areFound() {
      for (String card :
          List.of(
              Identifiers.luhn("455860821440974"),
              Identifiers.luhn("535515671150664"),
              Identifiers.luhn("230075781997905"),
              Identifiers.luhn("37614053235269"))) {
        assertThat(only("carte " + card + " exp 09/27", Kind.PAYMENT_CARD).text()).isEqualTo(card);
      }
      String grouped = Identifiers.spaced(Identifiers.luhn("455860821440974"));
      assertThat(only("CB " + grouped, Kind.PAYMENT_CARD).text()).isEqualTo(grouped);
      String dashed = grouped.replace(' ', '-');
      assertThat(only("CB " + dashed, Kind.PAYMENT_CARD).text()).isEqualTo(dashed);
    }

    @Test
    void luhnValidSiret_isNotACard() {
      // A SIRET passes Luhn but has 14 digits grouped 3-3-3-5 and no card issuer prefix.
      String siret = Identifiers.luhn("9542555010004");
      none(
          "Société "
              + siret.substring(0, 3)
              + " "
              + siret.substring(3, 6)
              + " "
              + siret.substring(6, 9)
              + " "
              + siret.substring(9),
          Kind.PAYMENT_CARD);
    }

    @Test
    void luhnFailure_isNotACard() {
      String card = Identifiers.luhn("455860821440974");
      char last = card.charAt(15);
      String broken = card.substring(0, 15) + (char) ('0' + (last - '0' + 1) % 10);
      none("carte " + broken, Kind.PAYMENT_CARD);
    }
  }

  @Nested
  class FrNir {
    @Test
    void spacedAndPlain_areFound() {
      String nir = Identifiers.nir("2790513055012");
      assertThat(only("NIR " + nir, Kind.FR_NIR).text()).isEqualTo(nir);
      String spaced =
          nir.charAt(0)
              + " "
              + nir.substring(1, 3)
              + " "
              + nir.substring(3, 5)
              + " "
              + nir.substring(5, 7)
              + " "
              + nir.substring(7, 10)
              + " "
              + nir.substring(10, 13)
              + " "
              + nir.substring(13);
      assertThat(only("n° sécu " + spaced, Kind.FR_NIR).text()).isEqualTo(spaced);
    }

    @Test
    void corsica2A2B_keyUses19and18() {
      for (String dept : List.of("2A", "2B")) {
        String nir = Identifiers.nir("18511" + dept + "006495");
        assertThat(only("NIR " + nir + " reçu", Kind.FR_NIR).text()).isEqualTo(nir);
      }
    }

    @Test
    void widelyCirculatedExampleWithWrongKey_isNotFound() {
      // PRIOR-ART.md: "1 85 05 78 006 084 36" circulates with a wrong key (the right one is 91).
      none("NIR 1 85 05 78 006 084 36", Kind.FR_NIR);
      assertThat(Identifiers.nir("1850578006084")).endsWith("91");
    }
  }

  @Nested
  class NationalId {
    @Test
    void spanishDniAndNie_areFound() {
      String dni = Identifiers.dni(15276683);
      assertThat(only("DNI " + dni + ", móvil", Kind.NATIONAL_ID).text()).isEqualTo(dni);
      String nie = Identifiers.nie('Y', 1907185);
      assertThat(only("NIE " + nie + " del empleado", Kind.NATIONAL_ID).text()).isEqualTo(nie);
    }

    @Test
    void spanishDniWithWrongLetter_isNotFound() {
      String dni = Identifiers.dni(15276683);
      char wrong = dni.charAt(8) == 'A' ? 'B' : 'A';
      none("DNI " + dni.substring(0, 8) + wrong, Kind.NATIONAL_ID);
    }

    @Test
    void italianCodiceFiscale_isFound() {
      String cf = Identifiers.codiceFiscale("RSSMRA85T10A562");
      assertThat(only("CF " + cf + " per il contratto", Kind.NATIONAL_ID).text()).isEqualTo(cf);
    }

    @Test
    void belgianNationalNumber_formatted_isFound() {
      String nn = Identifiers.belgian("850730167");
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
      assertThat(only("registre national " + formatted, Kind.NATIONAL_ID).text())
          .isEqualTo(formatted);
    }

    @Test
    void belgianNationalNumber_afterACueInAnyLanguage_isFound() {
      // Belgian customers of Italian, Spanish or German firms: the cue is in the note's language.
      String nn = Identifiers.belgian("850730033");
      for (String cue :
          List.of("numero nazionale", "número nacional", "Nationalnummer", "national number")) {
        assertThat(
                only("cliente belga, " + cue + " " + nn + ", richiamare", Kind.NATIONAL_ID).text())
            .as(cue)
            .isEqualTo(nn);
      }
      none("numero nazionale 85073003399", Kind.NATIONAL_ID); // wrong check digits
    }

    @Test
    void ukNino_validPrefix_isFound_invalidPrefix_isNot() {
      assertThat(only("NI number KW 22 40 32 A for payroll", Kind.NATIONAL_ID).text())
          .isEqualTo("KW 22 40 32 A");
      none("NI number QQ 12 34 56 C", Kind.NATIONAL_ID);
    }

    @Test
    void ukNinoUnspaced_needsItsCue() {
      assertThat(only("national insurance AB123456C", Kind.NATIONAL_ID).text())
          .isEqualTo("AB123456C");
      none("référence produit AB123456C", Kind.NATIONAL_ID);
    }

    @Test
    void usSsn_areaRules() {
      assertThat(only("SSN 524-63-1224", Kind.NATIONAL_ID).text()).isEqualTo("524-63-1224");
      none("SSN 666-63-1224", Kind.NATIONAL_ID);
      none("SSN 912-63-1224", Kind.NATIONAL_ID);
    }

    @Test
    void germanTaxId_checkDigit() {
      String id = Identifiers.germanTaxId("6914501372");
      String grouped =
          id.substring(0, 2)
              + " "
              + id.substring(2, 5)
              + " "
              + id.substring(5, 8)
              + " "
              + id.substring(8);
      assertThat(only("Steuer-ID " + grouped + " für", Kind.NATIONAL_ID).text()).isEqualTo(grouped);
      char last = id.charAt(10);
      none(
          "Steuer-ID " + id.substring(0, 10) + (char) ('0' + (last - '0' + 1) % 10),
          Kind.NATIONAL_ID);
    }

    @Test
    void passportAfterCue_isFound() {
      assertThat(only("Passeport n° 23CM78056 scanné", Kind.NATIONAL_ID).text())
          .isEqualTo("23CM78056");
    }
  }

  @Nested
  class IpAddress {
    @Test
    void v4AndV6_areFound() {
      assertThat(only("depuis l'IP 86.247.112.58, ok", Kind.IP_ADDRESS).text())
          .isEqualTo("86.247.112.58");
      assertThat(only("from 2001:db8:85a3::8a2e:370:7334 kept", Kind.IP_ADDRESS).text())
          .isEqualTo("2001:db8:85a3::8a2e:370:7334");
      assertThat(only("IPv6 fe80::1ff:fe23:4567:890a ici", Kind.IP_ADDRESS).text())
          .isEqualTo("fe80::1ff:fe23:4567:890a");
    }

    @Test
    void invalidOctetsVersionsAndTimes_areNotFound() {
      none("IP 256.1.1.1", Kind.IP_ADDRESS);
      none("version 1.2.3.4.5", Kind.IP_ADDRESS);
      none("à 10:30:00 précises", Kind.IP_ADDRESS);
    }
  }

  @Nested
  class DateOfBirth {
    @Test
    void dateAfterBirthCue_inFiveLanguages_isFound() {
      assertThat(only("né le 12/03/1958 à Brest", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("12/03/1958");
      assertThat(only("DOB 12 March 1994, passport", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("12 March 1994");
      assertThat(only("geb. am 14.02.1981, Tarif M", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("14.02.1981");
      assertThat(only("Nacido el 3 de mayo de 1975, casado", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("3 de mayo de 1975");
      assertThat(only("nato il 12/05/1980 a Napoli", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("12/05/1980");
      assertThat(only("Member DOB 1985-11-23 for", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("1985-11-23");
      assertThat(only("born on March 12, 1994 in", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("March 12, 1994");
    }

    @Test
    void abbreviatedBirthCues_inFiveLanguages_areCues() {
      // CRM users abbreviate "date de naissance" (DDN), "fecha de nacimiento" (F. nac.) and so on.
      assertThat(only("DDN 14.02.1988 pour le dossier", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("14.02.1988");
      assertThat(only("date naiss. 02/07/1969 ok", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("02/07/1969");
      assertThat(only("F. nac. 03/05/1979, cliente desde 2015", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("03/05/1979");
      assertThat(only("data nascita 12/11/1966", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("12/11/1966");
      assertThat(only("Geb.-Datum 01.04.1972", Kind.DATE_OF_BIRTH).text()).isEqualTo("01.04.1972");
      none("DDN manquante, DNS du site à migrer le 14.02", Kind.DATE_OF_BIRTH);
    }

    @Test
    void birthPlaceBetweenCueAndDate_isSkipped() {
      assertThat(only("né à Lyon le 12/03/1978", Kind.DATE_OF_BIRTH).text())
          .isEqualTo("12/03/1978");
    }

    @Test
    void dateWithoutBirthCue_isNotFound() {
      none("RDV le 12/03/2024 à 10h", Kind.DATE_OF_BIRTH);
    }

    @Test
    void impossibleDate_isNotFound() {
      none("né le 31/02/1958", Kind.DATE_OF_BIRTH);
    }
  }

  @Nested
  class Credential {
    @Test
    void secretAfterKeyword_spanIsTheSecretOnly() {
      assertThat(only("login : jdupont / mdp : Azerty123! (a changer)", Kind.CREDENTIAL).text())
          .isEqualTo("Azerty123!");
      assertThat(only("Passwort fürs Portal: Sommer2024! bitte", Kind.CREDENTIAL).text())
          .isEqualTo("Sommer2024!");
      assertThat(only("Contraseña de la web: Madrid2023$", Kind.CREDENTIAL).text())
          .isEqualTo("Madrid2023$");
      assertThat(only("code secret CB au tel (4729) refait", Kind.CREDENTIAL).text())
          .isEqualTo("4729");
      assertThat(only("admin login: admin@acme-test / Sandbox#2024 rotate", Kind.CREDENTIAL).text())
          .isEqualTo("Sandbox#2024");
    }

    @Test
    void plainWordAfterColon_isASecret_unlessItSaysWhatHappened() {
      assertThat(only("mdp : azerty", Kind.CREDENTIAL).text()).isEqualTo("azerty");
      assertThat(only("mdp : P@ssw0rd", Kind.CREDENTIAL).text()).isEqualTo("P@ssw0rd");
      none("password: expired, new one sent", Kind.CREDENTIAL);
    }

    @Test
    void pinAfterAVerb_isASecret_butADateAfterAPreposition_isNot() {
      // "est", "ist", "is" before the digits: the PIN is written out in clear.
      assertThat(only("Tresor-PIN des Kunden ist 7319, nur im Notfall", Kind.CREDENTIAL).text())
          .isEqualTo("7319");
      assertThat(only("le code PIN du client est 4821", Kind.CREDENTIAL).text()).isEqualTo("4821");
      assertThat(only("the alarm code is 0496, do not share", Kind.CREDENTIAL).text())
          .isEqualTo("0496");
      none("mdp changé le 12, rappeler", Kind.CREDENTIAL);
      none("PIN geändert seit 2023", Kind.CREDENTIAL);
      none("new PIN since 2021", Kind.CREDENTIAL);
    }

    @Test
    void keywordWithoutSecret_isNotFound() {
      none("mot de passe oublié, lien de réinitialisation envoyé", Kind.CREDENTIAL);
      none("mdp changé le 12/03/2024", Kind.CREDENTIAL);
    }
  }

  @Nested
  class Report_ {
    @Test
    void findings_areSortedAndWithinBounds() {
      String text = "mail a.b@example.fr, tel 06 12 34 56 78, IP 10.0.0.1";
      Report r = IDS.scan(text);
      assertThat(r.findings())
          .extracting(Finding::kind)
          .containsExactly(Kind.EMAIL, Kind.PHONE, Kind.IP_ADDRESS);
      assertThat(r.findings()).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
      assertThat(r.textLength()).isEqualTo(text.length());
    }

    @Test
    void findingToString_doesNotPrintPersonalData() {
      Finding f = only("mail a.b@example.fr", Kind.EMAIL);
      assertThat(f.toString()).doesNotContain("a.b@example.fr").contains("EMAIL");
    }
  }

  @Nested
  class Redaction {
    static final String TEXT = "IBAN FR76 3000 4945 4633 8260 6058 677 et a.b@example.fr";

    @Test
    void placeholder_replacesWithKind() {
      assertThat(IDS.redact(TEXT, RedactionStyle.PLACEHOLDER)).isEqualTo("IBAN [IBAN] et [EMAIL]");
    }

    @Test
    void mask_hidesEveryCharacter() {
      assertThat(IDS.redact("mail a.b@example.fr", RedactionStyle.MASK))
          .isEqualTo("mail ██████████████");
    }

    @Test
    void partial_keepsLastFourOfIban() {
      assertThat(IDS.redact(TEXT, RedactionStyle.PARTIAL))
          .startsWith("IBAN ████ ████ ████ ████ ████ ███8 677 et ")
          .doesNotContain("example");
    }

    @Test
    void wordGluedToAPlaceholder_isReadAsInTheOriginal_butAStrayBracketIsNoPlaceholder() {
      // What follows a redaction without a space went on the redacted word in the original text:
      // "a@b.fr\u0320mot de passe X" has no cue, so "[EMAIL]\u0320mot de passe X" has none.
      none("[EMAIL]\u0320mot de passe Azerty123!", Kind.CREDENTIAL);
      assertThat(only("[EMAIL] mot de passe Azerty123!", Kind.CREDENTIAL).text())
          .isEqualTo("Azerty123!");
      none("[IP_ADDRESS]&.8@sms.fr", Kind.EMAIL);
      none("[PAYMENT_CARD],01440 9748", Kind.PHONE);
      assertThat(only("mail ger]ard.maillot@wanadoo.fr", Kind.EMAIL).text())
          .isEqualTo("ard.maillot@wanadoo.fr");
    }

    @Test
    void redacted_rescanned_hasNoIdentifier() {
      for (RedactionStyle style : RedactionStyle.values()) {
        assertThat(IDS.scan(IDS.redact(TEXT, style)).findings(KindGroup.IDENTIFIER)).isEmpty();
      }
    }
  }

  @Nested
  class OwnTerms {
    @Test
    void ownNegativePhrase_withItsOwnCondition_dropsWhatItOverlaps_onlyWhenTheConditionHolds() {
      // A deployment's phrase that is never a finding, with a condition of its own (not the
      // vocabulary's): kept as written, dropping the bundled finding it overlaps.
      TermSpec notHere =
          new TermSpec("diabétique", null, Language.FR, "own#1", 1.0, false, (t, s, e) -> s == 0);
      TextControl control = TextControl.builder().terms(List.of(notHere)).build();

      assertThat(control.scan("diabétique : la gamme de produits").findings()).isEmpty();
      assertThat(control.scan("client diabétique").findings())
          .extracting(Finding::kind)
          .containsExactly(Kind.HEALTH);
    }
  }

  @Nested
  class Limits {
    @Test
    void textLongerThanMaxLength_throwsNamingTheLimit() {
      TextControl small = TextControl.builder().bundledVocabulary(false).maxLength(10).build();
      assertThatThrownBy(() -> small.scan("0123456789A"))
          .isInstanceOf(TextLimitExceededException.class)
          .hasMessageContaining("maxLength")
          .hasMessageNotContaining("0123456789A");
    }

    @Test
    void tooManyFindings_throws() {
      TextControl small = TextControl.builder().bundledVocabulary(false).maxFindings(2).build();
      assertThatThrownBy(() -> small.scan("a@b.fr c@d.fr e@f.fr"))
          .isInstanceOf(TextLimitExceededException.class)
          .hasMessageContaining("maxFindings");
    }

    @Test
    void invalidConfiguration_listsEveryProblem() {
      assertThatThrownBy(
              () -> TextControl.builder().kinds(List.of()).maxLength(0).maxFindings(-1).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no kind")
          .hasMessageContaining("maxLength")
          .hasMessageContaining("maxFindings");
    }

    @Test
    void nullText_throwsNpe() {
      assertThatThrownBy(() -> IDS.scan(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Configuration {
    @Test
    void disabledKind_isNotReported() {
      TextControl noMail = TextControl.builder().bundledVocabulary(false).kinds(Kind.PHONE).build();
      assertThat(noMail.scan("a.b@example.fr 06 12 34 56 78").findings())
          .extracting(Finding::kind)
          .containsExactly(Kind.PHONE);
    }

    @Test
    void allowedPhrase_suppressesOverlappingFinding() {
      TextControl allow =
          TextControl.builder().bundledVocabulary(false).allow("support@acme.fr").build();
      assertThat(allow.scan("écrire à support@acme.fr ou x@y.fr").findings())
          .extracting(Finding::text)
          .containsExactly("x@y.fr");
    }

    @Test
    void customTerm_isFoundFoldedAndWholeWord() {
      TextControl custom =
          TextControl.builder()
              .bundledVocabulary(false)
              .terms(
                  List.of(
                      new TermSpec("opéré du cœur", Kind.HEALTH, Language.FR, "t1", 0.9, false)))
              .build();
      assertThat(custom.scan("Il a été OPERE DU COEUR hier").findings())
          .extracting(Finding::text)
          .containsExactly("OPERE DU COEUR");
      assertThat(custom.scan("Il a été opéré du cœur.", Language.EN).findings()).isEmpty();
    }

    @Test
    void stemTerm_coversTheWholeWord() {
      TextControl custom =
          TextControl.builder()
              .bundledVocabulary(false)
              .terms(List.of(new TermSpec("alcoolis", Kind.HEALTH, null, "t2", 0.9, true)))
              .build();
      assertThat(custom.scan("un alcoolisme ancien").findings())
          .extracting(Finding::text)
          .containsExactly("alcoolisme");
      assertThat(custom.scan("alcoolis2 n'est pas un mot").findings()).isEmpty();
    }

    @Test
    void negativeTerm_suppressesOverlappingPositive() {
      TextControl custom =
          TextControl.builder()
              .bundledVocabulary(false)
              .terms(
                  List.of(
                      new TermSpec("malade", Kind.HEALTH, null, "t3", 0.9, false),
                      TermSpec.negative("malade d'impatience", null, "n1")))
              .build();
      assertThat(custom.scan("malade d’impatience de voir la V2").findings()).isEmpty();
      assertThat(custom.scan("il est malade depuis lundi").findings()).hasSize(1);
    }

    @Test
    void termSpec_invalidPattern_throwsNamingRule() {
      assertThatThrownBy(() -> new TermSpec("  -- ", Kind.HEALTH, null, "rule-x", 0.5, false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rule-x");
      assertThatThrownBy(() -> new TermSpec("ok", Kind.HEALTH, null, "rule-y", 1.5, false))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new TermSpec("Привет", Kind.HEALTH, null, "rule-z", 0.5, false))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
