package io.github.gdpr4j.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A consent event as stored in a subject's hash chain: its sequence number in the chain, the hash
 * of the previous entry and its own hash.
 *
 * <p>The hash is SHA-256 over a canonical encoding of every field of the event, the sequence number
 * and the previous hash. Each field is written as a 4-byte big-endian length followed by its UTF-8
 * bytes (length -1 for an absent field), instants as epoch second and nanosecond, so that no two
 * different events share an encoding (no separator can be smuggled into a value). The encoding
 * starts with a format tag ({@value #FORMAT}) so that a future format can coexist.
 *
 * <p>Store implementations create entries with {@link #first} and {@link #next}; they must store
 * all four components verbatim.
 *
 * @param event the event
 * @param sequence its position in the subject's chain, from 0
 * @param previousHash the hash of the entry at {@code sequence - 1}, or {@link #GENESIS} for the
 *     first entry; 64 lower-case hex digits
 * @param hash this entry's hash; 64 lower-case hex digits
 */
public record ConsentEntry(ConsentEvent event, long sequence, String previousHash, String hash) {

  /** The previous hash of the first entry of every chain: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  /** The tag that starts the hashed encoding. */
  public static final String FORMAT = "gdpr4j-consent-v1";

  /**
   * Validates the entry's shape; whether the hash is right is checked by {@link
   * ConsentHistory#verify}.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the sequence is negative or a hash is not 64 lower-case hex
   *     digits
   */
  public ConsentEntry {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
    if (sequence < 0) {
      throw new IllegalArgumentException("consent entry sequence must not be negative");
    }
    checkHash("previousHash", previousHash);
    checkHash("hash", hash);
  }

  private static void checkHash(String what, String h) {
    if (h.length() != 64 || !ConsentNotice.isLowerHex(h)) {
      throw new IllegalArgumentException(
          "consent entry " + what + " must be 64 lower-case hex digits");
    }
  }

  /**
   * Creates the first entry of a subject's chain.
   *
   * @param event the event
   * @return the entry at sequence 0
   */
  public static ConsentEntry first(ConsentEvent event) {
    return new ConsentEntry(event, 0, GENESIS, computeHash(event, 0, GENESIS));
  }

  /**
   * Creates the entry that follows {@code previous} in the same subject's chain.
   *
   * @param previous the current last entry of the chain
   * @param event the event to append
   * @return the new entry
   * @throws IllegalArgumentException if the event is for another subject
   */
  public static ConsentEntry next(ConsentEntry previous, ConsentEvent event) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(event, "event");
    if (!previous.event.subject().equals(event.subject())) {
      throw new IllegalArgumentException(
          "cannot chain an event of subject "
              + event.subject()
              + " after one of subject "
              + previous.event.subject());
    }
    long seq = previous.sequence + 1;
    return new ConsentEntry(event, seq, previous.hash, computeHash(event, seq, previous.hash));
  }

  /**
   * Tells whether the stored hash matches the event, sequence and previous hash.
   *
   * @return false if any of them was changed after the entry was created
   */
  public boolean hashMatches() {
    return hash.equals(computeHash(event, sequence, previousHash));
  }

  /**
   * Computes the hash of an entry.
   *
   * @param event the event
   * @param sequence the sequence number
   * @param previousHash the previous hash
   * @return 64 lower-case hex digits
   */
  public static String computeHash(ConsentEvent event, long sequence, String previousHash) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    field(out, FORMAT);
    field(out, event.subject().value());
    field(out, event.purpose().value());
    field(out, event.type().name());
    instant(out, event.at());
    field(out, event.channel().name());
    field(out, event.collectedBy());
    ConsentNotice notice = event.notice();
    field(out, notice == null ? null : notice.version());
    field(out, notice == null ? null : notice.sha256());
    field(out, event.proofReference());
    Instant expiry = event.expiresAt();
    if (expiry == null) {
      int32(out, -1);
    } else {
      int32(out, 12);
      instant(out, expiry);
    }
    int64(out, sequence);
    field(out, previousHash);
    return ConsentNotice.sha256Hex(out.toByteArray());
  }

  private static void field(ByteArrayOutputStream out, @Nullable String value) {
    if (value == null) {
      int32(out, -1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int32(out, bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  private static void instant(ByteArrayOutputStream out, Instant at) {
    int64(out, at.getEpochSecond());
    int32(out, at.getNano());
  }

  private static void int32(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private static void int64(ByteArrayOutputStream out, long v) {
    int32(out, (int) (v >>> 32));
    int32(out, (int) v);
  }
}
