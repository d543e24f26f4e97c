package io.github.gdpr4j.jpa.internal;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The only place that knows whether gdpr-text-control is on the class path. Everything else talks
 * to this interface, so that the adapter loads and runs without the optional module: no other class
 * of the adapter names a type of {@code io.github.gdpr4j.text}.
 */
public interface TextSupport {

  /** The class whose presence tells that gdpr-text-control is available. */
  String MARKER_CLASS = "io.github.gdpr4j.text.validation.ControlledText";

  /** Used when gdpr-text-control is absent: no field is under text control. */
  TextSupport NONE =
      new TextSupport() {
        @Override
        public @Nullable Object read(String member, Field field, List<String> problems) {
          return null;
        }

        @Override
        public boolean accepts(Object textControl) {
          return false;
        }

        @Override
        public Verdict scan(Object textControl, Object spec, String value) {
          throw new IllegalStateException("gdpr-text-control is not on the class path");
        }
      };

  /**
   * The outcome of scanning one value.
   *
   * @param action what to do
   * @param replacement the redacted value, for REDACT
   * @param findings the findings, opaque here
   * @param kinds how many findings of each kind, for messages and audit events
   */
  record Verdict(
      Kind action, @Nullable String replacement, List<?> findings, Map<String, Integer> kinds) {
    /** What the policy of a field says about a scanned value. */
    public enum Kind {
      /** Nothing found, or the policy allows what was found. */
      ALLOW,
      /** Keep the value and audit the findings. */
      WARN,
      /** Store {@link Verdict#replacement()} instead of the value. */
      REDACT,
      /** Refuse the write. */
      BLOCK
    }

    /** Validates and copies. */
    public Verdict {
      Objects.requireNonNull(action, "action");
      findings = List.copyOf(findings);
      kinds = Map.copyOf(kinds);
      if ((action == Kind.REDACT) != (replacement != null)) {
        throw new IllegalArgumentException("a replacement is given exactly for REDACT");
      }
    }
  }

  /**
   * Reads the {@code @ControlledText} settings of a field.
   *
   * @param member {@code Class.field}, for messages
   * @param field the field
   * @param problems where to add problems with the annotation
   * @return the settings, or null when the field is not under text control
   */
  @Nullable Object read(String member, Field field, List<String> problems);

  /**
   * Tells whether {@code textControl} is a {@code TextControl}.
   *
   * @param textControl any object
   * @return false without gdpr-text-control
   */
  boolean accepts(Object textControl);

  /**
   * Scans a value of a controlled field.
   *
   * @param textControl the configured {@code TextControl}
   * @param spec what {@link #read} returned for the field
   * @param value the value
   * @return the verdict
   */
  Verdict scan(Object textControl, Object spec, String value);

  /**
   * Returns the support matching the class path of the adapter's class loader.
   *
   * @return {@link #NONE} without gdpr-text-control
   */
  static TextSupport detect() {
    return Holder.INSTANCE;
  }

  /** Detects once per class loader of the adapter (the result cannot change). */
  final class Holder {
    static final TextSupport INSTANCE = create();

    private Holder() {}

    private static TextSupport create() {
      try {
        Class.forName(MARKER_CLASS, false, TextSupport.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        return NONE;
      }
      return new TextControlBridge();
    }
  }
}
