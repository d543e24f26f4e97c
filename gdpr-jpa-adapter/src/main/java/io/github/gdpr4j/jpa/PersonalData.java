package io.github.gdpr4j.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as personal data (Art. 4(1)) of the entity's data subject, in a category of the
 * record of processing (Art. 30(1)(c)). An entity with at least one such field must declare a
 * {@link Purpose} and a {@link DataSubject}.
 *
 * <pre>{@code
 * @PersonalData(category = "contact-details") String email;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

  /**
   * Returns the data category, as in {@code DataCategory.of(...)}.
   *
   * @return a category name such as {@code "identity"} or {@code "contact-details"}
   */
  String category();
}
