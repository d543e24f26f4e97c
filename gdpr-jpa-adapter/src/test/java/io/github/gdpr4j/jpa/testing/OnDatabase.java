package io.github.gdpr4j.jpa.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every test of a class (typically a subclass of a store contract test, whose methods cannot
 * be turned into {@link AllDatabases} templates) against one database: the class is disabled when
 * that database is not selected, its tests skipped (or failed under {@code CI=true}) when the
 * server is unreachable, and before each test a fresh {@link TestDatabase} is handed to the test
 * instance through {@link DatabaseAware}.
 *
 * <pre>{@code
 * @Nested
 * @OnDatabase(Database.POSTGRESQL)
 * class OnPostgresql extends ConsentStoreContract implements DatabaseAware { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(OnDatabaseExtension.class)
public @interface OnDatabase {
  /**
   * Returns the database.
   *
   * @return the database
   */
  Database value();
}
