package io.github.gdpr4j.jpa.testing;

/** A test instance that receives its {@link TestDatabase} before each test ({@link OnDatabase}). */
public interface DatabaseAware {
  /**
   * Receives the fresh database of the coming test; it is closed after the test.
   *
   * @param db the database
   */
  void useDatabase(TestDatabase db);
}
