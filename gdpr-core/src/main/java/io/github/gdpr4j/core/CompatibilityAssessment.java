package io.github.gdpr4j.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The recorded assessment that a further purpose is compatible with the purpose for which the data
 * was collected (Art. 6(4)), one text per factor the controller must take into account.
 *
 * <p>The constructor rejects nulls only: blank factors are reported, with every other problem, when
 * the {@link PurposeRegistry} is built, so that a DPO sees all gaps at once.
 *
 * @param link Art. 6(4)(a): the link between the purposes
 * @param context Art. 6(4)(b): the context of collection, the relationship with the subject
 * @param natureOfData Art. 6(4)(c): the nature of the data, special categories or criminal data
 * @param consequences Art. 6(4)(d): the possible consequences for the subjects
 * @param safeguards Art. 6(4)(e): the safeguards, such as encryption or pseudonymisation
 * @param assessedOn when the assessment was made
 */
public record CompatibilityAssessment(
    String link,
    String context,
    String natureOfData,
    String consequences,
    String safeguards,
    LocalDate assessedOn) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException naming the null component
   */
  public CompatibilityAssessment {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(natureOfData, "natureOfData");
    Objects.requireNonNull(consequences, "consequences");
    Objects.requireNonNull(safeguards, "safeguards");
    Objects.requireNonNull(assessedOn, "assessedOn");
  }

  /**
   * Returns the Art. 6(4) factors left blank.
   *
   * @return for example {@code ["context (Art. 6(4)(b))"]}; empty when the assessment is complete
   */
  public List<String> missingFactors() {
    List<String> missing = new ArrayList<>();
    addIfBlank(missing, link, "link (Art. 6(4)(a))");
    addIfBlank(missing, context, "context (Art. 6(4)(b))");
    addIfBlank(missing, natureOfData, "natureOfData (Art. 6(4)(c))");
    addIfBlank(missing, consequences, "consequences (Art. 6(4)(d))");
    addIfBlank(missing, safeguards, "safeguards (Art. 6(4)(e))");
    return List.copyOf(missing);
  }

  static void addIfBlank(List<String> missing, String value, String name) {
    if (value.isBlank()) {
      missing.add(name);
    }
  }
}
