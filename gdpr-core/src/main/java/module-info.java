/** gdpr4j core: the lawful-processing model. Depends on slf4j-api only. */
module io.github.gdpr4j.core {
  requires org.slf4j;
  requires static transitive org.jspecify;
  // Optional: only PurposeRegistryYaml, the registry file loader, uses it.
  requires static org.snakeyaml.engine;

  exports io.github.gdpr4j.core;
  exports io.github.gdpr4j.core.spi;
}
