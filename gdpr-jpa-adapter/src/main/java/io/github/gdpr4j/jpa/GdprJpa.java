package io.github.gdpr4j.jpa;

/**
 * Entry point of the JPA integration: the persistence property that carries the {@link
 * GdprJpaConfig}.
 *
 * <p>With Hibernate ORM 7 nothing else is needed: the adapter's {@code Integrator} is discovered
 * through {@code META-INF/services}, reads the configuration from the persistence unit's
 * properties, checks the annotated model against the purpose registry (failing with every problem
 * at once), and installs the listener for every entity; no {@code @EntityListeners} per entity.
 *
 * <p>Programmatic bootstrap (Jakarta Persistence 3.2):
 *
 * <pre>{@code
 * EntityManagerFactory emf = new PersistenceConfiguration("crm")
 *     .managedClass(Contact.class)
 *     .property(GdprJpa.CONFIG, config)
 *     .createEntityManagerFactory();
 * }</pre>
 *
 * <p>With {@code persistence.xml}, pass the object in the property map, since XML cannot hold it:
 *
 * <pre>{@code
 * Persistence.createEntityManagerFactory("crm", Map.of(GdprJpa.CONFIG, config));
 * }</pre>
 *
 * <p>A persistence unit whose entities carry no gdpr4j annotation needs no configuration; one whose
 * entities do fails to start without it.
 */
public final class GdprJpa {

  /** The persistence-unit property under which the {@link GdprJpaConfig} is passed. */
  public static final String CONFIG = "io.github.gdpr4j.jpa.config";

  private GdprJpa() {}
}
