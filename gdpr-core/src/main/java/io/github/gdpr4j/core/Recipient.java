package io.github.gdpr4j.core;

import java.util.Objects;

/**
 * A recipient or category of recipients to whom data kept for a purpose is disclosed (Art. 4(9),
 * Art. 30(1)(d)).
 *
 * @param name the recipient or category, such as {@code "sales team"} or {@code "e-mail service
 *     provider"}; 1 to 200 characters
 * @param kind what the recipient is to the controller
 */
public record Recipient(String name, Kind kind) {

  /** What a recipient is to the controller. */
  public enum Kind {
    /** A department or team of the controller itself. */
    INTERNAL,
    /** A processor acting on the controller's behalf under a contract (Art. 28). */
    PROCESSOR,
    /** Another controller, a third party (Art. 4(10)) or joint controller (Art. 26). */
    CONTROLLER,
    /** A public authority receiving data outside a particular inquiry (Art. 4(9)). */
    PUBLIC_AUTHORITY
  }

  /**
   * Validates the recipient.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the name is blank, too long or holds control characters
   */
  public Recipient {
    Labels.label("recipient name", name);
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * An internal recipient.
   *
   * @param name the department or team
   * @return the recipient
   */
  public static Recipient internal(String name) {
    return new Recipient(name, Kind.INTERNAL);
  }

  /**
   * A processor (Art. 28).
   *
   * @param name the processor or category of processors
   * @return the recipient
   */
  public static Recipient processor(String name) {
    return new Recipient(name, Kind.PROCESSOR);
  }
}
