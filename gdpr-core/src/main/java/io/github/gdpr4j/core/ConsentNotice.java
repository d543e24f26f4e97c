package io.github.gdpr4j.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The information notice shown when consent was asked for (Art. 7(2), Art. 13): which version, and
 * the SHA-256 of its exact text, so that the controller can later prove what the subject read.
 *
 * @param version the controller's version id of the notice, such as {@code "newsletter-v3"}; 1 to
 *     128 characters
 * @param sha256 the SHA-256 of the notice text as 64 lower-case hex digits
 */
public record ConsentNotice(String version, String sha256) {

  /**
   * Validates the notice reference.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the version is not a valid id or the hash is not 64
   *     lower-case hex digits
   */
  public ConsentNotice {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sha256, "sha256");
    Ids.check("notice version", version, 128);
    if (sha256.length() != 64 || !isLowerHex(sha256)) {
      throw new IllegalArgumentException(
          "notice sha256 of version '" + version + "' must be 64 lower-case hex digits");
    }
  }

  /**
   * Returns the reference of a notice whose text is {@code text}, hashing its UTF-8 bytes.
   *
   * @param version the notice version id
   * @param text the exact text shown to the subject
   * @return the reference
   */
  public static ConsentNotice of(String version, String text) {
    Objects.requireNonNull(text, "text");
    return new ConsentNotice(version, sha256Hex(text.getBytes(StandardCharsets.UTF_8)));
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  static boolean isLowerHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
