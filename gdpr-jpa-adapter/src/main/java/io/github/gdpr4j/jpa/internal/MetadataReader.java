package io.github.gdpr4j.jpa.internal;

import io.github.gdpr4j.core.Art9Condition;
import io.github.gdpr4j.core.DataCategory;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import io.github.gdpr4j.core.RetentionPresets;
import io.github.gdpr4j.core.RetentionRule;
import io.github.gdpr4j.jpa.DataSubject;
import io.github.gdpr4j.jpa.ErasurePolicy;
import io.github.gdpr4j.jpa.LegalBasis;
import io.github.gdpr4j.jpa.PersonalData;
import io.github.gdpr4j.jpa.Purpose;
import io.github.gdpr4j.jpa.Retention;
import io.github.gdpr4j.jpa.SpecialCategory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the GDPR annotations of an entity class into {@link EntityMetadata}, once per class.
 *
 * <p>Reading never throws for a mis-annotated class: problems are collected in the metadata so that
 * bootstrap can report every problem of the model at once. The cache is a {@link ClassValue}: it
 * holds only what the class's own annotations imply, so it is safe to share, and it does not keep
 * the class (or its class loader) alive.
 */
public final class MetadataReader {

  /** Field types accepted as the start of a retention period. */
  static final Set<Class<?>> DATE_TYPES =
      Set.of(
          Instant.class,
          LocalDate.class,
          LocalDateTime.class,
          OffsetDateTime.class,
          ZonedDateTime.class,
          java.util.Date.class);

  private static final ClassValue<EntityMetadata> CACHE =
      new ClassValue<>() {
        @Override
        protected EntityMetadata computeValue(Class<?> type) {
          return read(type);
        }
      };

  private MetadataReader() {}

  /**
   * Returns the metadata of {@code type}, reading it on first use.
   *
   * @param type an entity class
   * @return its metadata
   */
  public static EntityMetadata of(Class<?> type) {
    return CACHE.get(type);
  }

  /** Reads without the cache. */
  public static EntityMetadata read(Class<?> type) {
    String entity = type.getName();
    List<String> problems = new ArrayList<>();

    List<PurposeId> purposes = purposes(entity, type.getAnnotationsByType(Purpose.class), problems);
    Set<io.github.gdpr4j.core.LegalBasis> bases =
        bases(entity, type.getAnnotation(LegalBasis.class), problems);

    List<FieldMetadata> fields = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    TextSupport text = TextSupport.detect();
    for (Field field : ErasurePolicy.persistentFieldsOf(type)) {
      String member = entity + "." + field.getName();
      if (field.isAnnotationPresent(DataSubject.class)) {
        subjects.add(field.getName());
      }
      FieldMetadata f = field(member, field, text, problems);
      if (f != null) {
        if (!bases.isEmpty() && !bases.containsAll(f.bases())) {
          EnumSet<io.github.gdpr4j.core.LegalBasis> wider = EnumSet.copyOf(f.bases());
          wider.removeAll(bases);
          problems.add(
              member
                  + ": @LegalBasis "
                  + wider
                  + " widens the entity's bases "
                  + sorted(bases)
                  + "; a field may only narrow them");
        }
        fields.add(f);
      }
    }
    String subject = null;
    if (subjects.size() == 1) {
      subject = subjects.get(0);
    } else if (subjects.size() > 1) {
      problems.add(
          entity + ": @DataSubject on several fields " + subjects + "; a row has one data subject");
    }

    Retention retention = type.getAnnotation(Retention.class);
    RetentionRule rule = null;
    String startField = null;
    String archivedField = null;
    if (retention != null) {
      rule = retentionRule(entity, retention, problems);
      startField = retention.startField();
      Field start = findField(type, startField);
      if (startField.isBlank()) {
        problems.add(
            entity + ": @Retention needs a startField naming the field of its start event");
        startField = null;
      } else if (start == null) {
        problems.add(
            entity
                + ": @Retention startField '"
                + startField
                + "' is not a field of the entity (Art. 5(1)(e) needs the start of the period)");
        startField = null;
      } else if (!DATE_TYPES.contains(start.getType())) {
        problems.add(
            entity
                + "."
                + startField
                + ": @Retention startField must be a date (Instant, LocalDate, LocalDateTime,"
                + " OffsetDateTime, ZonedDateTime or java.util.Date), not "
                + start.getType().getSimpleName());
        startField = null;
      }
      // The rule's action, a preset's own; the annotation's when the rule itself is invalid.
      RetentionAction action =
          rule != null ? rule.action() : retention.preset().isEmpty() ? retention.action() : null;
      archivedField = archivedField(type, entity, retention, action, problems);
    }
    return new EntityMetadata(
        type, purposes, bases, subject, rule, startField, archivedField, fields, problems);
  }

  /**
   * Checks the archive marker of an ARCHIVE rule: without it the sweep could not tell the active
   * base from the intermediate archive (Art. 5(1)(e); CNIL guidance on intermediate archives).
   */
  private static @Nullable String archivedField(
      Class<?> type,
      String entity,
      Retention r,
      @Nullable RetentionAction action,
      List<String> problems) {
    String name = r.archivedField();
    if (action != RetentionAction.ARCHIVE) {
      if (!name.isEmpty() && action != null) {
        problems.add(
            entity
                + ": @Retention archivedField '"
                + name
                + "' is only for action ARCHIVE, not "
                + action);
      }
      return null;
    }
    if (name.isBlank() && !r.preset().isEmpty()) {
      // Kept bootable for models written before ARCHIVE was swept: such a preset is reported at
      // WARN by the sweeper and left alone. An explicit ARCHIVE action must name its marker.
      return null;
    }
    if (name.isBlank()) {
      problems.add(
          entity
              + ": @Retention action ARCHIVE needs archivedField naming the date field that marks"
              + " rows moved to the intermediate archive (Art. 5(1)(e))");
      return null;
    }
    Field f = findField(type, name);
    if (f == null) {
      problems.add(
          entity
              + ": @Retention archivedField '"
              + name
              + "' is not a field of the entity (ARCHIVE needs the archive marker)");
      return null;
    }
    if (!DATE_TYPES.contains(f.getType())) {
      problems.add(
          entity
              + "."
              + name
              + ": @Retention archivedField must be a date (Instant, LocalDate, LocalDateTime,"
              + " OffsetDateTime, ZonedDateTime or java.util.Date), not "
              + f.getType().getSimpleName());
      return null;
    }
    return name;
  }

  private static @Nullable FieldMetadata field(
      String member, Field field, TextSupport text, List<String> problems) {
    PersonalData personal = field.getAnnotation(PersonalData.class);
    SpecialCategory special = field.getAnnotation(SpecialCategory.class);
    Purpose[] purposeAnnotations = field.getAnnotationsByType(Purpose.class);
    LegalBasis basisAnnotation = field.getAnnotation(LegalBasis.class);
    Object textSpec = text.read(member, field, problems);
    if (personal == null
        && special == null
        && purposeAnnotations.length == 0
        && basisAnnotation == null
        && textSpec == null) {
      return null;
    }
    DataCategory category = null;
    if (personal != null) {
      try {
        category = DataCategory.of(personal.category());
      } catch (IllegalArgumentException e) {
        problems.add(member + ": @PersonalData category is not valid: " + e.getMessage());
      }
    }
    io.github.gdpr4j.core.SpecialCategory specialCategory = null;
    List<Art9Condition> conditions = List.of();
    if (special != null) {
      specialCategory = special.category();
      conditions = List.copyOf(EnumSet.copyOf(asSet(special.condition())));
      if (conditions.isEmpty()) {
        problems.add(
            member
                + ": special-category data ("
                + specialCategory
                + ", Art. 9(1)) without an Art. 9(2) condition; processing it is prohibited"
                + " unless one applies: add condition = ... to @SpecialCategory");
      }
    }
    List<PurposeId> purposes = purposes(member, purposeAnnotations, problems);
    Set<io.github.gdpr4j.core.LegalBasis> bases = bases(member, basisAnnotation, problems);
    return new FieldMetadata(
        field.getName(),
        field.getType(),
        category,
        specialCategory,
        conditions,
        purposes,
        bases,
        textSpec);
  }

  private static Set<Art9Condition> asSet(Art9Condition[] conditions) {
    Set<Art9Condition> set = EnumSet.noneOf(Art9Condition.class);
    set.addAll(Arrays.asList(conditions));
    return set;
  }

  private static List<PurposeId> purposes(
      String where, Purpose[] annotations, List<String> problems) {
    List<PurposeId> ids = new ArrayList<>();
    for (Purpose p : annotations) {
      try {
        PurposeId id = PurposeId.of(p.value());
        if (ids.contains(id)) {
          problems.add(where + ": @Purpose(\"" + id + "\") is declared twice");
        } else {
          ids.add(id);
        }
      } catch (IllegalArgumentException e) {
        problems.add(where + ": @Purpose is not a valid purpose id: " + e.getMessage());
      }
    }
    return ids;
  }

  private static Set<io.github.gdpr4j.core.LegalBasis> bases(
      String where, @Nullable LegalBasis annotation, List<String> problems) {
    if (annotation == null) {
      return Set.of();
    }
    if (annotation.value().length == 0) {
      problems.add(where + ": @LegalBasis names no basis; name at least one of Art. 6(1)");
      return Set.of();
    }
    Set<io.github.gdpr4j.core.LegalBasis> set =
        EnumSet.noneOf(io.github.gdpr4j.core.LegalBasis.class);
    set.addAll(Arrays.asList(annotation.value()));
    return set;
  }

  private static @Nullable RetentionRule retentionRule(
      String entity, Retention r, List<String> problems) {
    if (!r.preset().isEmpty()) {
      boolean mixed =
          !r.period().isEmpty()
              || r.from() != RetentionEvent.COLLECTION
              || r.action() != RetentionAction.DELETE
              || !r.customEvent().isEmpty()
              || !r.purgeAfter().isEmpty();
      if (mixed) {
        problems.add(
            entity
                + ": @Retention names preset '"
                + r.preset()
                + "' and also period, from, action, customEvent or purgeAfter; give one or the"
                + " other");
        return null;
      }
      return preset(entity, r.preset(), problems);
    }
    if (r.period().isEmpty()) {
      problems.add(entity + ": @Retention needs a preset or a period (Art. 5(1)(e))");
      return null;
    }
    Period period = period(entity, "period", r.period(), problems);
    boolean archive = r.action() == RetentionAction.ARCHIVE;
    Period purge = null;
    if (archive) {
      purge = period(entity, "purgeAfter", r.purgeAfter(), problems);
    } else if (!r.purgeAfter().isEmpty()) {
      problems.add(
          entity + ": @Retention purgeAfter is only for action ARCHIVE, not " + r.action());
    }
    boolean custom = r.from() == RetentionEvent.CUSTOM;
    if (custom && r.customEvent().isBlank()) {
      problems.add(entity + ": @Retention from CUSTOM needs customEvent naming the event");
      return null;
    }
    if (!custom && !r.customEvent().isEmpty()) {
      problems.add(entity + ": @Retention customEvent is only for from = CUSTOM, not " + r.from());
      return null;
    }
    if (period == null || (archive && purge == null)) {
      return null;
    }
    try {
      return new RetentionRule(
          period, r.from(), custom ? r.customEvent() : null, r.action(), archive ? purge : null);
    } catch (IllegalArgumentException e) {
      problems.add(entity + ": @Retention is not a valid rule: " + e.getMessage());
      return null;
    }
  }

  /** Resolves a rule constant of {@link RetentionPresets} by name. */
  private static @Nullable RetentionRule preset(String entity, String name, List<String> problems) {
    List<String> known = new ArrayList<>();
    for (Field f : RetentionPresets.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == RetentionRule.class) {
        known.add(f.getName());
        if (f.getName().equals(name)) {
          try {
            return (RetentionRule) f.get(null);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException("RetentionPresets." + name + " is not readable", e);
          }
        }
      }
    }
    problems.add(
        entity
            + ": @Retention preset '"
            + name
            + "' is not a RetentionPresets rule; known: "
            + known);
    return null;
  }

  private static @Nullable Period period(
      String entity, String attribute, String text, List<String> problems) {
    try {
      Period p = Period.parse(text);
      if (p.isNegative()) {
        problems.add(entity + ": @Retention " + attribute + " must not be negative: " + text);
        return null;
      }
      return p;
    } catch (DateTimeParseException e) {
      problems.add(
          entity
              + ": @Retention "
              + attribute
              + " '"
              + text
              + "' is not an ISO-8601 period such as P3Y or P18M");
      return null;
    }
  }

  /**
   * Returns the persistent field named {@code name} of an entity class, searched as {@link
   * ErasurePolicy#persistentFieldsOf} lists them (the one definition of "persistent field").
   *
   * @param type the entity class
   * @param name the field name
   * @return the field, or null if none
   */
  public static @Nullable Field findField(Class<?> type, String name) {
    for (Field f : ErasurePolicy.persistentFieldsOf(type)) {
      if (f.getName().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static String sorted(Set<io.github.gdpr4j.core.LegalBasis> bases) {
    return EnumSet.copyOf(bases).toString();
  }
}
