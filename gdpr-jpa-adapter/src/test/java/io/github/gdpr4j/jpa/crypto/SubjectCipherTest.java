package io.github.gdpr4j.jpa.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Nested;

class SubjectCipherTest {

  private static SubjectKeyStore store(TestDatabase db) {
    EntityManagerFactory emf =
        db.entityManagerFactory(
            Map.of(), JpaSubjectKeyStore.entityClasses().toArray(Class<?>[]::new));
    return JpaSubjectKeyStore.create(emf);
  }

  @Nested
  class Shredding {
    @AllDatabases
    void value_roundTrips_untilTheKeyIsShredded(TestDatabase db) {
      SubjectKeyStore keys = store(db);
      SubjectCipher cipher = SubjectCipher.create(keys);
      SubjectId ada = SubjectId.of("crm:42");
      String stored = cipher.encrypt(ada, "ada@example.org");
      String bob = cipher.encrypt(SubjectId.of("crm:43"), "bob@example.org");

      // ':' and '@' are outside the base64url alphabet: a random ciphertext cannot contain them.
      assertThat(stored).doesNotContain("ada@example.org").doesNotContain("crm:42");
      assertThat(cipher.decrypt(stored)).contains("ada@example.org");
      assertThat(keys.shred(ada)).isTrue();

      assertThat(cipher.decrypt(stored))
          .as("Art. 17: once the key is shredded, every copy is unreadable")
          .isEmpty();
      assertThat(cipher.decrypt(bob)).contains("bob@example.org");
      assertThat(keys.shred(ada)).as("shredding twice changes nothing").isFalse();
    }

    @AllDatabases
    void sameValueTwice_givesDifferentCiphertexts(TestDatabase db) {
      SubjectCipher cipher = SubjectCipher.create(store(db));
      SubjectId ada = SubjectId.of("42");

      assertThat(cipher.encrypt(ada, "x")).isNotEqualTo(cipher.encrypt(ada, "x"));
    }
  }

  @Nested
  class BadInput {
    @AllDatabases
    void tamperedOrForeignText_isRejected(TestDatabase db) {
      SubjectCipher cipher = SubjectCipher.create(store(db));
      byte[] raw = Base64.getUrlDecoder().decode(cipher.encrypt(SubjectId.of("1"), "secret"));
      raw[raw.length - 1] ^= 1;
      String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

      assertThatThrownBy(() -> cipher.decrypt(tampered))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("authentication");
      assertThatThrownBy(() -> cipher.decrypt("plain text!"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> cipher.decrypt("AA"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("version");
      assertThatThrownBy(() -> cipher.encrypt(null, "x")).isInstanceOf(NullPointerException.class);
    }
  }
}
