package io.github.gdpr4j.jpa.internal;

import io.github.gdpr4j.text.Action;
import io.github.gdpr4j.text.Finding;
import io.github.gdpr4j.text.Kind;
import io.github.gdpr4j.text.KindGroup;
import io.github.gdpr4j.text.Language;
import io.github.gdpr4j.text.Policy;
import io.github.gdpr4j.text.RedactionStyle;
import io.github.gdpr4j.text.Report;
import io.github.gdpr4j.text.TextControl;
import io.github.gdpr4j.text.validation.ControlledText;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Text control through gdpr-text-control. Loaded only by {@link TextSupport#detect()} after it has
 * found the module on the class path; no other class of the adapter names its types.
 *
 * <p>A field's {@code @ControlledText} is read once into a {@link Spec} (the same policy the Bean
 * Validation constraint builds), so a flush only scans and decides.
 */
final class TextControlBridge implements TextSupport {

  /** A field's policy and language, read once from its annotation. */
  record Spec(Policy policy, @Nullable Language language) {}

  @Override
  public @Nullable Object read(String member, Field field, List<String> problems) {
    ControlledText[] annotations = field.getAnnotationsByType(ControlledText.class);
    if (annotations.length == 0) {
      return null;
    }
    if (field.getType() != String.class) {
      problems.add(
          member
              + ": @ControlledText is enforced on String fields only, not "
              + field.getType().getSimpleName());
      return null;
    }
    if (annotations.length > 1) {
      problems.add(member + ": @ControlledText is repeated; declare one policy per field");
      return null;
    }
    ControlledText c = annotations[0];
    Policy p =
        Policy.defaults()
            .with(KindGroup.IDENTIFIER, c.identifiers())
            .with(KindGroup.SPECIAL_CATEGORY, c.specialCategories())
            .with(KindGroup.CRIMINAL, c.criminal())
            .with(KindGroup.OFFENSIVE, c.offensive());
    for (Kind k : c.block()) {
      p = p.with(k, Action.BLOCK);
    }
    for (Kind k : c.allow()) {
      p = p.with(k, Action.ALLOW);
    }
    if (c.languages().length > 1) {
      problems.add(
          member
              + ": @ControlledText names several languages; the adapter scans one language or,"
              + " with none, all of them");
    }
    return new Spec(p, c.languages().length == 1 ? c.languages()[0] : null);
  }

  @Override
  public boolean accepts(Object textControl) {
    return textControl instanceof TextControl;
  }

  @Override
  public Verdict scan(Object textControl, Object spec, String value) {
    TextControl control = (TextControl) textControl;
    Spec s = (Spec) spec;
    Report report = s.language() == null ? control.scan(value) : control.scan(value, s.language());
    if (report.isEmpty()) {
      return new Verdict(TextSupport.Verdict.Kind.ALLOW, null, List.of(), Map.of());
    }
    Action action = s.policy().decide(report);
    switch (action) {
      case ALLOW -> {
        return new Verdict(TextSupport.Verdict.Kind.ALLOW, null, List.of(), Map.of());
      }
      case WARN -> {
        List<Finding> warned = s.policy().findings(report, Action.WARN);
        return new Verdict(TextSupport.Verdict.Kind.WARN, null, warned, counts(warned));
      }
      case REDACT -> {
        List<Finding> redacted = s.policy().findings(report, Action.REDACT);
        String replacement =
            TextControl.redact(
                value, new Report(report.textLength(), redacted), RedactionStyle.PLACEHOLDER);
        return new Verdict(
            TextSupport.Verdict.Kind.REDACT, replacement, redacted, counts(redacted));
      }
      case BLOCK -> {
        List<Finding> blocked = s.policy().findings(report, Action.BLOCK);
        return new Verdict(TextSupport.Verdict.Kind.BLOCK, null, blocked, counts(blocked));
      }
    }
    throw new AssertionError(action);
  }

  private static Map<String, Integer> counts(List<Finding> findings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Finding f : findings) {
      counts.merge(f.kind().name(), 1, Integer::sum);
    }
    return counts;
  }
}
