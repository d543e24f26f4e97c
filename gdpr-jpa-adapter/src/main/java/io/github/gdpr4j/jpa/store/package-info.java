/**
 * JPA stores for gdpr-core's consent ledger, objection and restriction registers, suppression list
 * and audit trail, on tables prefixed {@code gdpr_}. Entry point: {@link
 * io.github.gdpr4j.jpa.store.JpaStores}.
 *
 * <pre>{@code
 * ConsentStore store = JpaStores.consentStore(emf);
 * }</pre>
 */
@NullMarked
package io.github.gdpr4j.jpa.store;

import org.jspecify.annotations.NullMarked;
