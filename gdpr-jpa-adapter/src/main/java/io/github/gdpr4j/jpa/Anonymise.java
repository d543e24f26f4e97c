package io.github.gdpr4j.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says how a personal field is overwritten when its row is anonymised (by an erasure with {@link
 * Erasure.Action#ANONYMISE} or {@link Erasure.Action#KEEP}, or by a retention sweep with action
 * ANONYMISE). Without it, the field is set to null.
 *
 * <pre>{@code
 * @Anonymise(with = Anonymise.With.TOKEN) @Column(nullable = false) String fullName;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Anonymise {

  /** How a value is overwritten. */
  enum With {
    /** SQL NULL. */
    NULL,
    /** The fixed text {@code [erased]} (for non-nullable text columns). */
    TOKEN,
    /**
     * A keyed pseudonym of the subject id (HMAC-SHA256 under the eraser's key, 32 hex digits): rows
     * of one erased subject stay linkable to each other, not to the person. Pseudonymised data is
     * still personal data (Recital 26), so retention sweeps write {@link #TOKEN} instead.
     */
    PSEUDONYM
  }

  /**
   * Returns how the value is overwritten.
   *
   * @return NULL by default
   */
  With with() default With.NULL;
}
