package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gdpr4j.core.spi.SuppressionStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SuppressionListTest {

  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final byte[] KEY =
      "controller-held-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final SubjectId ALICE = SubjectId.of("contact-1");

  private final MutableClock clock = new MutableClock(T0);
  private final StateAuditSink audit = new StateAuditSink();
  private final SuppressionStore store = SuppressionStore.inMemory();
  private final SuppressionList list = SuppressionList.create(store, KEY, clock, audit);

  @Nested
  class Reimport {
    @Test
    void objectingSubject_isCaughtOnReimport_whateverTheCaseAndSpaces() {
      list.add(IdentifierKind.EMAIL, "alice@example.com", SuppressionReason.OBJECTION, ALICE);

      assertThat(list.isSuppressed(IdentifierKind.EMAIL, "  Alice@Example.COM "))
          .as("Art. 21: an objecting subject must not come back through an import")
          .isTrue();
      assertThat(list.isSuppressed(IdentifierKind.EMAIL, "bob@example.com")).isFalse();
    }

    @Test
    void phoneNumbers_matchWhateverTheSeparators() {
      list.add(IdentifierKind.PHONE, "+33 6 12 34 56 78", SuppressionReason.ERASURE, null);

      assertThat(list.isSuppressed(IdentifierKind.PHONE, "+33-6.12.34.56.78")).isTrue();
      assertThat(list.isSuppressed(IdentifierKind.PHONE, "33612345678"))
          .as("no country code is inferred")
          .isFalse();
    }

    @Test
    void sameValueUnderAnotherKind_doesNotMatch() {
      list.add(IdentifierKind.OTHER, "12345", SuppressionReason.ERASURE, null);

      assertThat(list.isSuppressed(IdentifierKind.PHONE, "12345")).isFalse();
    }
  }

  @Nested
  class Minimisation {
    @Test
    void entry_holdsKeyedHashNeverTheIdentifier() {
      SuppressionEntry e =
          list.add(IdentifierKind.EMAIL, "alice@example.com", SuppressionReason.OBJECTION, ALICE);

      assertThat(e.toString()).doesNotContain("alice").doesNotContain("example");
      assertThat(e.keyedHash()).hasSize(64);
      assertThat(e.keyedHash())
          .as("keyed, so not a plain SHA-256 an attacker could recompute from a list of addresses")
          .isNotEqualTo(
              ConsentNotice.sha256Hex("alice@example.com".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anotherKey_givesAnotherHash() {
      byte[] other = KEY.clone();
      other[0] ^= 1;
      SuppressionList second = SuppressionList.create(store, other, clock, audit);

      assertThat(second.keyedHash(IdentifierKind.EMAIL, "alice@example.com"))
          .isNotEqualTo(list.keyedHash(IdentifierKind.EMAIL, "alice@example.com"));
    }

    @Test
    void keyIsCopied_laterChangesToCallerArrayHaveNoEffect() {
      byte[] key = KEY.clone();
      SuppressionList l = SuppressionList.create(SuppressionStore.inMemory(), key, clock, audit);
      String before = l.keyedHash(IdentifierKind.EMAIL, "a@b.c");
      Arrays.fill(key, (byte) 0);

      assertThat(l.keyedHash(IdentifierKind.EMAIL, "a@b.c")).isEqualTo(before);
      assertThat(l.toString()).contains("redacted");
    }

    @Test
    void audit_namesKindAndReason_notTheIdentifierOrHash() {
      SuppressionEntry e =
          list.add(IdentifierKind.EMAIL, "alice@example.com", SuppressionReason.OBJECTION, ALICE);

      AuditEvent a = audit.last();
      assertThat(a.action()).isEqualTo("suppression.added");
      assertThat(a.reasons()).containsExactly("OBJECTION (Art. 21)");
      assertThat(a.toString()).doesNotContain("alice@").doesNotContain(e.keyedHash());
    }

    @Test
    void addingTwice_keepsFirstEntry_andAuditsOnce() {
      SuppressionEntry first =
          list.add(IdentifierKind.EMAIL, "alice@example.com", SuppressionReason.OBJECTION, ALICE);
      SuppressionEntry second =
          list.add(IdentifierKind.EMAIL, "ALICE@example.com", SuppressionReason.ERASURE, ALICE);

      assertThat(second).isEqualTo(first);
      assertThat(audit.events).hasSize(1);
    }
  }

  @Nested
  class Hmac {
    @Test
    void rfc4231TestCase2_matches() {
      byte[] mac =
          SuppressionList.hmacSha256(
              "Jefe".getBytes(StandardCharsets.US_ASCII),
              "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));

      assertThat(HexFormat.of().formatHex(mac))
          .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
  }

  @Nested
  class BadInputs {
    @Test
    void shortKey_isRejected() {
      assertThatThrownBy(() -> SuppressionList.create(store, new byte[31], clock, audit))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("32");
    }

    @Test
    void identifierEmptyAfterNormalisation_isRejected() {
      assertThatThrownBy(() -> list.isSuppressed(IdentifierKind.EMAIL, "   "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> list.isSuppressed(IdentifierKind.PHONE, "+ - ."))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedEntryHash_isRejected() {
      assertThatThrownBy(
              () ->
                  new SuppressionEntry(
                      IdentifierKind.EMAIL, "alice@example.com", SuppressionReason.ERASURE, T0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("alice");
    }
  }
}
