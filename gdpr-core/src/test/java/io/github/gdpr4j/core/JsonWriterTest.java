package io.github.gdpr4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Nested
  class Layout {
    @Test
    void nestedContainers_prettyPrintedWithTwoSpaces() {
      String json =
          new JsonWriter()
              .beginObject()
              .name("a")
              .value("x")
              .name("list")
              .beginArray()
              .value(1)
              .value(true)
              .nullValue()
              .beginObject()
              .name("k")
              .value(2.5)
              .endObject()
              .endArray()
              .name("empty")
              .beginObject()
              .endObject()
              .name("none")
              .beginArray()
              .endArray()
              .endObject()
              .toJson();
      assertThat(json)
          .isEqualTo(
              """
              {
                "a": "x",
                "list": [
                  1,
                  true,
                  null,
                  {
                    "k": 2.5
                  }
                ],
                "empty": {},
                "none": []
              }""");
    }

    @Test
    void tree_keepsMapOrderAndRendersEnumsByName() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("z", LegalBasis.CONSENT);
      map.put("a", List.of(1L, new BigDecimal("1.50")));
      assertThat(new JsonWriter().tree(map).toJson())
          .isEqualTo("{\n  \"z\": \"CONSENT\",\n  \"a\": [\n    1,\n    1.50\n  ]\n}");
    }

    @Test
    void topLevelScalar_isADocument() {
      assertThat(new JsonWriter().value("x").toJson()).isEqualTo("\"x\"");
    }
  }

  @Nested
  class Escaping {
    @Test
    void quotesBackslashesAndShortEscapes_escaped() {
      assertThat(JsonWriter.quote("a\"b\\c\n\r\t\b\f")).isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\"");
    }

    @Test
    void otherControlCharacters_unicodeEscaped() {
      assertThat(JsonWriter.quote("\u0000\u001f\u007f")).isEqualTo("\"\\u0000\\u001f\\u007f\"");
    }

    @Test
    void lineAndParagraphSeparators_escapedForJavaScript() {
      assertThat(JsonWriter.quote("a\u2028b\u2029")).isEqualTo("\"a\\u2028b\\u2029\"");
    }

    @Test
    void pairedSurrogates_keptAndUnpairedEscaped() {
      assertThat(JsonWriter.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
      assertThat(JsonWriter.quote("x\uD83Dy\uDE00")).isEqualTo("\"x\\ud83dy\\ude00\"");
    }

    @Test
    void nonAsciiLetters_keptAsIs() {
      assertThat(JsonWriter.quote("finalité")).isEqualTo("\"finalité\"");
    }
  }

  @Nested
  class Misuse {
    @Test
    void valueWithoutName_inObject_throws() {
      JsonWriter w = new JsonWriter().beginObject();
      assertThatThrownBy(() -> w.value("x"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("needs a name");
    }

    @Test
    void nameOutsideObject_throws() {
      JsonWriter w = new JsonWriter().beginArray();
      assertThatThrownBy(() -> w.name("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unclosedDocument_throwsOnToJson() {
      assertThatThrownBy(() -> new JsonWriter().beginObject().toJson())
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> new JsonWriter().toJson()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void secondTopLevelValue_throws() {
      JsonWriter w = new JsonWriter().value(1);
      assertThatThrownBy(() -> w.value(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mismatchedClose_throws() {
      JsonWriter w = new JsonWriter().beginArray();
      assertThatThrownBy(w::endObject).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nonFiniteNumber_throws() {
      JsonWriter w = new JsonWriter();
      assertThatThrownBy(() -> w.value(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
