/**
 * The Hibernate ORM 7 integration: {@link io.github.gdpr4j.jpa.hibernate.GdprIntegrator}, found by
 * Hibernate through the service loader, validates the annotated model at bootstrap and installs the
 * enforcing event listener. Applications do not call it; they pass a {@link
 * io.github.gdpr4j.jpa.GdprJpaConfig} under {@link io.github.gdpr4j.jpa.GdprJpa#CONFIG}.
 *
 * <pre>{@code
 * Persistence.createEntityManagerFactory("crm", Map.of(GdprJpa.CONFIG, config));
 * }</pre>
 */
@NullMarked
package io.github.gdpr4j.jpa.hibernate;

import org.jspecify.annotations.NullMarked;
