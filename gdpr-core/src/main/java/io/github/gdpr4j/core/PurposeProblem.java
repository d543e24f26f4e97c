package io.github.gdpr4j.core;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One problem found while validating purposes, located by purpose and field so that the file loader
 * can add line numbers.
 *
 * @param index the position of the purpose in declaration order, or -1 for registry-wide problems
 * @param purpose the purpose id, or null for registry-wide problems
 * @param field the builder field concerned (camelCase), or null
 * @param message what is wrong, citing the article
 */
record PurposeProblem(int index, @Nullable String purpose, @Nullable String field, String message) {

  PurposeProblem {
    Objects.requireNonNull(message, "message");
  }

  /**
   * Formats the problem, naming fields through {@code fieldNames}.
   *
   * @param fieldNames maps a camelCase builder field to the name the reader knows (a YAML key)
   * @return for example {@code "purpose 'newsletter', field 'consentNotice': ..."}
   */
  String format(UnaryOperator<String> fieldNames) {
    StringBuilder sb = new StringBuilder();
    if (purpose != null) {
      sb.append("purpose '").append(purpose).append('\'');
    }
    if (field != null) {
      sb.append(sb.length() > 0 ? ", " : "").append("field '");
      sb.append(fieldNames.apply(field)).append('\'');
    }
    if (sb.length() > 0) {
      sb.append(": ");
    }
    return sb.append(message).toString();
  }

  @Override
  public String toString() {
    return format(UnaryOperator.identity());
  }
}
