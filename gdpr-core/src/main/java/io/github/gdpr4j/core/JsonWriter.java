package io.github.gdpr4j.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A small streaming JSON writer for the documents core renders itself (the record of processing,
 * consent receipts), so that core needs no JSON library.
 *
 * <p>Output is pretty-printed with a two-space indent and {@code "name": value} pairs, in the order
 * the caller writes them (stable field order makes golden files and diffs reviewable). Strings are
 * escaped so that the output is valid JSON and safe to embed in JavaScript: {@code "}, {@code \},
 * every control character (U+0000–U+001F, U+007F), U+2028, U+2029 and unpaired surrogates are
 * written as escapes.
 *
 * <pre>{@code
 * String json = new JsonWriter()
 *     .beginObject()
 *     .name("purpose").value("newsletter")
 *     .name("recipients").beginArray().value("mailer").endArray()
 *     .endObject()
 *     .toJson();
 * }</pre>
 *
 * <p>Not thread-safe: one instance writes one document. Misuse (a value where a name is expected,
 * an unclosed container, a second top-level value) throws {@link IllegalStateException}.
 */
final class JsonWriter {

  private enum Scope {
    EMPTY_ARRAY,
    ARRAY,
    EMPTY_OBJECT,
    OBJECT,
    /** A name was written in an object; a value must follow. */
    NAME
  }

  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();
  private final Deque<Scope> stack = new ArrayDeque<>();
  private boolean topLevelWritten;

  /** Creates a writer for one document. */
  JsonWriter() {}

  /**
   * Opens an object.
   *
   * @return this writer
   */
  JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    stack.push(Scope.EMPTY_OBJECT);
    return this;
  }

  /**
   * Closes the innermost object.
   *
   * @return this writer
   * @throws IllegalStateException if the innermost container is not an object or a name awaits its
   *     value
   */
  JsonWriter endObject() {
    return close(Scope.EMPTY_OBJECT, Scope.OBJECT, '}');
  }

  /**
   * Opens an array.
   *
   * @return this writer
   */
  JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    stack.push(Scope.EMPTY_ARRAY);
    return this;
  }

  /**
   * Closes the innermost array.
   *
   * @return this writer
   * @throws IllegalStateException if the innermost container is not an array
   */
  JsonWriter endArray() {
    return close(Scope.EMPTY_ARRAY, Scope.ARRAY, ']');
  }

  /**
   * Writes the name of the next member of the current object.
   *
   * @param name the member name
   * @return this writer
   * @throws IllegalStateException if not inside an object, or a name awaits its value
   */
  JsonWriter name(String name) {
    Objects.requireNonNull(name, "name");
    Scope top = stack.peek();
    if (top != Scope.EMPTY_OBJECT && top != Scope.OBJECT) {
      throw new IllegalStateException("a JSON name must be written inside an object, not " + top);
    }
    if (top == Scope.OBJECT) {
      out.append(',');
    }
    newline();
    string(name);
    out.append(": ");
    stack.pop();
    stack.push(Scope.OBJECT);
    stack.push(Scope.NAME);
    return this;
  }

  /**
   * Writes a string value, or {@code null}.
   *
   * @param value the value
   * @return this writer
   */
  JsonWriter value(@Nullable String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    string(value);
    return this;
  }

  /**
   * Writes a boolean value.
   *
   * @param value the value
   * @return this writer
   */
  JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes an integral value.
   *
   * @param value the value
   * @return this writer
   */
  JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes a number.
   *
   * @param value a finite number ({@link Integer}, {@link Long}, {@link Double}, {@link
   *     BigDecimal}…)
   * @return this writer
   * @throws IllegalArgumentException if the number is NaN or infinite
   */
  JsonWriter value(Number value) {
    Objects.requireNonNull(value, "value");
    String text;
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON has no representation for " + d);
      }
      text = d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : value.toString();
    } else if (value instanceof BigDecimal bd) {
      text = bd.toString();
    } else if (value instanceof BigInteger
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      text = value.toString();
    } else {
      throw new IllegalArgumentException(
          "unsupported number type " + value.getClass().getName() + " for JSON");
    }
    beforeValue();
    out.append(text);
    return this;
  }

  /**
   * Writes {@code null}.
   *
   * @return this writer
   */
  JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /**
   * Writes a tree of plain Java values: {@link Map} (keys as strings, in iteration order: use a
   * {@link java.util.LinkedHashMap} for a stable order), {@link Iterable}, {@link String}, {@link
   * Number}, {@link Boolean}, {@link Enum} (its name), {@code null}; anything else as its {@code
   * toString()}.
   *
   * @param value the tree
   * @return this writer
   */
  JsonWriter tree(@Nullable Object value) {
    if (value == null) {
      return nullValue();
    }
    if (value instanceof Map<?, ?> map) {
      beginObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        name(String.valueOf(e.getKey()));
        tree(e.getValue());
      }
      return endObject();
    }
    if (value instanceof Iterable<?> items) {
      beginArray();
      for (Object item : items) {
        tree(item);
      }
      return endArray();
    }
    if (value instanceof Boolean b) {
      return value(b.booleanValue());
    }
    if (value instanceof Number n) {
      return value(n);
    }
    if (value instanceof Enum<?> e) {
      return value(e.name());
    }
    return value(value.toString());
  }

  /**
   * Returns the document.
   *
   * @return the JSON text, without a trailing newline
   * @throws IllegalStateException if nothing was written or a container is still open
   */
  String toJson() {
    if (!stack.isEmpty() || !topLevelWritten) {
      throw new IllegalStateException("incomplete JSON document (open containers: " + stack + ")");
    }
    return out.toString();
  }

  /**
   * Escapes {@code s} as a JSON string literal, quotes included.
   *
   * @param s the text
   * @return the literal
   */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuoted(sb, s);
    return sb.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void beforeValue() {
    Scope top = stack.peek();
    if (top == null) {
      if (topLevelWritten) {
        throw new IllegalStateException("a JSON document has exactly one top-level value");
      }
      topLevelWritten = true;
      return;
    }
    switch (top) {
      case NAME -> stack.pop();
      case EMPTY_ARRAY -> {
        stack.pop();
        stack.push(Scope.ARRAY);
        newline();
      }
      case ARRAY -> {
        out.append(',');
        newline();
      }
      case EMPTY_OBJECT, OBJECT ->
          throw new IllegalStateException("a JSON object member needs a name before its value");
    }
  }

  private JsonWriter close(Scope empty, Scope nonEmpty, char bracket) {
    Scope top = stack.peek();
    if (top != empty && top != nonEmpty) {
      throw new IllegalStateException("cannot close '" + bracket + "' here (state " + top + ")");
    }
    stack.pop();
    if (top == nonEmpty) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private void newline() {
    out.append('\n');
    int depth = stack.size();
    // the NAME marker is not a nesting level
    if (stack.peek() == Scope.NAME) {
      depth--;
    }
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }

  private void string(String s) {
    appendQuoted(out, s);
  }

  private static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
            unicodeEscape(sb, c);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              sb.append(c).append(s.charAt(++i));
            } else {
              unicodeEscape(sb, c);
            }
          } else if (Character.isLowSurrogate(c)) {
            unicodeEscape(sb, c);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static void unicodeEscape(StringBuilder sb, char c) {
    sb.append("\\u");
    String hex = Integer.toHexString(c);
    for (int k = hex.length(); k < 4; k++) {
      sb.append('0');
    }
    sb.append(hex);
  }
}
