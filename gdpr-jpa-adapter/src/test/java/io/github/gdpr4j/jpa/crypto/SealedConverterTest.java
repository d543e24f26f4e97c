package io.github.gdpr4j.jpa.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.ErasureExemption;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.SuppressionList;
import io.github.gdpr4j.core.spi.SuppressionStore;
import io.github.gdpr4j.jpa.ErasurePolicy;
import io.github.gdpr4j.jpa.rights.RightsFixture;
import io.github.gdpr4j.jpa.rights.SubjectEraser;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;

class SealedConverterTest {

  @Nested
  class Entity {
    @AllDatabases
    void sealedColumn_isCiphertext_andReadsAsShreddedOnceTheKeyIsGone(TestDatabase db)
        throws Exception {
      SubjectKeyStore keys =
          JpaSubjectKeyStore.create(
              db.entityManagerFactory(
                  Map.of(), JpaSubjectKeyStore.entityClasses().toArray(Class<?>[]::new)));
      Map<String, Object> props =
          new HashMap<>(CryptoShredding.properties(SubjectCipher.create(keys)));
      props.put("jakarta.persistence.schema-generation.database.action", "create");
      EntityManagerFactory emf = db.entityManagerFactory(props, SealedNote.class);
      SubjectId ada = SubjectId.of("42");
      emf.runInTransaction(
          em -> em.persist(new SealedNote(1L, Sealed.of(ada, "Ada prefers calls after 6pm"))));

      assertThat(db.queryForStrings("SELECT text FROM crypto_sealed_note"))
          .singleElement()
          // spaces are outside the base64url alphabet: a random ciphertext cannot contain them
          .satisfies(v -> assertThat(v).doesNotContain("Ada prefers", "after 6pm"));
      Sealed read = emf.callInTransaction(em -> em.find(SealedNote.class, 1L).text);
      assertThat(read.value()).contains("Ada prefers calls after 6pm");

      keys.shred(ada);

      Sealed after = emf.callInTransaction(em -> em.find(SealedNote.class, 1L).text);
      assertThat(after.isShredded())
          .as("Art. 17 by crypto-shredding: readable nowhere, and loading does not fail")
          .isTrue();
      assertThat(after.toString()).isEqualTo("Sealed[shredded]");
    }
  }

  @Nested
  class Erasure {
    @AllDatabases
    void erasure_shredsTheSubjectKey_afterCommitting(TestDatabase db) {
      RightsFixture f = new RightsFixture(db);
      Long id = f.ada();
      SubjectId ada = RightsFixture.subject(id);
      SubjectKeyStore keys =
          JpaSubjectKeyStore.create(
              db.entityManagerFactory(
                  Map.of(), JpaSubjectKeyStore.entityClasses().toArray(Class<?>[]::new)));
      String keyId = keys.keyIdFor(ada);
      String bobKey = keys.keyIdFor(SubjectId.of("bob"));

      SubjectEraser.builder(f.emf)
          .policy(
              io.github.gdpr4j.jpa.crm.Invoice.class,
              ErasurePolicy.keep(ErasureExemption.LEGAL_OBLIGATION, "10 years", "amount"))
          .pseudonymKey(new byte[32])
          // Contact.email is @SuppressOnErasure: the eraser needs a suppression list.
          .suppression(
              SuppressionList.create(
                  SuppressionStore.inMemory(), new byte[32], f.crm.clock, f.crm.audit))
          .keyStore(keys)
          .build()
          .erase(ada, "req-1");

      assertThat(keys.find(keyId)).as("Art. 17: the key of the erased subject is gone").isEmpty();
      assertThat(keys.find(bobKey)).isPresent();
    }
  }

  @Nested
  class BadInput {
    @AllDatabases
    void converterWithoutCipher_explainsHowToWireIt(TestDatabase db) {
      SealedConverter bare = new SealedConverter();

      assertThatThrownBy(() -> bare.convertToEntityAttribute("AQ"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("CryptoShredding.properties");
      assertThat(bare.convertToDatabaseColumn(null)).isNull();
      assertThatThrownBy(() -> Sealed.of(null, "x")).isInstanceOf(NullPointerException.class);
    }
  }
}
