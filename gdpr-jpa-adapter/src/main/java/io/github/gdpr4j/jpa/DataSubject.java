package io.github.gdpr4j.jpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that identifies the data subject (Art. 4(1)) of an entity, so that consent,
 * objection and restriction can be checked for that person.
 *
 * <p>Three forms are accepted:
 *
 * <ul>
 *   <li>the {@code @Id} of the entity itself, when the entity <em>is</em> the person (a contact);
 *   <li>a basic attribute holding the person's id ({@code String}, a number or a {@code UUID});
 *   <li>a to-one association to the person's entity; the subject is that entity's id.
 * </ul>
 *
 * <p>The subject id is the value's {@code toString()}; it is a pseudonymous key, never a name or an
 * e-mail. Every entity with personal data needs exactly one {@code @DataSubject}; a missing or
 * unresolvable one is reported at bootstrap.
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DataSubject {}
