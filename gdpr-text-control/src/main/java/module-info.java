/**
 * gdpr4j text control: a one-pass detector of identifiers, special-category data, criminal data and
 * insults in free-text CRM fields.
 *
 * <p>Only {@code io.github.gdpr4j.text} is exported; the command-line tool in {@code
 * io.github.gdpr4j.text.cli} is shipped in a separate executable jar.
 */
module io.github.gdpr4j.text {
  requires static transitive org.jspecify;
  requires static com.fasterxml.jackson.databind;
  requires static org.apache.commons.csv;
  requires static info.picocli;
  requires static transitive jakarta.validation;
  requires static org.hibernate.validator;

  exports io.github.gdpr4j.text;
  exports io.github.gdpr4j.text.validation;
}
