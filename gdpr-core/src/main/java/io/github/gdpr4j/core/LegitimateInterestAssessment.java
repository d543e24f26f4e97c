package io.github.gdpr4j.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The legitimate-interest assessment (LIA) a controller must hold to rely on Art. 6(1)(f): the
 * three-part test of purpose, necessity and balancing (Recital 47; CJEU C-621/22).
 *
 * <p>The constructor rejects nulls only: blank parts are reported, with every other problem, when
 * the {@link PurposeRegistry} is built.
 *
 * @param interest the legitimate interest pursued by the controller or a third party
 * @param necessity why the processing is necessary for that interest, and why less intrusive means
 *     would not do
 * @param balancing why the interests, rights and reasonable expectations of the subjects do not
 *     override it
 * @param assessedOn when the assessment was made
 */
public record LegitimateInterestAssessment(
    String interest, String necessity, String balancing, LocalDate assessedOn) {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException naming the null component
   */
  public LegitimateInterestAssessment {
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(necessity, "necessity");
    Objects.requireNonNull(balancing, "balancing");
    Objects.requireNonNull(assessedOn, "assessedOn");
  }

  /**
   * Returns the parts of the test left blank.
   *
   * @return for example {@code ["balancing"]}; empty when the assessment is complete
   */
  public List<String> missingParts() {
    List<String> missing = new ArrayList<>();
    CompatibilityAssessment.addIfBlank(missing, interest, "interest");
    CompatibilityAssessment.addIfBlank(missing, necessity, "necessity");
    CompatibilityAssessment.addIfBlank(missing, balancing, "balancing");
    return List.copyOf(missing);
  }
}
