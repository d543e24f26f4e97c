package io.github.gdpr4j.jpa.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One isolated, initially empty namespace on a {@link Database}, with helpers to build entity
 * manager factories on it and to read rows back with plain JDBC (to check what really reached the
 * database, not what the persistence context remembers).
 *
 * <p>Closing it closes every factory built from it, then drops the namespace. Not thread-safe: one
 * test owns it.
 *
 * <pre>{@code
 * @AllDatabases
 * void contact_persisted_isStored(TestDatabase db) {
 *   EntityManagerFactory emf = db.entityManagerFactory(Map.of(), Contact.class);
 *   ...
 *   assertThat(db.queryForString("SELECT comment FROM interaction")).isEqualTo("…");
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
  private final Database database;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final String namespace;
  private final List<EntityManagerFactory> factories = new ArrayList<>();
  private boolean closed;

  TestDatabase(Database database, String jdbcUrl, String user, String password, String namespace) {
    this.database = database;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.namespace = namespace;
  }

  /**
   * Returns which database this is.
   *
   * @return the database
   */
  public Database database() {
    return database;
  }

  /**
   * Returns the JDBC URL of the isolated namespace.
   *
   * @return the URL
   */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /**
   * Returns the name of the isolated schema (PostgreSQL), database (MariaDB) or in-memory database
   * (H2).
   *
   * @return an unquoted lower-case identifier
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Returns the JPA properties that connect to this namespace and create the schema of the managed
   * classes: URL, user, password and {@code jakarta.persistence.schema-generation.database.action =
   * create} (the namespace is new, so there is nothing to drop).
   *
   * @return a new mutable map
   */
  public Map<String, Object> jpaProperties() {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(PersistenceConfiguration.JDBC_URL, jdbcUrl);
    props.put(PersistenceConfiguration.JDBC_USER, user);
    props.put(PersistenceConfiguration.JDBC_PASSWORD, password);
    props.put(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "create");
    // Enough for the store contracts' eight concurrent writers: Hibernate's built-in pool fails
    // rather than waits when it is exhausted.
    props.put("hibernate.connection.pool_size", "10");
    return props;
  }

  /**
   * Builds an entity manager factory on this namespace through the Jakarta Persistence 3.2
   * programmatic bootstrap, creating the tables of {@code entities}. It is closed with this
   * database.
   *
   * @param properties further properties, overriding the defaults of {@link #jpaProperties()}
   * @param entities the managed classes
   * @return the factory
   */
  public EntityManagerFactory entityManagerFactory(
      Map<String, ?> properties, Class<?>... entities) {
    Objects.requireNonNull(properties, "properties");
    PersistenceConfiguration config =
        new PersistenceConfiguration("gdpr4j-test-" + database.id())
            .provider("org.hibernate.jpa.HibernatePersistenceProvider");
    for (Class<?> entity : entities) {
      config.managedClass(entity);
    }
    config.properties(jpaProperties());
    config.properties(properties);
    return register(config.createEntityManagerFactory());
  }

  /**
   * Registers a factory built some other way (from {@code persistence.xml}, say) so that it is
   * closed before the namespace is dropped.
   *
   * @param factory the factory
   * @return the same factory
   */
  public EntityManagerFactory register(EntityManagerFactory factory) {
    factories.add(Objects.requireNonNull(factory, "factory"));
    return factory;
  }

  /**
   * Opens a plain JDBC connection to this namespace.
   *
   * @return a connection the caller closes
   * @throws SQLException if the database refuses it
   */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  /**
   * Runs a query and returns the first column of every row as text.
   *
   * @param sql the query; use lower-case unquoted identifiers so it runs on all three databases
   * @param parameters bound in order
   * @return the values, {@code null} for SQL NULL
   * @throws SQLException if the query fails
   */
  public List<String> queryForStrings(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (var rs = ps.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rs.next()) {
          values.add(rs.getString(1));
        }
        return values;
      }
    }
  }

  /**
   * Closes the factories built on this namespace, then drops it.
   *
   * @throws SQLException if the namespace cannot be dropped
   */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    for (EntityManagerFactory emf : factories) {
      try {
        if (emf.isOpen()) {
          emf.close();
        }
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    database.drop(this);
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return database.id() + ":" + namespace;
  }
}
