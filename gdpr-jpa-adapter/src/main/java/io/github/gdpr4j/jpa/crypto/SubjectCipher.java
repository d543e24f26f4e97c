package io.github.gdpr4j.jpa.crypto;

import io.github.gdpr4j.core.SubjectId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal values under their subject's key (AES-256-GCM) for crypto-shredding.
 *
 * <p><b>Format</b> (the column holds its base64url text, no padding): one version byte {@code 1};
 * one byte {@code n}, the length of the key id; {@code n} bytes of key id (ASCII); a random 96-bit
 * IV (12 bytes, fresh for each value); the GCM ciphertext with its 128-bit tag. The key id and the
 * version are authenticated as associated data, so a ciphertext cannot be moved under another
 * subject's key. The key id, not the subject id, is stored, so the column reveals nothing once the
 * key is gone.
 *
 * <p>Decrypting a value whose key was shredded yields {@link Optional#empty()} — a clear "shredded"
 * result instead of an exception deep inside Hibernate. Thread-safe.
 *
 * <pre>{@code
 * SubjectCipher cipher = SubjectCipher.create(keyStore);
 * String column = cipher.encrypt(subject, "ada@example.org");
 * Optional<String> email = cipher.decrypt(column);   // empty once the key is shredded
 * }</pre>
 */
public final class SubjectCipher {
  /** The format version written as the first byte. */
  public static final int VERSION = 1;

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SubjectKeyStore keys;
  private final SecureRandom random = new SecureRandom();

  private SubjectCipher(SubjectKeyStore keys) {
    this.keys = keys;
  }

  /**
   * Creates a cipher over a key store.
   *
   * @param keys the key store
   * @return the cipher
   */
  public static SubjectCipher create(SubjectKeyStore keys) {
    return new SubjectCipher(Objects.requireNonNull(keys, "keys"));
  }

  /**
   * Encrypts a value under the subject's key.
   *
   * @param subject the subject the value belongs to
   * @param plaintext the value
   * @return the column text
   * @throws IllegalStateException if the subject's key was shredded
   */
  public String encrypt(SubjectId subject, String plaintext) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(plaintext, "plaintext");
    String keyId = keys.keyIdFor(subject);
    byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
    if (id.length == 0 || id.length > 64) {
      throw new IllegalStateException("key ids must be 1 to 64 ASCII characters");
    }
    SecretKey key =
        keys.find(keyId)
            .orElseThrow(
                () -> new IllegalStateException("the key of subject " + subject + " was shredded"));
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    byte[] header = header(id);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(header);
      byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(header.length + IV_BYTES + ct.length);
      out.put(header).put(iv).put(ct);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Decrypts a column text.
   *
   * @param column the text written by {@link #encrypt}
   * @return the value, or empty if its key was shredded
   * @throws IllegalArgumentException if the text is not in the format, or was tampered with
   */
  public Optional<String> decrypt(String column) {
    Objects.requireNonNull(column, "column");
    byte[] all;
    try {
      all = Base64.getUrlDecoder().decode(column);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a gdpr4j ciphertext: not base64url", e);
    }
    if (all.length < 2 || all[0] != VERSION) {
      throw new IllegalArgumentException("not a gdpr4j ciphertext of version " + VERSION);
    }
    int n = all[1] & 0xff;
    if (n == 0 || all.length < 2 + n + IV_BYTES + TAG_BITS / 8) {
      throw new IllegalArgumentException("truncated gdpr4j ciphertext");
    }
    String keyId = new String(all, 2, n, StandardCharsets.US_ASCII);
    Optional<SecretKey> key = keys.find(keyId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, all, 2 + n, IV_BYTES));
      c.updateAAD(all, 0, 2 + n);
      int off = 2 + n + IV_BYTES;
      return Optional.of(new String(c.doFinal(all, off, all.length - off), StandardCharsets.UTF_8));
    } catch (AEADBadTagException e) {
      throw new IllegalArgumentException("gdpr4j ciphertext fails authentication (tampered?)", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  private static byte[] header(byte[] id) {
    byte[] h = new byte[2 + id.length];
    h[0] = VERSION;
    h[1] = (byte) id.length;
    System.arraycopy(id, 0, h, 2, id.length);
    return h;
  }
}
