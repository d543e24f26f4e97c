package io.github.gdpr4j.jpa.crypto;

import io.github.gdpr4j.core.SubjectId;
import jakarta.persistence.EntityManagerFactory;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link SubjectKeyStore} in a table of the application's database ({@code gdpr_subject_key}):
 * random AES-256 keys, random key ids. For tests and for shredding live data; a backup that holds
 * this table holds the keys too, so production keys belong in a store apart from the data.
 * Thread-safe.
 */
public final class JpaSubjectKeyStore implements SubjectKeyStore {
  private final EntityManagerFactory emf;
  private final SecureRandom random = new SecureRandom();

  private JpaSubjectKeyStore(EntityManagerFactory emf) {
    this.emf = emf;
  }

  /**
   * Returns the entity classes of the store, to add to the persistence unit.
   *
   * @return the classes
   */
  public static List<Class<?>> entityClasses() {
    return List.of(SubjectKeyRow.class);
  }

  /**
   * Creates the store.
   *
   * @param emf a factory whose unit includes {@link #entityClasses()}
   * @return the store
   */
  public static SubjectKeyStore create(EntityManagerFactory emf) {
    return new JpaSubjectKeyStore(Objects.requireNonNull(emf, "emf"));
  }

  @Override
  public String keyIdFor(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    return emf.callInTransaction(
        em -> {
          SubjectKeyRow row = em.find(SubjectKeyRow.class, subject.value());
          if (row == null) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            byte[] id = new byte[16];
            random.nextBytes(id);
            row = new SubjectKeyRow(subject.value(), HexFormat.of().formatHex(id), key);
            em.persist(row);
          }
          return row.keyId;
        });
  }

  @Override
  public Optional<SecretKey> find(String keyId) {
    Objects.requireNonNull(keyId, "keyId");
    return emf.callInTransaction(
        em ->
            em.createQuery("select k.key from SubjectKeyRow k where k.keyId = :id", byte[].class)
                .setParameter("id", keyId)
                .getResultStream()
                .findFirst()
                .map(k -> (SecretKey) new SecretKeySpec(k, "AES")));
  }

  @Override
  public boolean shred(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    return emf.callInTransaction(
            em ->
                em.createQuery("delete from SubjectKeyRow k where k.subjectId = :s")
                    .setParameter("s", subject.value())
                    .executeUpdate())
        > 0;
  }
}
