package io.github.gdpr4j.jpa;

import java.util.List;
import java.util.Map;

/**
 * A {@code @ControlledText} field holds text that its BLOCK policy refuses (special-category data,
 * an identifier, an insult…). The findings name kinds and positions, never the matched text.
 */
public final class TextBlockedException extends GdprEnforcementException {

  private static final long serialVersionUID = 1L;

  private final String field;

  @SuppressWarnings("serial") // List.copyOf returns a serializable list
  private final List<Object> findings;

  @SuppressWarnings("serial") // Map.copyOf returns a serializable map
  private final Map<String, Integer> kinds;

  /**
   * Creates the exception.
   *
   * @param entityType the entity class
   * @param field the field
   * @param findings the text-control findings ({@code io.github.gdpr4j.text.Finding})
   * @param kinds how many findings of each kind
   */
  public TextBlockedException(
      Class<?> entityType, String field, List<?> findings, Map<String, Integer> kinds) {
    super(
        entityType,
        "text in "
            + entityType.getName()
            + "."
            + field
            + " is blocked by text control: "
            + kinds
            + " (Art. 5(1)(c) data minimisation; Art. 9(1) for special categories)");
    this.field = field;
    this.findings = List.copyOf(findings);
    this.kinds = Map.copyOf(kinds);
  }

  /**
   * Returns the blocked field.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the findings of the scan.
   *
   * @return {@code io.github.gdpr4j.text.Finding} objects
   */
  public List<Object> findings() {
    return findings;
  }

  /**
   * Returns how many findings of each kind were made.
   *
   * @return kind names, such as {@code "HEALTH"}, to counts
   */
  public Map<String, Integer> kinds() {
    return kinds;
  }
}
