package io.github.gdpr4j.jpa.rights;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A minimal streaming JSON writer (RFC 8259) for the exports: values are written as they come, so
 * memory does not grow with the number of rows. Written here rather than taken from Jackson because
 * the exports need objects, arrays, strings and numbers only, and the adapter should not impose a
 * JSON library on every CRM that embeds it. Commas are tracked per nesting level; the caller nests
 * correctly.
 */
final class JsonOut {
  private final Writer out;
  private final boolean[] first = new boolean[16];
  private int depth;
  private boolean afterName;

  JsonOut(Writer out) {
    this.out = out;
  }

  JsonOut beginObject() throws IOException {
    value();
    out.write('{');
    push();
    return this;
  }

  JsonOut endObject() throws IOException {
    depth--;
    out.write('}');
    return this;
  }

  JsonOut beginArray() throws IOException {
    value();
    out.write('[');
    push();
    return this;
  }

  JsonOut endArray() throws IOException {
    depth--;
    out.write(']');
    return this;
  }

  JsonOut name(String name) throws IOException {
    comma();
    string(name);
    out.write(':');
    afterName = true;
    return this;
  }

  JsonOut value(@Nullable Object v) throws IOException {
    value();
    if (v == null) {
      out.write("null");
    } else if (v instanceof Boolean b) {
      out.write(b.toString());
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      out.write(v.toString());
    } else if (v instanceof BigDecimal d) {
      out.write(d.toPlainString());
    } else if (v instanceof Double d && Double.isFinite(d)) {
      out.write(d.toString());
    } else if (v instanceof Float f && Float.isFinite(f)) {
      out.write(f.toString());
    } else if (v instanceof byte[] bytes) {
      string(Base64.getEncoder().encodeToString(bytes));
    } else {
      string(v.toString());
    }
    return this;
  }

  JsonOut field(String name, @Nullable Object v) throws IOException {
    return name(name).value(v);
  }

  private void push() {
    if (depth + 1 >= first.length) {
      throw new IllegalStateException("JSON nesting too deep");
    }
    first[++depth] = true;
  }

  /** Before a value: a comma unless it follows a name or is first in its container. */
  private void value() throws IOException {
    if (afterName) {
      afterName = false;
      return;
    }
    comma();
  }

  private void comma() throws IOException {
    if (depth > 0) {
      if (first[depth]) {
        first[depth] = false;
      } else {
        out.write(',');
      }
    }
  }

  private void string(String s) throws IOException {
    out.write('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.write(String.format("\\u%04x", (int) c));
          } else {
            out.write(c);
          }
        }
      }
    }
    out.write('"');
  }
}
