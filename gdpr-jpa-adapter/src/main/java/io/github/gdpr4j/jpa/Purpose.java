package io.github.gdpr4j.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a purpose (Art. 5(1)(b) purpose limitation) for which an entity, or one of its fields,
 * is processed. The id must name a purpose of the application's {@code PurposeRegistry}; an unknown
 * id is reported at bootstrap.
 *
 * <p>On the entity, the purposes apply to every field. On a field, they replace the entity's
 * purposes for that field: the field may then be written only under one of its own purposes.
 *
 * <pre>{@code
 * @Entity
 * @Purpose("customer-relationship")
 * @Purpose("newsletter")
 * class Contact { ... }
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
@Repeatable(Purpose.List.class)
public @interface Purpose {

  /**
   * Returns the purpose id, as in {@code PurposeId.of(...)}.
   *
   * @return the id, such as {@code "newsletter"}
   */
  String value();

  /** Holds repeated {@link Purpose} annotations. */
  @Documented
  @java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.FIELD})
  @interface List {
    /**
     * Returns the repeated annotations.
     *
     * @return the purposes
     */
    Purpose[] value();
  }
}
