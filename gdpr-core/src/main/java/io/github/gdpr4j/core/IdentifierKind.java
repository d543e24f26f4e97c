package io.github.gdpr4j.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The kind of identifier a suppression entry is keyed on, and how it is normalised before hashing,
 * so that {@code " Alice@Example.COM "} and {@code "alice@example.com"} match.
 */
public enum IdentifierKind {
  /**
   * An e-mail address: Unicode NFKC, trimmed, lower-cased (root locale) as a whole. RFC 5321 lets
   * the local part be case-sensitive, but mail providers do not use this; a false match suppresses
   * one more address, which is the safe side. Provider-specific aliases (dots, {@code +tags}) are
   * not removed: that would merge different people's addresses at other providers.
   */
  EMAIL,
  /**
   * A phone number: everything but digits and a leading {@code +} removed. No country code is
   * inferred; pass numbers in E.164 form ({@code +33612345678}) so that national and international
   * writings match.
   */
  PHONE,
  /** Another identifier (a customer number from a list provider): Unicode NFKC and trimmed. */
  OTHER;

  /**
   * Normalises an identifier of this kind.
   *
   * @param identifier the raw identifier
   * @return the normalised form
   * @throws IllegalArgumentException if nothing is left after normalisation
   */
  public String normalise(String identifier) {
    String s = Normalizer.normalize(identifier, Normalizer.Form.NFKC).strip();
    switch (this) {
      case EMAIL:
        s = s.toLowerCase(Locale.ROOT);
        break;
      case PHONE:
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if ((c >= '0' && c <= '9') || (c == '+' && sb.length() == 0)) {
            sb.append(c);
          }
        }
        s = sb.toString();
        break;
      default:
        break;
    }
    if (s.isEmpty() || s.equals("+")) {
      throw new IllegalArgumentException("a " + this + " identifier is empty after normalisation");
    }
    return s;
  }
}
