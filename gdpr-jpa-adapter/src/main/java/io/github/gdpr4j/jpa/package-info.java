/**
 * Annotations for JPA entities and the purpose scope: what a CRM developer touches.
 *
 * <p>Annotate entities with {@link io.github.gdpr4j.jpa.Purpose}, {@link
 * io.github.gdpr4j.jpa.LegalBasis}, {@link io.github.gdpr4j.jpa.DataSubject}, {@link
 * io.github.gdpr4j.jpa.PersonalData}, {@link io.github.gdpr4j.jpa.SpecialCategory} and {@link
 * io.github.gdpr4j.jpa.Retention}; pass a {@link io.github.gdpr4j.jpa.GdprJpaConfig} under {@link
 * io.github.gdpr4j.jpa.GdprJpa#CONFIG}; process data inside a {@link io.github.gdpr4j.jpa.Purposes}
 * scope.
 *
 * <pre>{@code
 * @Entity
 * @Purpose("newsletter")
 * @LegalBasis(CONSENT)
 * class Subscription {
 *   @Id Long id;
 *   @DataSubject @ManyToOne Contact contact;
 *   @PersonalData(category = "contact-details") String email;
 * }
 *
 * try (var scope = Purposes.enter(PurposeId.of("newsletter"))) {
 *   em.persist(subscription);   // denied unless the contact consented
 * }
 * }</pre>
 */
@NullMarked
package io.github.gdpr4j.jpa;

import org.jspecify.annotations.NullMarked;
