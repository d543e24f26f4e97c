package io.github.gdpr4j.jpa.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The extension behind {@link OnDatabase}. */
public final class OnDatabaseExtension implements ExecutionCondition, BeforeEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(OnDatabaseExtension.class);

  /** Creates the extension; JUnit calls this. */
  public OnDatabaseExtension() {}

  private static Optional<Database> database(ExtensionContext context) {
    return context
        .getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, OnDatabase.class))
        .map(OnDatabase::value);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<Database> db = database(context);
    if (db.isEmpty() || Database.selected().contains(db.get())) {
      return ConditionEvaluationResult.enabled("selected");
    }
    return ConditionEvaluationResult.disabled(
        db.get().id() + " is not selected by " + Database.SELECTION_PROPERTY);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Database db =
        database(context)
            .orElseThrow(() -> new IllegalStateException("@OnDatabase not found on the test"));
    AllDatabasesExtension.requireReachable(context, db);
    TestDatabase opened = db.open();
    // Stored AutoCloseable values are closed by JUnit when the test ends.
    context.getStore(NAMESPACE).put(TestDatabase.class, opened);
    Object instance = context.getRequiredTestInstance();
    if (!(instance instanceof DatabaseAware aware)) {
      throw new IllegalStateException(
          instance.getClass().getName() + " uses @OnDatabase but does not implement DatabaseAware");
    }
    aware.useDatabase(opened);
  }
}
