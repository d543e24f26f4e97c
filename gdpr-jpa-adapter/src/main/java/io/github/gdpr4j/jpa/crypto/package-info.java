/**
 * Crypto-shredding: personal values encrypted under a per-subject AES-256-GCM key ({@link
 * io.github.gdpr4j.jpa.crypto.SubjectCipher}), keys held by a {@link
 * io.github.gdpr4j.jpa.crypto.SubjectKeyStore} (SPI; {@link
 * io.github.gdpr4j.jpa.crypto.JpaSubjectKeyStore} in the database for tests). Shredding the key
 * makes every copy unreadable, backups included.
 *
 * <pre>{@code
 * SubjectCipher cipher = SubjectCipher.create(JpaSubjectKeyStore.create(emf));
 * String stored = cipher.encrypt(subject, email);
 * keyStore.shred(subject);
 * cipher.decrypt(stored);   // Optional.empty(): shredded
 * }</pre>
 */
@NullMarked
package io.github.gdpr4j.jpa.crypto;

import org.jspecify.annotations.NullMarked;
