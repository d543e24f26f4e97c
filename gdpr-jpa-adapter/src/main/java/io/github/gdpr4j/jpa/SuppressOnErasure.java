package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.IdentifierKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field whose value goes on the core {@code SuppressionList} (as a keyed hash, never in
 * clear) when the subject is erased, so that a later import of the same e-mail address or phone
 * number is refused instead of bringing the erased subject back (Art. 17(1), Art. 17(2)).
 *
 * <pre>{@code
 * @SuppressOnErasure(IdentifierKind.EMAIL) @PersonalData(category = "contact-details") String email;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SuppressOnErasure {

  /**
   * Returns the kind of identifier the field holds.
   *
   * @return the kind, which decides how it is normalised before hashing
   */
  IdentifierKind value();
}
