package io.github.gdpr4j.text.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gdpr4j.text.Action;
import io.github.gdpr4j.text.Finding;
import io.github.gdpr4j.text.Kind;
import io.github.gdpr4j.text.Language;
import io.github.gdpr4j.text.Report;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ControlledTextValidatorTest {

  private static final ValidatorFactory FRENCH = factory(Locale.FRENCH);
  private static final ValidatorFactory ENGLISH = factory(Locale.ENGLISH);

  private static ValidatorFactory factory(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(locale)
        .locales(Locale.FRENCH, Locale.ENGLISH)
        .buildValidatorFactory();
  }

  @AfterAll
  static void close() {
    FRENCH.close();
    ENGLISH.close();
  }

  static final class Contact {
    @ControlledText String comment;

    Contact(String comment) {
      this.comment = comment;
    }
  }

  static final class StrictNote {
    @ControlledText(identifiers = Action.BLOCK, allow = Kind.OFFENSIVE, languages = Language.FR)
    String note;

    StrictNote(String note) {
      this.note = note;
    }
  }

  private static <T> Set<ConstraintViolation<T>> validate(T bean, Locale locale) {
    Validator v = (locale.equals(Locale.FRENCH) ? FRENCH : ENGLISH).getValidator();
    return v.validate(bean);
  }

  @Nested
  class DefaultPolicy {

    @Test
    void healthData_isInvalid_withFrenchMessageQuotingTheWord() {
      Set<ConstraintViolation<Contact>> violations =
          validate(new Contact("La cliente est diabétique, rappeler lundi"), Locale.FRENCH);

      assertThat(violations)
          .extracting(ConstraintViolation::getMessage)
          .containsExactly(
              "Ce commentaire contient une donnée de santé : « diabétique ». Notez seulement ce"
                  + " qui est utile à la relation commerciale.");
    }

    @Test
    void criminalData_isInvalid_withEnglishMessageInEnglishLocale() {
      Set<ConstraintViolation<Contact>> violations =
          validate(new Contact("Applicant has a criminal record"), Locale.ENGLISH);

      assertThat(violations)
          .extracting(ConstraintViolation::getMessage)
          .singleElement()
          .asString()
          .startsWith("This comment mentions an offence or a conviction: \u201ccriminal record");
    }

    @Test
    void twoBlockedFindings_giveTwoViolations() {
      Set<ConstraintViolation<Contact>> violations =
          validate(new Contact("client alcoolique et radin"), Locale.FRENCH);

      assertThat(violations).hasSize(2);
    }

    @Test
    void identifierOnly_warnsAndIsValid() {
      assertThat(validate(new Contact("rappeler au 06 12 34 56 78"), Locale.FRENCH)).isEmpty();
    }

    @Test
    void neutralComment_andNull_areValid() {
      assertThat(validate(new Contact("RDV lundi, devis à envoyer"), Locale.FRENCH)).isEmpty();
      assertThat(validate(new Contact(null), Locale.FRENCH)).isEmpty();
    }

    @Test
    void violation_carriesTheReportAsDynamicPayload_forUnderliningSpans() {
      String text = "La cliente est diabétique";
      ConstraintViolation<Contact> violation =
          validate(new Contact(text), Locale.FRENCH).iterator().next();

      @SuppressWarnings("unchecked")
      HibernateConstraintViolation<Contact> hv =
          violation.unwrap(HibernateConstraintViolation.class);
      Report report = hv.getDynamicPayload(Report.class);

      assertThat(report).isNotNull();
      Finding f = report.findings().get(0);
      assertThat(text.substring(f.start(), f.end())).isEqualTo("diabétique");
    }
  }

  @Nested
  class CustomPolicy {

    @Test
    void blockedIdentifiers_makeAPhoneNumberInvalid() {
      List<String> messages =
          validate(new StrictNote("rappeler au 06 12 34 56 78"), Locale.FRENCH).stream()
              .map(ConstraintViolation::getMessage)
              .collect(Collectors.toList());

      assertThat(messages).singleElement().asString().contains("numéro de téléphone");
    }

    @Test
    void allowedKind_isIgnored() {
      assertThat(validate(new StrictNote("client radin"), Locale.FRENCH)).isEmpty();
    }
  }
}
