package io.github.gdpr4j.text;

import java.util.List;
import java.util.Set;

/**
 * The seam to the bundled special-category vocabulary (issue #5): the entries of {@link
 * Vocabulary#load}.
 */
final class BundledVocabulary {

  private BundledVocabulary() {}

  /**
   * Loads the bundled entries for some languages.
   *
   * @param languages the languages
   * @return the entries, possibly empty
   */
  static List<TermSpec> load(Set<Language> languages) {
    return Vocabulary.load(languages);
  }
}
