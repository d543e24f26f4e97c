/**
 * The technology compatibility kit of gdpr-core's stores: abstract contract tests that every
 * implementation of {@link io.github.gdpr4j.core.spi.ConsentStore}, {@link
 * io.github.gdpr4j.core.spi.ObjectionStore}, {@link io.github.gdpr4j.core.spi.RestrictionStore} and
 * {@link io.github.gdpr4j.core.spi.SuppressionStore} must pass. They ship in the gdpr-core
 * test-jar; the in-memory stores and the JPA adapter extend the same classes.
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>io.github.gdpr4j</groupId>
 *   <artifactId>gdpr-core</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 *
 * class JpaConsentStoreTest extends ConsentStoreContract { ... }
 * }</pre>
 */
@NullMarked
package io.github.gdpr4j.core.tck;

import org.jspecify.annotations.NullMarked;
