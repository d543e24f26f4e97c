package io.github.gdpr4j.core;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.SuppressionStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Keeps objecting and erased subjects from coming back through a re-import: imports check each
 * incoming identifier with {@link #isSuppressed} before creating a contact.
 *
 * <p>An entry is the HMAC-SHA256, under a controller-held key, of the identifier's kind and its
 * normalised form ({@link IdentifierKind#normalise}). A plain hash of an e-mail address can be
 * reversed by hashing candidate addresses; a keyed hash cannot without the key. The key is passed
 * in, kept in memory only, and never written with the entries: store it in a key vault, apart from
 * the database. Changing the key makes existing entries unmatchable, so rotate it only together
 * with a fresh suppression source.
 *
 * <p>Thread-safe when its store and sink are.
 *
 * <pre>{@code
 * SuppressionList suppression = SuppressionList.create(SuppressionStore.inMemory(), key, clock, sink);
 * suppression.add(IdentifierKind.EMAIL, "alice@example.com", SuppressionReason.OBJECTION, subject);
 * boolean skip = suppression.isSuppressed(IdentifierKind.EMAIL, " Alice@Example.com");
 * }</pre>
 */
public final class SuppressionList {

  /** The shortest accepted key: 256 bits, the output size of SHA-256. */
  public static final int MIN_KEY_BYTES = 32;

  private final SuppressionStore store;
  private final byte[] key;
  private final Clock clock;
  private final AuditSink audit;

  private SuppressionList(SuppressionStore store, byte[] key, Clock clock, AuditSink audit) {
    this.store = store;
    this.key = key;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * Creates a suppression list.
   *
   * @param store where entries are kept
   * @param key the controller's HMAC key, at least {@value #MIN_KEY_BYTES} bytes; copied
   * @param clock the clock that stamps entries
   * @param audit the sink that receives {@code suppression.added} events
   * @return the list
   * @throws IllegalArgumentException if the key is too short
   */
  public static SuppressionList create(
      SuppressionStore store, byte[] key, Clock clock, AuditSink audit) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "suppression key must have at least " + MIN_KEY_BYTES + " bytes, got " + key.length);
    }
    return new SuppressionList(
        Objects.requireNonNull(store, "store"),
        key.clone(),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(audit, "audit"));
  }

  /**
   * Adds an identifier to the list; adding one already listed records nothing new.
   *
   * @param kind the kind of identifier
   * @param identifier the raw identifier; normalised, hashed and then forgotten
   * @param reason why it is suppressed
   * @param subject the subject it belonged to, for the audit trail only (may be null for an erased
   *     subject whose id should no longer appear)
   * @return the entry, new or existing
   * @throws IllegalArgumentException if the identifier is empty after normalisation
   */
  public SuppressionEntry add(
      IdentifierKind kind,
      String identifier,
      SuppressionReason reason,
      @Nullable SubjectId subject) {
    Objects.requireNonNull(reason, "reason");
    String hash = keyedHash(kind, identifier);
    Optional<SuppressionEntry> existing = store.find(kind, hash);
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = clock.instant();
    SuppressionEntry entry = new SuppressionEntry(kind, hash, reason, now);
    store.add(entry);
    audit.record(
        new AuditEvent(
            now,
            "suppression.added",
            subject,
            null,
            AuditEvent.Outcome.RECORDED,
            List.of(reason.name() + " (" + reason.article() + ")"),
            "system",
            Map.of("kind", kind.name())));
    return entry;
  }

  /**
   * Tells whether an identifier is suppressed.
   *
   * @param kind the kind of identifier
   * @param identifier the raw identifier, as found in an import
   * @return true when an entry matches its normalised form
   * @throws IllegalArgumentException if the identifier is empty after normalisation
   */
  public boolean isSuppressed(IdentifierKind kind, String identifier) {
    return find(kind, identifier).isPresent();
  }

  /**
   * Returns the entry matching an identifier.
   *
   * @param kind the kind of identifier
   * @param identifier the raw identifier
   * @return the entry, or empty
   */
  public Optional<SuppressionEntry> find(IdentifierKind kind, String identifier) {
    return store.find(kind, keyedHash(kind, identifier));
  }

  /**
   * Computes the keyed hash of an identifier: HMAC-SHA256 over the kind's name, a NUL and the
   * normalised identifier (UTF-8).
   *
   * @param kind the kind of identifier
   * @param identifier the raw identifier
   * @return 64 lower-case hex digits
   */
  public String keyedHash(IdentifierKind kind, String identifier) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(identifier, "identifier");
    String normalised = kind.normalise(identifier);
    byte[] kindBytes = kind.name().getBytes(StandardCharsets.UTF_8);
    byte[] value = normalised.getBytes(StandardCharsets.UTF_8);
    byte[] message = new byte[kindBytes.length + 1 + value.length];
    System.arraycopy(kindBytes, 0, message, 0, kindBytes.length);
    System.arraycopy(value, 0, message, kindBytes.length + 1, value.length);
    return HexFormat.of().formatHex(hmacSha256(key, message));
  }

  /** HMAC-SHA256 (RFC 2104) through the JDK's {@link Mac}; a new instance per call is cheap. */
  static byte[] hmacSha256(byte[] key, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "SuppressionList[key=<redacted>, store=" + store.getClass().getSimpleName() + "]";
  }
}
