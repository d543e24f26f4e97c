package io.github.gdpr4j.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is responsible for the processing, as the record of processing must state (Art. 30(1)(a) and
 * (g)). These are the organisation's business contact details, not a data subject's.
 *
 * <pre>{@code
 * ControllerDetails controller = ControllerDetails.of("Acme SAS", "1 rue de la Paix, Paris; privacy@acme.example")
 *     .withDpo("dpo@acme.example")
 *     .withSecurityMeasures("TLS 1.3 in transit", "AES-256 at rest", "role-based access");
 * }</pre>
 *
 * @param name the controller's name
 * @param contact the controller's contact details
 * @param representative the representative in the Union (Art. 27), if any
 * @param dpoContact the data protection officer's contact (Art. 37), if one is designated
 * @param securityMeasures a general description of the technical and organisational security
 *     measures (Art. 32(1)), one line each
 */
public record ControllerDetails(
    String name,
    String contact,
    @Nullable String representative,
    @Nullable String dpoContact,
    List<String> securityMeasures) {

  /**
   * Validates and copies the details.
   *
   * @throws NullPointerException if a required component or a measure is null
   * @throws IllegalArgumentException if a text is blank, too long or holds control characters
   */
  public ControllerDetails {
    Labels.label("controller name", name);
    Labels.label("controller contact", contact);
    if (representative != null) {
      Labels.label("representative", representative);
    }
    if (dpoContact != null) {
      Labels.label("DPO contact", dpoContact);
    }
    securityMeasures = List.copyOf(securityMeasures);
    for (String m : securityMeasures) {
      Labels.text("security measure", m);
    }
  }

  /**
   * Returns details with a name and contact only.
   *
   * @param name the controller's name
   * @param contact its contact details
   * @return the details
   */
  public static ControllerDetails of(String name, String contact) {
    return new ControllerDetails(name, contact, null, null, List.of());
  }

  /**
   * Returns a copy naming the representative in the Union (Art. 27).
   *
   * @param representative the representative's name and contact
   * @return the new details
   */
  public ControllerDetails withRepresentative(String representative) {
    return new ControllerDetails(
        name,
        contact,
        Objects.requireNonNull(representative, "representative"),
        dpoContact,
        securityMeasures);
  }

  /**
   * Returns a copy naming the data protection officer's contact.
   *
   * @param dpoContact the DPO contact
   * @return the new details
   */
  public ControllerDetails withDpo(String dpoContact) {
    return new ControllerDetails(
        name,
        contact,
        representative,
        Objects.requireNonNull(dpoContact, "dpoContact"),
        securityMeasures);
  }

  /**
   * Returns a copy with these security measures.
   *
   * @param measures the measures, one line each
   * @return the new details
   */
  public ControllerDetails withSecurityMeasures(String... measures) {
    return new ControllerDetails(
        name, contact, representative, dpoContact, List.of(Objects.requireNonNull(measures)));
  }

  /**
   * Returns the representative.
   *
   * @return the representative, or empty
   */
  public Optional<String> representativeContact() {
    return Optional.ofNullable(representative);
  }

  /**
   * Returns the DPO contact.
   *
   * @return the contact, or empty
   */
  public Optional<String> dpo() {
    return Optional.ofNullable(dpoContact);
  }
}
