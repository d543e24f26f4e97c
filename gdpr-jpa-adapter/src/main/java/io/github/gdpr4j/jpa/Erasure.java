package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.ErasureExemption;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what an erasure request (Art. 17) does to the rows of an entity that concern the
 * subject. Without it, the rows are deleted.
 *
 * <ul>
 *   <li>{@link Action#DELETE}: the rows are deleted (children before parents).
 *   <li>{@link Action#ANONYMISE}: the rows stay; every personal field is overwritten as its {@link
 *       Anonymise} says (null by default) and the link to the subject is cut (set to null), so that
 *       the row no longer relates to an identifiable person (Recital 26).
 *   <li>{@link Action#KEEP}: the rows stay under an Art. 17(3) exception; the fields named in
 *       {@link #keep()} and the link to the subject are kept, every other personal field is
 *       anonymised (Art. 5(1)(c): keep only what the law requires).
 * </ul>
 *
 * <pre>{@code
 * @Erasure(action = Erasure.Action.KEEP, exemption = ErasureExemption.LEGAL_OBLIGATION,
 *     keep = {"billingAddress", "amount", "issuedAt"},
 *     until = "10 years (Code de commerce, art. L123-22)")
 * class Invoice { ... }
 * }</pre>
 *
 * <p>Read by {@code io.github.gdpr4j.jpa.rights.ErasurePolicy#of(Class)}; a policy given to the
 * eraser's builder for a class replaces the annotation (for entities one cannot annotate).
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Erasure {

  /** What an erasure does to a row. */
  enum Action {
    /** Delete the row. */
    DELETE,
    /** Keep the row, anonymise its personal fields and cut the link to the subject. */
    ANONYMISE,
    /** Keep the row under an Art. 17(3) exception, with only the fields the law requires. */
    KEEP
  }

  /**
   * Returns the action.
   *
   * @return the action, DELETE by default
   */
  Action action() default Action.DELETE;

  /**
   * Returns the Art. 17(3) exception a KEEP relies on: exactly one for KEEP, none otherwise (an
   * array only because annotation attributes cannot be null).
   *
   * @return the exception
   */
  ErasureExemption[] exemption() default {};

  /**
   * Returns the fields a KEEP retains besides the id and the subject link; every other personal
   * field is anonymised.
   *
   * @return field names of the entity
   */
  String[] keep() default {};

  /**
   * Returns how long kept rows are retained, for the erasure report (no personal data).
   *
   * @return a short text, required for KEEP
   */
  String until() default "";
}
