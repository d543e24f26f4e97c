package io.github.gdpr4j.text.validation;

import io.github.gdpr4j.text.Action;
import io.github.gdpr4j.text.Finding;
import io.github.gdpr4j.text.Kind;
import io.github.gdpr4j.text.KindGroup;
import io.github.gdpr4j.text.Language;
import io.github.gdpr4j.text.Policy;
import io.github.gdpr4j.text.Report;
import io.github.gdpr4j.text.TextControl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ControlledText}: scans the text once and reports one violation per finding its
 * policy blocks.
 *
 * <p>All validators share one {@link TextControl} with every language, built on first use (about a
 * tenth of a second) and immutable afterwards; a constraint limited to one language scans with that
 * language only. Thread-safe after {@link #initialize}.
 */
public final class ControlledTextValidator
    implements ConstraintValidator<ControlledText, CharSequence> {

  /** Prefix of the message keys in {@code ValidationMessages}. */
  static final String KEY_PREFIX = "io.github.gdpr4j.text.validation.ControlledText.";

  private static final String DEFAULT_MESSAGE = "{" + KEY_PREFIX + "message}";

  /** The shared detector, built once when first needed; immutable afterwards. */
  private static final class Shared {
    static final TextControl CONTROL = TextControl.builder().build();

    private Shared() {}
  }

  private Policy policy = Policy.defaults();
  private @Nullable Language language;
  private String message = DEFAULT_MESSAGE;

  /** Creates a validator; Bean Validation providers call {@link #initialize} next. */
  public ControlledTextValidator() {}

  /**
   * Reads the policy and language of the constraint.
   *
   * @param constraint the constraint; not null
   */
  @Override
  public void initialize(ControlledText constraint) {
    Policy p =
        Policy.defaults()
            .with(KindGroup.IDENTIFIER, constraint.identifiers())
            .with(KindGroup.SPECIAL_CATEGORY, constraint.specialCategories())
            .with(KindGroup.CRIMINAL, constraint.criminal())
            .with(KindGroup.OFFENSIVE, constraint.offensive());
    for (Kind k : constraint.block()) {
      p = p.with(k, Action.BLOCK);
    }
    for (Kind k : constraint.allow()) {
      p = p.with(k, Action.ALLOW);
    }
    this.policy = p;
    this.language = constraint.languages().length == 1 ? constraint.languages()[0] : null;
    this.message = constraint.message();
  }

  /**
   * Tells whether the text contains nothing the policy blocks; adds one violation per blocked
   * finding otherwise.
   *
   * @param value the text; null is valid
   * @param context the validation context
   * @return {@code true} if nothing is blocked
   */
  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || value.length() == 0) {
      return true;
    }
    TextControl control = Shared.CONTROL;
    if (value.length() > control.maxLength()) {
      return false;
    }
    Report report = language == null ? control.scan(value) : control.scan(value, language);
    if (policy.decide(report) != Action.BLOCK) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = hibernate(context);
    if (hibernate != null) {
      hibernate.withDynamicPayload(report);
    }
    if (!DEFAULT_MESSAGE.equals(message)) {
      return false; // the constraint's own message, once
    }
    context.disableDefaultConstraintViolation();
    for (Finding f : policy.findings(report, Action.BLOCK)) {
      String key = KEY_PREFIX + f.kind().name().toLowerCase(Locale.ROOT);
      if (hibernate != null) {
        hibernate.addMessageParameter("term", f.text());
        hibernate.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
      } else {
        context
            .buildConstraintViolationWithTemplate("{" + key + ".generic}")
            .addConstraintViolation();
      }
    }
    return false;
  }

  private static @Nullable HibernateConstraintValidatorContext hibernate(
      ConstraintValidatorContext context) {
    try {
      return context.unwrap(HibernateConstraintValidatorContext.class);
    } catch (RuntimeException | LinkageError e) {
      return null; // another provider, or Hibernate Validator absent: messages without the term
    }
  }
}
