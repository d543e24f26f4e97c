package io.github.gdpr4j.text.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.gdpr4j.text.Action;
import io.github.gdpr4j.text.Kind;
import io.github.gdpr4j.text.Language;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text (a {@code String} or other {@code CharSequence} field, getter or parameter)
 * must not contain what its policy blocks: by default special categories (GDPR Art. 9(1)), criminal
 * data (Art. 10), insulting comments (Art. 5(1)(a),(d)), payment cards, French social-security
 * numbers and credentials. Other identifiers only warn (Art. 5(1)(c)) and do not make the value
 * invalid. {@code null} is valid.
 *
 * <p>Each blocked finding becomes one violation whose message quotes the flagged words, in the
 * validator's locale ("Ce commentaire contient une donnée de santé : « diabétique ». Notez
 * seulement ce qui est utile à la relation commerciale."). With Hibernate Validator the scan {@link
 * io.github.gdpr4j.text.Report} is the violation's dynamic payload.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Constraint(validatedBy = ControlledTextValidator.class)
@Repeatable(ControlledText.List.class)
public @interface ControlledText {

  /**
   * The message template; by default each blocked finding gets the message of its kind.
   *
   * @return the template
   */
  String message() default "{io.github.gdpr4j.text.validation.ControlledText.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload classes
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The action for personal identifiers (Art. 5(1)(c)); {@link #block()} overrides it per kind.
   *
   * @return the action; default {@link Action#WARN}
   */
  Action identifiers() default Action.WARN;

  /**
   * The action for special categories of data (Art. 9(1)).
   *
   * @return the action; default {@link Action#BLOCK}
   */
  Action specialCategories() default Action.BLOCK;

  /**
   * The action for criminal data (Art. 10).
   *
   * @return the action; default {@link Action#BLOCK}
   */
  Action criminal() default Action.BLOCK;

  /**
   * The action for insulting or subjective comments (Art. 5(1)(a),(d)).
   *
   * @return the action; default {@link Action#BLOCK}
   */
  Action offensive() default Action.BLOCK;

  /**
   * Kinds blocked whatever their group's action.
   *
   * @return the kinds; default payment cards, French social-security numbers and credentials
   */
  Kind[] block() default {Kind.PAYMENT_CARD, Kind.FR_NIR, Kind.CREDENTIAL};

  /**
   * Kinds allowed whatever their group's action (applied after {@link #block()}).
   *
   * @return the kinds; default none
   */
  Kind[] allow() default {};

  /**
   * The language of the field's texts; empty (the default) scans with every language's vocabulary
   * at once.
   *
   * @return the languages
   */
  Language[] languages() default {};

  /** Several {@code @ControlledText} on one element. */
  @Documented
  @Retention(RUNTIME)
  @Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    ControlledText[] value();
  }
}
