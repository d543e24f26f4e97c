package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.PurposeId;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The purpose of the current unit of work: what the code running on this thread processes personal
 * data for (Art. 5(1)(b) purpose limitation). The listener checks every persist, update, removal
 * and load of an annotated entity against it.
 *
 * <pre>{@code
 * try (var scope = Purposes.enter(PurposeId.of("newsletter"))) {
 *   em.persist(subscription);
 * }
 * }</pre>
 *
 * <p>Scopes are <b>thread-confined</b> and <b>nestable</b>: the innermost open scope is the current
 * purpose, and closing it restores the enclosing one. A servlet filter or an interceptor opens one
 * per request and closes it in {@code finally}. Work handed to another thread (an executor, a
 * parallel stream, a reactive pipeline) does not inherit the scope: open one there too.
 *
 * <p>The state is a {@link ThreadLocal} stack. That is per-thread context of the caller's own
 * making, not shared mutable state: nothing here is visible to another thread, and a scope left
 * open is a caller bug reported by {@link Scope#close()} of the enclosing scope.
 */
public final class Purposes {

  private static final ThreadLocal<ArrayDeque<Scope>> STACK = new ThreadLocal<>();

  private Purposes() {}

  /**
   * Opens a scope in which this thread processes data for {@code purpose}.
   *
   * @param purpose the purpose
   * @return the scope, to close in try-with-resources
   * @throws NullPointerException if {@code purpose} is null
   */
  public static Scope enter(PurposeId purpose) {
    Objects.requireNonNull(purpose, "purpose");
    ArrayDeque<Scope> stack = STACK.get();
    if (stack == null) {
      stack = new ArrayDeque<>();
      STACK.set(stack);
    }
    Scope scope = new Scope(purpose, Thread.currentThread());
    stack.push(scope);
    return scope;
  }

  /**
   * Returns the purpose of the innermost open scope of this thread.
   *
   * @return the purpose, or empty outside any scope
   */
  public static Optional<PurposeId> current() {
    ArrayDeque<Scope> stack = STACK.get();
    return stack == null || stack.isEmpty()
        ? Optional.empty()
        : Optional.of(stack.peek().purpose());
  }

  /**
   * Runs {@code work} in a scope for {@code purpose}.
   *
   * @param purpose the purpose
   * @param work what to run
   * @param <T> the result type
   * @return what {@code work} returns
   */
  public static <T> T call(PurposeId purpose, Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    Scope scope = enter(purpose);
    try {
      return work.get();
    } finally {
      scope.close();
    }
  }

  /**
   * Runs {@code work} in a scope for {@code purpose}.
   *
   * @param purpose the purpose
   * @param work what to run
   */
  public static void run(PurposeId purpose, Runnable work) {
    Objects.requireNonNull(work, "work");
    Scope scope = enter(purpose);
    try {
      work.run();
    } finally {
      scope.close();
    }
  }

  /** An open purpose scope; closing it restores the enclosing scope. Not shareable. */
  public static final class Scope implements AutoCloseable {
    private final PurposeId purpose;
    private final Thread owner;
    private boolean closed;

    private Scope(PurposeId purpose, Thread owner) {
      this.purpose = purpose;
      this.owner = owner;
    }

    /**
     * Returns the purpose of this scope.
     *
     * @return the purpose
     */
    public PurposeId purpose() {
      return purpose;
    }

    /**
     * Closes the scope. Closing twice does nothing.
     *
     * @throws IllegalStateException if called from another thread than the one that opened it, or
     *     while a scope opened inside it is still open (the inner scopes are then discarded too, so
     *     that a leaked scope cannot outlive the request that opened it)
     */
    @Override
    public void close() {
      if (Thread.currentThread() != owner) {
        throw new IllegalStateException(
            "purpose scope '" + purpose + "' must be closed by the thread that opened it");
      }
      if (closed) {
        return;
      }
      closed = true;
      ArrayDeque<Scope> stack = STACK.get();
      if (stack == null || !stack.contains(this)) {
        return;
      }
      int leaked = 0;
      while (stack.peek() != this) {
        stack.pop().closed = true;
        leaked++;
      }
      stack.pop();
      if (stack.isEmpty()) {
        STACK.remove();
      }
      if (leaked > 0) {
        throw new IllegalStateException(
            leaked
                + " purpose scope(s) opened inside '"
                + purpose
                + "' were not closed; they are closed now");
      }
    }

    @Override
    public String toString() {
      return "Purposes.Scope[" + purpose + (closed ? ", closed]" : "]");
    }
  }
}
