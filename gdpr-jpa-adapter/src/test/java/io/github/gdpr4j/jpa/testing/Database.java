package io.github.gdpr4j.jpa.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The databases the JPA tests run on: H2 in memory (always available), and the PostgreSQL and
 * MariaDB servers of the development and CI machines.
 *
 * <p>Server coordinates are read from system properties, so that a developer can point the tests at
 * their own server:
 *
 * <ul>
 *   <li>{@code gdpr4j.test.postgresql.url} (default {@code jdbc:postgresql://127.0.0.1:5432/test}),
 *       {@code gdpr4j.test.postgresql.user} (default {@code postgres}), {@code
 *       gdpr4j.test.postgresql.password} (default empty);
 *   <li>{@code gdpr4j.test.mariadb.url} (default {@code jdbc:mariadb://127.0.0.1:3306/test}),
 *       {@code gdpr4j.test.mariadb.user} (default {@code root}), {@code
 *       gdpr4j.test.mariadb.password} (default empty).
 * </ul>
 *
 * <p>Every {@link #open()} gives an isolated, empty namespace: a new in-memory H2 database, a new
 * PostgreSQL schema or a new MariaDB database, dropped when the {@link TestDatabase} is closed, so
 * that concurrent runs on one server never collide.
 */
public enum Database {
  /** H2 in memory: the embedded default, always run. */
  H2("h2", "jdbc:h2:mem:", "sa", ""),
  /** PostgreSQL; each test gets its own schema. */
  POSTGRESQL("postgresql", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""),
  /** MariaDB (or MySQL); each test gets its own database. */
  MARIADB("mariadb", "jdbc:mariadb://127.0.0.1:3306/test", "root", "");

  /** The system property listing the databases to run on, comma-separated. */
  public static final String SELECTION_PROPERTY = "gdpr4j.test.databases";

  /** Namespaces created by this harness start with this prefix (followed by epoch seconds). */
  static final String NAME_PREFIX = "gdpr4j_t";

  private final String id;
  private final String defaultUrl;
  private final String defaultUser;
  private final String defaultPassword;

  Database(String id, String defaultUrl, String defaultUser, String defaultPassword) {
    this.id = id;
    this.defaultUrl = defaultUrl;
    this.defaultUser = defaultUser;
    this.defaultPassword = defaultPassword;
  }

  /**
   * Returns the short name used in the selection property and in display names.
   *
   * @return {@code h2}, {@code postgresql} or {@code mariadb}
   */
  public String id() {
    return id;
  }

  /**
   * Returns whether this database is embedded, so that it needs no server.
   *
   * @return true for H2
   */
  public boolean embedded() {
    return this == H2;
  }

  /**
   * Returns the JDBC URL of the server (for H2, the in-memory prefix).
   *
   * @return the configured or default URL
   */
  public String serverUrl() {
    return System.getProperty("gdpr4j.test." + id + ".url", defaultUrl);
  }

  String user() {
    return System.getProperty("gdpr4j.test." + id + ".user", defaultUser);
  }

  String password() {
    return System.getProperty("gdpr4j.test." + id + ".password", defaultPassword);
  }

  /**
   * Parses a selection such as {@code "h2,postgresql"}.
   *
   * @param selection comma-separated ids, case and blanks ignored
   * @return the databases, in the order of this enum, without duplicates
   * @throws IllegalArgumentException if an id is unknown or the selection is empty
   */
  public static List<Database> parseSelection(String selection) {
    Objects.requireNonNull(selection, "selection");
    List<Database> result = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String part : selection.split(",", -1)) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      Database found = null;
      for (Database db : values()) {
        if (db.id.equals(name)) {
          found = db;
        }
      }
      if (found == null) {
        unknown.add(name);
      } else if (!result.contains(found)) {
        result.add(found);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          SELECTION_PROPERTY
              + " names unknown database(s) "
              + unknown
              + "; known: h2, postgresql, mariadb");
    }
    if (result.isEmpty()) {
      throw new IllegalArgumentException(
          SELECTION_PROPERTY + " is empty; name at least one of h2, postgresql, mariadb");
    }
    result.sort(null);
    return List.copyOf(result);
  }

  /**
   * Returns the databases selected by {@value #SELECTION_PROPERTY}, all three by default.
   *
   * @return the selection
   */
  public static List<Database> selected() {
    return parseSelection(System.getProperty(SELECTION_PROPERTY, "h2,postgresql,mariadb"));
  }

  /**
   * Tells whether the tests must fail rather than skip when a server is unreachable: true under
   * {@code CI=true}.
   *
   * @return whether unreachable databases fail the build
   */
  public static boolean unreachableIsFailure() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Opens a connection to the server itself (not to an isolated namespace), failing fast.
   *
   * @return a connection the caller closes
   * @throws SQLException if the server cannot be reached or refuses the login
   */
  Connection connectToServer() throws SQLException {
    if (embedded()) {
      return DriverManager.getConnection("jdbc:h2:mem:", user(), password());
    }
    Properties props = new Properties();
    props.setProperty("user", user());
    props.setProperty("password", password());
    // Fail within seconds when nothing listens, instead of the drivers' long defaults.
    if (this == POSTGRESQL) {
      props.setProperty("connectTimeout", "3");
      props.setProperty("loginTimeout", "5");
    } else {
      props.setProperty("connectTimeout", "3000");
    }
    return DriverManager.getConnection(serverUrl(), props);
  }

  /**
   * Creates a new empty namespace on this database.
   *
   * @return the isolated database; close it to drop the namespace
   * @throws IllegalStateException if the namespace cannot be created
   */
  public TestDatabase open() {
    String name = NameGenerator.next();
    try {
      switch (this) {
        case H2 -> {
          return new TestDatabase(
              this, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", user(), password(), name);
        }
        case POSTGRESQL -> {
          execute("CREATE SCHEMA " + name);
          return new TestDatabase(
              this, withParameter(serverUrl(), "currentSchema", name), user(), password(), name);
        }
        case MARIADB -> {
          execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
          return new TestDatabase(this, withDatabase(serverUrl(), name), user(), password(), name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create test namespace " + name + " on " + id + " at " + serverUrl(), e);
    }
    throw new AssertionError(this);
  }

  /** Drops the namespace of an isolated database. */
  void drop(TestDatabase db) throws SQLException {
    switch (this) {
      case H2 -> {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), user(), password());
            Statement s = c.createStatement()) {
          s.execute("SHUTDOWN");
        }
      }
      case POSTGRESQL -> execute("DROP SCHEMA IF EXISTS " + db.namespace() + " CASCADE");
      case MARIADB -> execute("DROP DATABASE IF EXISTS " + db.namespace());
    }
  }

  /**
   * Drops namespaces this harness left behind more than an hour ago (a killed test JVM never closes
   * its namespaces).
   */
  void dropStaleNamespaces() throws SQLException {
    if (embedded()) {
      return;
    }
    String query =
        "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'gdpr4j\\_t%'";
    List<String> stale = new ArrayList<>();
    try (Connection c = connectToServer();
        Statement s = c.createStatement();
        var rs = s.executeQuery(query)) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (NameGenerator.isStale(name)) {
          stale.add(name);
        }
      }
    }
    for (String name : stale) {
      execute(
          this == POSTGRESQL
              ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
              : "DROP DATABASE IF EXISTS " + name);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = connectToServer();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /**
   * Adds a query parameter to a JDBC URL.
   *
   * @param url the URL
   * @param name the parameter name
   * @param value the value (an identifier: no escaping needed)
   * @return the URL with the parameter
   */
  static String withParameter(String url, String name, String value) {
    return url + (url.indexOf('?') >= 0 ? "&" : "?") + name + "=" + value;
  }

  /**
   * Replaces the database of a {@code jdbc:mariadb://host[:port][/db][?params]} or {@code
   * jdbc:mysql://…} URL.
   *
   * @param url the server URL
   * @param database the database to use instead
   * @return the rewritten URL
   * @throws IllegalArgumentException if the URL has no {@code //authority}
   */
  static String withDatabase(String url, String database) {
    int authority = url.indexOf("//");
    if (!url.startsWith("jdbc:") || authority < 0) {
      throw new IllegalArgumentException(
          "expected a jdbc:mariadb://host:port/database URL in gdpr4j.test.mariadb.url");
    }
    int query = url.indexOf('?', authority + 2);
    int end = query < 0 ? url.length() : query;
    int slash = url.indexOf('/', authority + 2);
    String head = slash < 0 || slash > end ? url.substring(0, end) : url.substring(0, slash);
    return head + "/" + database + url.substring(end);
  }
}
