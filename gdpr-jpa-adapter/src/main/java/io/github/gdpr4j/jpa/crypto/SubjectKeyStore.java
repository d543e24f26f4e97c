package io.github.gdpr4j.jpa.crypto;

import io.github.gdpr4j.core.SubjectId;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Where the per-subject AES-256 keys of crypto-shredding live (SPI). Erasing a subject deletes its
 * key: every value encrypted under it, in the database and in every backup, becomes unreadable
 * (Art. 17 applied to copies one cannot reach; EDPB Guidelines on erasure in backups).
 *
 * <p>Implementations are thread-safe. Keep the store apart from the encrypted data (a KMS, a vault,
 * another database) in production; {@link JpaSubjectKeyStore} keeps keys in a table of the same
 * database, which is fine for tests and for shredding live data, not for backups that also hold the
 * key table.
 */
public interface SubjectKeyStore {

  /**
   * Returns the id of the subject's key, creating the key on first use.
   *
   * @param subject the subject
   * @return a key id, 1 to 64 ASCII characters, no personal data
   */
  String keyIdFor(SubjectId subject);

  /**
   * Finds a key by id.
   *
   * @param keyId the key id read from a ciphertext
   * @return the key, or empty once it has been shredded
   */
  Optional<SecretKey> find(String keyId);

  /**
   * Deletes (shreds) the subject's key.
   *
   * @param subject the subject
   * @return true if a key was deleted
   */
  boolean shred(SubjectId subject);
}
