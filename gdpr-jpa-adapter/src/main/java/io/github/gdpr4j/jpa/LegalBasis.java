package io.github.gdpr4j.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the Art. 6(1) legal bases the processing of an entity rests on. Every purpose of the
 * entity must rest on one of them in the purpose registry; a mismatch is reported at bootstrap, so
 * that the code and the record of processing cannot drift apart.
 *
 * <p>On a field it narrows the entity's bases: the field may then be written only under a purpose
 * resting on one of the field's bases (for example, marketing preferences only under consent). A
 * field cannot widen the entity's bases.
 *
 * <pre>{@code
 * import static io.github.gdpr4j.core.LegalBasis.CONSENT;
 * import static io.github.gdpr4j.core.LegalBasis.CONTRACT;
 *
 * @Entity
 * @LegalBasis({CONTRACT, CONSENT})
 * class Contact {
 *   @LegalBasis(CONSENT) @PersonalData(category = "preferences") String interests;
 * }
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface LegalBasis {

  /**
   * Returns the bases.
   *
   * @return at least one basis
   */
  io.github.gdpr4j.core.LegalBasis[] value();
}
