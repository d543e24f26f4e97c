package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.SuppressionEntry;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Suppression entries in memory, keyed by kind and hash. */
final class InMemorySuppressionStore implements SuppressionStore {

  private final ConcurrentHashMap<String, SuppressionEntry> entries = new ConcurrentHashMap<>();

  @Override
  public void add(SuppressionEntry entry) {
    Objects.requireNonNull(entry, "entry");
    entries.putIfAbsent(key(entry.kind(), entry.keyedHash()), entry);
  }

  @Override
  public Optional<SuppressionEntry> find(IdentifierKind kind, String keyedHash) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(keyedHash, "keyedHash");
    return Optional.ofNullable(entries.get(key(kind, keyedHash)));
  }

  private static String key(IdentifierKind kind, String hash) {
    return kind.name() + ':' + hash;
  }
}
