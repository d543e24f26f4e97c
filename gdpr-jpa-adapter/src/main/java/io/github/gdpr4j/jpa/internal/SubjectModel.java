package io.github.gdpr4j.jpa.internal;

import io.github.gdpr4j.core.GdprConfigurationException;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.ErasurePolicy;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OneToOne;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every entity of a persistence unit that has a {@link io.github.gdpr4j.jpa.DataSubject}, as {@link
 * EntityModel}s in an order where an entity pointing to another comes first (children before
 * parents), so that deletes respect foreign keys. Built once per factory; immutable.
 */
public final class SubjectModel {

  private final List<EntityModel> entities;
  private final Map<Class<?>, EntityModel> byType;

  private SubjectModel(List<EntityModel> entities) {
    this.entities = List.copyOf(entities);
    Map<Class<?>, EntityModel> map = new LinkedHashMap<>();
    for (EntityModel m : entities) {
      map.put(m.type(), m);
    }
    this.byType = map;
  }

  /** The entities, children before parents. */
  public List<EntityModel> entities() {
    return entities;
  }

  /**
   * Finds the model of an entity class.
   *
   * @param type the class
   * @return the model, or empty if the class has no data subject
   */
  public Optional<EntityModel> find(Class<?> type) {
    return Optional.ofNullable(byType.get(type));
  }

  /**
   * Reads the model of every managed entity with a data subject.
   *
   * @param emf the factory
   * @param overrides erasure policies replacing those of the annotations, by class
   * @return the model
   * @throws GdprConfigurationException listing every problem, each naming the class and member
   */
  public static SubjectModel of(EntityManagerFactory emf, Map<Class<?>, ErasurePolicy> overrides) {
    List<String> problems = new ArrayList<>();
    SubjectModel model = of(emf, overrides, problems);
    if (!problems.isEmpty()) {
      throw new GdprConfigurationException(problems);
    }
    return model;
  }

  /**
   * Reads the model, adding problems to {@code problems} instead of throwing, so that a caller can
   * report them with its own.
   *
   * @param emf the factory
   * @param overrides erasure policies replacing those of the annotations, by class
   * @param problems receives every problem found
   * @return the model of the entities without problems
   */
  public static SubjectModel of(
      EntityManagerFactory emf, Map<Class<?>, ErasurePolicy> overrides, List<String> problems) {
    Objects.requireNonNull(emf, "emf");
    for (Class<?> c : overrides.keySet()) {
      try {
        emf.getMetamodel().entity(c);
      } catch (IllegalArgumentException e) {
        problems.add(
            c.getName() + ": an erasure policy is given for a class that is not a managed entity");
      }
    }
    List<EntityType<?>> types = new ArrayList<>(emf.getMetamodel().getEntities());
    types.sort(Comparator.comparing(EntityType::getName));
    Map<Class<?>, EntityModel> models = new LinkedHashMap<>();
    for (EntityType<?> t : types) {
      Class<?> type = t.getJavaType();
      EntityMetadata meta = MetadataReader.of(type);
      String subject = meta.subjectField();
      if (subject == null) {
        if (overrides.containsKey(type)) {
          problems.add(type.getName() + ": an erasure policy needs a @DataSubject field");
        }
        continue;
      }
      ErasurePolicy policy;
      try {
        policy = overrides.containsKey(type) ? overrides.get(type) : ErasurePolicy.of(type);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
        continue;
      }
      EntityModel model = model(emf, t, meta, policy, problems);
      if (model != null) {
        models.put(type, model);
      }
    }
    // A KEEP must not keep a foreign key to a row that is deleted.
    for (EntityModel m : models.values()) {
      if (m.policy().action() == Erasure.Action.KEEP
          && m.subjectKind() == EntityModel.SubjectKind.ASSOCIATION) {
        EntityModel target = models.get(m.subjectTarget());
        if (target != null && target.policy().action() == Erasure.Action.DELETE) {
          problems.add(
              m.type().getName()
                  + "."
                  + m.subjectAttribute()
                  + ": @Erasure KEEP keeps the link to "
                  + target.type().getSimpleName()
                  + ", whose rows an erasure DELETEs: the foreign key would break; anonymise "
                  + target.type().getSimpleName()
                  + " instead, or hold the subject as a basic id");
        }
      }
    }
    return new SubjectModel(order(models));
  }

  private static EntityModel model(
      EntityManagerFactory emf,
      EntityType<?> t,
      EntityMetadata meta,
      ErasurePolicy policy,
      List<String> problems) {
    Class<?> type = t.getJavaType();
    if (!t.hasSingleIdAttribute()) {
      problems.add(type.getName() + ": rights and retention need a single @Id attribute");
      return null;
    }
    SingularAttribute<?, ?> id = t.getId(t.getIdType().getJavaType());
    Map<String, FieldMetadata> gdpr = new HashMap<>();
    for (FieldMetadata f : meta.fields()) {
      gdpr.put(f.name(), f);
    }
    Map<String, SingularAttribute<?, ?>> attributes = new HashMap<>();
    for (SingularAttribute<?, ?> a : t.getSingularAttributes()) {
      attributes.put(a.getName(), a);
    }
    List<EntityModel.Column> columns = new ArrayList<>();
    for (Field f : ErasurePolicy.persistentFieldsOf(type)) {
      SingularAttribute<?, ?> a = attributes.get(f.getName());
      if (a == null) {
        continue; // collections and unmapped fields are not exported (see package docs)
      }
      switch (a.getPersistentAttributeType()) {
        case BASIC ->
            columns.add(
                new EntityModel.Column(
                    a.getName(),
                    "e." + a.getName(),
                    a.getJavaType(),
                    false,
                    gdpr.get(a.getName())));
        case MANY_TO_ONE, ONE_TO_ONE -> {
          OneToOne one = f.getAnnotation(OneToOne.class);
          if (one != null && !one.mappedBy().isEmpty()) {
            continue; // the inverse side holds no column
          }
          EntityType<?> target = emf.getMetamodel().entity(a.getJavaType());
          columns.add(
              new EntityModel.Column(
                  a.getName(),
                  "e."
                      + a.getName()
                      + "."
                      + target.getId(target.getIdType().getJavaType()).getName(),
                  target.getIdType().getJavaType(),
                  true,
                  gdpr.get(a.getName())));
        }
        default -> {
          // Embedded attributes are not supported yet: reported so that nothing is silently left.
          if (gdpr.containsKey(a.getName())) {
            problems.add(
                type.getName()
                    + "."
                    + a.getName()
                    + ": personal data in an embedded attribute is not supported by rights and"
                    + " retention");
          }
        }
      }
    }
    String subject = Objects.requireNonNull(meta.subjectField());
    EntityModel.SubjectKind kind;
    String path;
    Class<?> subjectType;
    Class<?> target = null;
    SingularAttribute<?, ?> s = attributes.get(subject);
    if (s == null) {
      problems.add(type.getName() + "." + subject + ": @DataSubject is not a singular attribute");
      return null;
    }
    if (s.isId()) {
      kind = EntityModel.SubjectKind.ID;
      path = "e." + subject;
      subjectType = s.getJavaType();
    } else if (s.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC) {
      kind = EntityModel.SubjectKind.BASIC;
      path = "e." + subject;
      subjectType = s.getJavaType();
    } else if (s.isAssociation()) {
      kind = EntityModel.SubjectKind.ASSOCIATION;
      EntityType<?> te = emf.getMetamodel().entity(s.getJavaType());
      path = "e." + subject + "." + te.getId(te.getIdType().getJavaType()).getName();
      subjectType = te.getIdType().getJavaType();
      target = s.getJavaType();
    } else {
      problems.add(
          type.getName() + "." + subject + ": @DataSubject must be an id, basic or to-one");
      return null;
    }
    if (!EntityModel.supportedSubjectType(subjectType)) {
      problems.add(
          type.getName()
              + "."
              + subject
              + ": subject ids of type "
              + subjectType.getSimpleName()
              + " are not supported (Long, Integer, String, UUID)");
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    for (EntityModel.Column c : columns) {
      names.add(c.name());
    }
    for (String k : policy.keep()) {
      if (!names.contains(k)) {
        problems.add(type.getName() + "." + k + ": @Erasure keep names no persistent field");
      }
    }
    for (var e : policy.anonymise().entrySet()) {
      EntityModel.Column c =
          columns.stream().filter(x -> x.name().equals(e.getKey())).findFirst().orElse(null);
      if (c == null) {
        problems.add(type.getName() + "." + e.getKey() + ": @Anonymise on no persistent field");
      } else if (e.getValue() != io.github.gdpr4j.jpa.Anonymise.With.NULL
          && c.javaType() != String.class) {
        problems.add(
            type.getName()
                + "."
                + e.getKey()
                + ": @Anonymise("
                + e.getValue()
                + ") needs a String field; use NULL for "
                + c.javaType().getSimpleName());
      }
    }
    for (String f : policy.suppress().keySet()) {
      if (!names.contains(f)) {
        problems.add(type.getName() + "." + f + ": @SuppressOnErasure on no persistent field");
      }
    }
    return new EntityModel(
        type,
        t.getName(),
        id.getName(),
        meta,
        policy,
        kind,
        subject,
        path,
        subjectType,
        target,
        columns);
  }

  /** Orders entities so that one with a to-one association to another comes first. */
  private static List<EntityModel> order(Map<Class<?>, EntityModel> models) {
    Map<Class<?>, Set<Class<?>>> pointsTo = new LinkedHashMap<>();
    for (EntityModel m : models.values()) {
      Set<Class<?>> targets = new LinkedHashSet<>();
      for (Field f : ErasurePolicy.persistentFieldsOf(m.type())) {
        if (models.containsKey(f.getType()) && f.getType() != m.type()) {
          targets.add(f.getType());
        }
      }
      pointsTo.put(m.type(), targets);
    }
    List<EntityModel> ordered = new ArrayList<>();
    Set<Class<?>> placed = new LinkedHashSet<>();
    // Repeatedly place an entity that no unplaced entity points to.
    while (ordered.size() < models.size()) {
      boolean progress = false;
      for (EntityModel m : models.values()) {
        if (placed.contains(m.type())) {
          continue;
        }
        boolean referenced = false;
        for (var e : pointsTo.entrySet()) {
          if (!placed.contains(e.getKey()) && e.getValue().contains(m.type())) {
            referenced = true;
          }
        }
        if (!referenced) {
          ordered.add(m);
          placed.add(m.type());
          progress = true;
        }
      }
      if (!progress) { // a cycle: keep the remaining ones in name order
        for (EntityModel m : models.values()) {
          if (placed.add(m.type())) {
            ordered.add(m);
          }
        }
      }
    }
    return ordered;
  }
}
