package io.github.gdpr4j.jpa.hibernate;

import io.github.gdpr4j.core.Purpose;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.jpa.internal.EntityMetadata;
import io.github.gdpr4j.jpa.internal.FieldMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * The runtime form of an entity's metadata for one persister: state-array indexes resolved once at
 * bootstrap, so that the listener never looks up a field by name or by reflection on a flush.
 *
 * @param metadata the annotation metadata
 * @param subjectKind how the data subject is found
 * @param subjectIndex the state-array index of the subject attribute, or -1
 * @param fields the annotated fields with their indexes and the purposes that may write them
 * @param readable the purposes under which the entity may be loaded
 * @param declared the same, as a list for messages
 * @param archivedIndex the state index of the ARCHIVE rule's marker field, or -1
 */
record EntityPlan(
    EntityMetadata metadata,
    SubjectKind subjectKind,
    int subjectIndex,
    List<FieldPlan> fields,
    Set<PurposeId> readable,
    List<PurposeId> declared,
    int archivedIndex) {

  /** How the data subject of a row is found. */
  enum SubjectKind {
    /** The entity has no {@code @DataSubject}. */
    NONE,
    /** The entity's own id. */
    SELF,
    /** A basic attribute holding the subject's id. */
    BASIC,
    /** A to-one association whose target's id is the subject's id. */
    ASSOCIATION
  }

  /**
   * An annotated field.
   *
   * @param metadata the field's metadata
   * @param index its index in the persister's state arrays
   * @param allowed the purposes that may write it (Art. 5(1)(b))
   */
  record FieldPlan(FieldMetadata metadata, int index, Set<PurposeId> allowed) {
    FieldPlan {
      Objects.requireNonNull(metadata, "metadata");
      allowed = Set.copyOf(allowed);
    }

    String name() {
      return metadata.name();
    }

    @Nullable Object textSpec() {
      return metadata.textControl();
    }
  }

  EntityPlan {
    Objects.requireNonNull(metadata, "metadata");
    fields = List.copyOf(fields);
    readable = Set.copyOf(readable);
    declared = List.copyOf(declared);
  }

  Class<?> type() {
    return metadata.type();
  }

  /** Builds the plan of a validated entity. */
  static EntityPlan of(EntityMetadata m, EntityPersister persister, PurposeRegistry registry) {
    String[] names = persister.getPropertyNames();
    SubjectKind kind = SubjectKind.NONE;
    int subjectIndex = -1;
    String subject = m.subjectField();
    if (subject != null) {
      if (subject.equals(persister.getIdentifierPropertyName())) {
        kind = SubjectKind.SELF;
      } else {
        subjectIndex = indexOf(names, subject, m);
        kind =
            persister.getPropertyTypes()[subjectIndex].isEntityType()
                ? SubjectKind.ASSOCIATION
                : SubjectKind.BASIC;
      }
    }
    List<FieldPlan> fields = new ArrayList<>();
    for (FieldMetadata f : m.fields()) {
      if (f.name().equals(persister.getIdentifierPropertyName())) {
        continue; // the id is written once and carries no gdpr4j policy of its own
      }
      List<PurposeId> covering = f.purposes().isEmpty() ? m.purposes() : f.purposes();
      Set<PurposeId> allowed = new LinkedHashSet<>();
      for (PurposeId id : covering) {
        Purpose p = registry.purpose(id);
        if (f.bases().isEmpty() || f.bases().contains(p.legalBasis())) {
          allowed.add(id);
        }
      }
      fields.add(new FieldPlan(f, indexOf(names, f.name(), m), allowed));
    }
    Set<PurposeId> readable = m.allPurposes();
    String archived = m.retentionArchivedField();
    int archivedIndex = archived == null ? -1 : indexOf(names, archived, m);
    return new EntityPlan(
        m, kind, subjectIndex, fields, readable, List.copyOf(readable), archivedIndex);
  }

  private static int indexOf(String[] names, String name, EntityMetadata m) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    // Validation has checked that every annotated field is a persistent attribute.
    throw new IllegalStateException(m.type().getName() + "." + name + " has no state index");
  }
}
