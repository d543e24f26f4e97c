package io.github.gdpr4j.jpa.internal;

import io.github.gdpr4j.core.Art9Condition;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.PurposeRegistry;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.SingularAttribute;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Checks an annotated JPA model against the purpose registry at bootstrap, collecting every problem
 * rather than stopping at the first, so that a mis-annotated model is fixed in one pass.
 *
 * <p>The entity list comes from the JPA {@link Metamodel}, never from scanning the class path.
 */
public final class ModelValidator {

  private static final Set<Class<?>> SUBJECT_KEY_TYPES =
      Set.of(
          String.class,
          Long.class,
          long.class,
          Integer.class,
          int.class,
          Short.class,
          short.class,
          BigInteger.class,
          UUID.class);

  private ModelValidator() {}

  /**
   * Returns the metadata of every annotated entity of the metamodel, in a stable order.
   *
   * @param metamodel the JPA metamodel of the persistence unit
   * @return the metadata of entities carrying at least one GDPR annotation
   */
  public static List<EntityMetadata> annotatedEntities(Metamodel metamodel) {
    List<EntityMetadata> result = new ArrayList<>();
    List<EntityType<?>> entities = new ArrayList<>(metamodel.getEntities());
    entities.sort(Comparator.comparing(e -> e.getJavaType().getName()));
    for (EntityType<?> entity : entities) {
      EntityMetadata m = MetadataReader.of(entity.getJavaType());
      if (m.annotated()) {
        result.add(m);
      }
    }
    return result;
  }

  /**
   * Lists every problem of the annotated model.
   *
   * @param metamodel the JPA metamodel
   * @param entities the annotated entities of {@code metamodel}
   * @param registry the purposes the application declares
   * @return the problems, each naming the entity class and member; empty when the model is sound
   */
  public static List<String> problems(
      Metamodel metamodel, List<EntityMetadata> entities, PurposeRegistry registry) {
    List<String> problems = new ArrayList<>();
    for (EntityMetadata m : entities) {
      check(metamodel, m, registry, problems);
    }
    return problems;
  }

  private static void check(
      Metamodel metamodel, EntityMetadata m, PurposeRegistry registry, List<String> problems) {
    String entity = m.type().getName();
    problems.addAll(m.problems());
    ManagedType<?> type = metamodel.managedType(m.type());
    ErasureChecks.check(m, problems);

    // Purposes must be declared in the registry (Art. 5(1)(b), Art. 30(1)(b)).
    Set<PurposeId> unknown = new LinkedHashSet<>();
    for (PurposeId id : m.allPurposes()) {
      if (!registry.contains(id)) {
        unknown.add(id);
      }
    }
    for (PurposeId id : unknown) {
      problems.add(
          entity
              + ": @Purpose(\""
              + id
              + "\") is not a purpose of the registry; declared purposes: "
              + declared(registry));
    }

    // The entity's declared bases must match the registry's.
    if (!m.bases().isEmpty()) {
      for (PurposeId id : m.purposes()) {
        registry
            .find(id)
            .filter(p -> !m.bases().contains(p.legalBasis()))
            .ifPresent(
                p ->
                    problems.add(
                        entity
                            + ": purpose '"
                            + id
                            + "' rests on "
                            + p.legalBasis()
                            + " ("
                            + p.legalBasis().article()
                            + ") in the registry, which @LegalBasis "
                            + EnumSet.copyOf(m.bases())
                            + " does not list"));
      }
    }

    List<String> withoutPurpose = new ArrayList<>();
    for (FieldMetadata f : m.fields()) {
      String member = entity + "." + f.name();
      Attribute<?, ?> attribute = attribute(type, f.name());
      if (attribute == null) {
        problems.add(
            member
                + ": carries gdpr4j annotations but is not a persistent attribute of the entity");
      }
      List<PurposeId> covering = f.purposes().isEmpty() ? m.purposes() : f.purposes();
      if (f.personal() && covering.isEmpty()) {
        withoutPurpose.add(f.name());
      }
      if (!f.bases().isEmpty()) {
        boolean reachable = false;
        for (PurposeId id : covering) {
          reachable |=
              registry.find(id).filter(p -> f.bases().contains(p.legalBasis())).isPresent();
        }
        if (!covering.isEmpty() && !reachable && unknownNone(covering, registry)) {
          problems.add(
              member
                  + ": @LegalBasis "
                  + EnumSet.copyOf(f.bases())
                  + " matches none of its purposes "
                  + covering
                  + ", so it could never be written");
        }
      }
      if (f.category() != null && !covering.isEmpty() && unknownNone(covering, registry)) {
        boolean declared = false;
        for (PurposeId id : covering) {
          declared |=
              registry.find(id).filter(p -> p.dataCategories().contains(f.category())).isPresent();
        }
        if (!declared) {
          problems.add(
              member
                  + ": data category '"
                  + f.category()
                  + "' is declared by none of its purposes "
                  + covering
                  + " in the registry (Art. 30(1)(c))");
        }
      }
      if (f.specialCategory() != null && !covering.isEmpty() && unknownNone(covering, registry)) {
        checkSpecial(member, f, covering, registry, problems);
      }
    }
    if (!withoutPurpose.isEmpty()) {
      problems.add(
          entity
              + ": personal data "
              + withoutPurpose
              + " without a purpose (Art. 5(1)(b)); add @Purpose to the entity or to the field");
    }

    // The data subject must resolve (Art. 4(1)): consent, objection and restriction are per person.
    if (m.subjectField() == null) {
      if (m.hasPersonalData() && !hasSubjectProblem(m)) {
        problems.add(
            entity
                + ": has personal data but no @DataSubject field identifying the person it is about");
      }
    } else {
      checkSubject(metamodel, type, entity, m.subjectField(), problems);
    }

    if (m.retentionStartField() != null && attribute(type, m.retentionStartField()) == null) {
      problems.add(
          entity
              + "."
              + m.retentionStartField()
              + ": @Retention startField is not a persistent attribute of the entity");
    }
    if (m.retentionArchivedField() != null && attribute(type, m.retentionArchivedField()) == null) {
      problems.add(
          entity
              + "."
              + m.retentionArchivedField()
              + ": @Retention archivedField is not a persistent attribute of the entity");
    }
  }

  private static void checkSpecial(
      String member,
      FieldMetadata f,
      List<PurposeId> covering,
      PurposeRegistry registry,
      List<String> problems) {
    boolean declared = false;
    for (PurposeId id : covering) {
      var purpose = registry.find(id).orElseThrow();
      if (!purpose.specialCategories().contains(f.specialCategory())) {
        continue;
      }
      declared = true;
      Art9Condition condition = purpose.art9Condition().orElse(null);
      if (condition != null && !f.conditions().isEmpty() && !f.conditions().contains(condition)) {
        problems.add(
            member
                + ": @SpecialCategory conditions "
                + f.conditions()
                + " do not include "
                + condition
                + " ("
                + condition.article()
                + "), the Art. 9(2) condition of purpose '"
                + id
                + "'");
      }
    }
    if (!declared) {
      problems.add(
          member
              + ": special category "
              + f.specialCategory()
              + " is declared by none of its purposes "
              + covering
              + " in the registry (Art. 9(1), Art. 30(1)(c))");
    }
  }

  private static void checkSubject(
      Metamodel metamodel,
      ManagedType<?> type,
      String entity,
      String field,
      List<String> problems) {
    String member = entity + "." + field;
    Attribute<?, ?> attribute = attribute(type, field);
    if (attribute == null) {
      problems.add(member + ": @DataSubject is not a persistent attribute of the entity");
      return;
    }
    if (!(attribute instanceof SingularAttribute<?, ?> singular)) {
      problems.add(
          member
              + ": @DataSubject must be a single value or a to-one association, not a collection");
      return;
    }
    switch (attribute.getPersistentAttributeType()) {
      case BASIC -> {
        if (!SUBJECT_KEY_TYPES.contains(singular.getJavaType())) {
          problems.add(
              member
                  + ": @DataSubject of type "
                  + singular.getJavaType().getSimpleName()
                  + " does not resolve to a subject id; use a String, integer or UUID id, or a"
                  + " to-one association to the person's entity");
        }
      }
      case MANY_TO_ONE, ONE_TO_ONE -> {
        Class<?> target = singular.getJavaType();
        EntityType<?> targetType = entityType(metamodel, target);
        if (targetType == null) {
          problems.add(
              member
                  + ": @DataSubject refers to "
                  + target.getName()
                  + ", which is not an entity of this persistence unit");
        } else if (!SUBJECT_KEY_TYPES.contains(targetType.getIdType().getJavaType())) {
          problems.add(
              member
                  + ": @DataSubject refers to "
                  + target.getName()
                  + " whose id type "
                  + targetType.getIdType().getJavaType().getSimpleName()
                  + " does not resolve to a subject id");
        }
      }
      default ->
          problems.add(
              member
                  + ": @DataSubject must be a basic id or a to-one association, not "
                  + attribute.getPersistentAttributeType());
    }
  }

  private static boolean hasSubjectProblem(EntityMetadata m) {
    for (String p : m.problems()) {
      if (p.contains("@DataSubject")) {
        return true;
      }
    }
    return false;
  }

  /** Skips registry-dependent checks when an unknown purpose was already reported. */
  private static boolean unknownNone(List<PurposeId> ids, PurposeRegistry registry) {
    for (PurposeId id : ids) {
      if (!registry.contains(id)) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Attribute<?, ?> attribute(ManagedType<?> type, String name) {
    try {
      return type.getAttribute(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static @Nullable EntityType<?> entityType(Metamodel metamodel, Class<?> type) {
    for (EntityType<?> e : metamodel.getEntities()) {
      if (e.getJavaType() == type) {
        return e;
      }
    }
    return null;
  }

  private static List<String> declared(PurposeRegistry registry) {
    List<String> ids = new ArrayList<>();
    for (var p : registry.purposes()) {
      ids.add(p.id().value());
    }
    ids.sort(null);
    return ids;
  }
}
