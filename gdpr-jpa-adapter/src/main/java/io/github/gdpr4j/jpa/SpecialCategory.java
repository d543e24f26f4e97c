package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.Art9Condition;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as holding special-category data (Art. 9(1)), processed under an exception of Art.
 * 9(2). The field is personal data even without {@link PersonalData}. A missing condition is
 * reported at bootstrap: processing special-category data is prohibited unless a condition of Art.
 * 9(2) applies.
 *
 * <pre>{@code
 * import static io.github.gdpr4j.core.Art9Condition.HEALTH_OR_SOCIAL_CARE;
 *
 * @SpecialCategory(category = io.github.gdpr4j.core.SpecialCategory.HEALTH,
 *     condition = HEALTH_OR_SOCIAL_CARE)
 * String allergies;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SpecialCategory {

  /**
   * Returns the special category of Art. 9(1).
   *
   * @return the category
   */
  io.github.gdpr4j.core.SpecialCategory category();

  /**
   * Returns the Art. 9(2) condition(s) that lift the prohibition; at least one is required (the
   * empty default exists only so that its absence can be reported with every other problem at
   * bootstrap instead of as a compile error far from the model).
   *
   * @return the conditions
   */
  Art9Condition[] condition() default {};
}
