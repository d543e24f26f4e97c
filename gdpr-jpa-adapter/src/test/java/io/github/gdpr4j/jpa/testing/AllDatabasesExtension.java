package io.github.gdpr4j.jpa.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/**
 * Provides one invocation per selected database for {@link AllDatabases} tests. Each server is
 * probed once per test run; the result is cached in the root extension store.
 */
public final class AllDatabasesExtension implements TestTemplateInvocationContextProvider {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AllDatabasesExtension.class);

  /** Creates the extension; JUnit calls this. */
  public AllDatabasesExtension() {}

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod().isPresent();
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    List<Database> selected = Database.selected();
    return selected.stream().map(Invocation::new);
  }

  /** The outcome of probing one server: empty when reachable, else why not. */
  private record Probe(Optional<String> problem) {}

  /**
   * Skips (or, under {@code CI=true}, fails) the current test when {@code db}'s server cannot be
   * reached; probes each server once per run.
   *
   * @param context the test's context
   * @param db the database
   */
  static void requireReachable(ExtensionContext context, Database db) {
    Optional<String> problem = probe(context, db).problem();
    if (problem.isPresent()) {
      if (Database.unreachableIsFailure()) {
        throw new IllegalStateException(
            "CI=true: an unreachable database is a failure, not a skip. " + problem.get());
      }
      throw new TestAbortedException("Skipped: " + problem.get());
    }
  }

  private static Probe probe(ExtensionContext context, Database db) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .computeIfAbsent("probe:" + db.id(), key -> doProbe(db), Probe.class);
  }

  private static Probe doProbe(Database db) {
    try (Connection c = db.connectToServer()) {
      c.isValid(3);
    } catch (SQLException | RuntimeException e) {
      return new Probe(
          Optional.of(
              db.id()
                  + " is not reachable at "
                  + db.serverUrl()
                  + " ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + "). Start the server, point gdpr4j.test."
                  + db.id()
                  + ".url/.user/.password at yours, or leave it out of "
                  + Database.SELECTION_PROPERTY
                  + "."));
    }
    try {
      db.dropStaleNamespaces();
    } catch (SQLException e) {
      // Leftovers are only clutter; a failing clean-up must not hide the real tests.
      return new Probe(Optional.empty());
    }
    return new Probe(Optional.empty());
  }

  private static final class Invocation implements TestTemplateInvocationContext {
    private final Database database;

    Invocation(Database database) {
      this.database = database;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return "[" + database.id() + "]";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new Setup(database), new Resolver(database));
    }
  }

  /** Skips or fails an invocation whose server is unreachable; opens its namespace otherwise. */
  private static final class Setup implements BeforeEachCallback {
    private final Database database;

    Setup(Database database) {
      this.database = database;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      requireReachable(context, database);
      // Stored AutoCloseable values are closed by JUnit when the invocation ends.
      context.getStore(NAMESPACE).put(TestDatabase.class, database.open());
    }
  }

  private static final class Resolver implements ParameterResolver {
    private final Database database;

    Resolver(Database database) {
      this.database = database;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == TestDatabase.class || type == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      if (parameter.getParameter().getType() == Database.class) {
        return database;
      }
      TestDatabase db = context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
      if (db == null) {
        throw new IllegalStateException("no test database was opened for " + database.id());
      }
      return db;
    }
  }
}
