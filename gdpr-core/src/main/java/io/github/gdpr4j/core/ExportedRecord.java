package io.github.gdpr4j.core;

import java.util.Map;
import java.util.Objects;

/**
 * One record a handler exports for an access (Art. 15) or portability (Art. 20) request: the data
 * category and its fields. Holds personal data; {@link #toString()} shows field names only.
 *
 * @param category the data category, such as {@code "contact"} or {@code "orders"}
 * @param fields the field values by name, in the handler's order
 */
public record ExportedRecord(String category, Map<String, String> fields) {

  /**
   * Validates and copies the record.
   *
   * @throws NullPointerException if a component, key or value is null
   * @throws IllegalArgumentException if the category is not a valid id
   */
  public ExportedRecord {
    Objects.requireNonNull(category, "category");
    Ids.check("exported record category", category, 128);
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    for (Map.Entry<String, String> e : fields.entrySet()) {
      Objects.requireNonNull(e.getKey(), "field name");
      Objects.requireNonNull(e.getValue(), "field value");
    }
  }

  @Override
  public String toString() {
    return "ExportedRecord[category=" + category + ", fields=" + fields.keySet() + "]";
  }
}
