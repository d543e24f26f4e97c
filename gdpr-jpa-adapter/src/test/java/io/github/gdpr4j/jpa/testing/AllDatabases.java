package io.github.gdpr4j.jpa.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test once per selected {@link Database}, each time with a fresh isolated
 * {@link TestDatabase} passed as a parameter (a {@link Database} parameter is also resolved).
 *
 * <p>The selection comes from the system property {@code gdpr4j.test.databases} (default {@code
 * h2,postgresql,mariadb}; Maven profiles {@code db-h2}, {@code db-postgresql}, {@code db-mariadb}
 * select one). A server that cannot be reached makes its invocations <em>skipped</em> with a
 * message naming the URL and the property to change, except under {@code CI=true}, where they
 * <em>fail</em>: CI must never pass by skipping a database.
 *
 * <pre>{@code
 * @AllDatabases
 * void persist_underPurpose_succeeds(TestDatabase db) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(AllDatabasesExtension.class)
public @interface AllDatabases {}
