package io.github.gdpr4j.jpa.internal;

import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.RetentionRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the GDPR annotations say about one entity class, read once per class (see {@link
 * MetadataReader}) and immutable.
 *
 * @param type the entity class
 * @param purposes the entity-level purposes, valid ids only
 * @param bases the entity-level legal bases; empty when not declared
 * @param subjectField the name of the {@link io.github.gdpr4j.jpa.DataSubject} field, if exactly
 *     one is declared
 * @param retention the retention rule read from {@link io.github.gdpr4j.jpa.Retention}, if any and
 *     valid
 * @param retentionStartField the field holding the start event of the retention rule
 * @param retentionArchivedField for an ARCHIVE rule, the date field marking rows moved to the
 *     intermediate archive (null in the active base)
 * @param fields the annotated fields, in declaration order, superclass fields first
 * @param problems what is wrong with the annotations themselves, independent of any registry or
 *     metamodel; each message names the class and member
 */
public record EntityMetadata(
    Class<?> type,
    List<PurposeId> purposes,
    Set<io.github.gdpr4j.core.LegalBasis> bases,
    @Nullable String subjectField,
    @Nullable RetentionRule retention,
    @Nullable String retentionStartField,
    @Nullable String retentionArchivedField,
    List<FieldMetadata> fields,
    List<String> problems) {

  public EntityMetadata {
    Objects.requireNonNull(type, "type");
    purposes = List.copyOf(purposes);
    bases = Set.copyOf(bases);
    fields = List.copyOf(fields);
    problems = List.copyOf(problems);
  }

  /** Metadata without an archive marker, as before ARCHIVE rules were swept. */
  public EntityMetadata(
      Class<?> type,
      List<PurposeId> purposes,
      Set<io.github.gdpr4j.core.LegalBasis> bases,
      @Nullable String subjectField,
      @Nullable RetentionRule retention,
      @Nullable String retentionStartField,
      List<FieldMetadata> fields,
      List<String> problems) {
    this(
        type,
        purposes,
        bases,
        subjectField,
        retention,
        retentionStartField,
        null,
        fields,
        problems);
  }

  /** Whether any GDPR annotation is present: entities without any are left alone. */
  public boolean annotated() {
    return !purposes.isEmpty()
        || !bases.isEmpty()
        || subjectField != null
        || retention != null
        || !fields.isEmpty()
        || !problems.isEmpty();
  }

  /** Whether any field holds personal data. */
  public boolean hasPersonalData() {
    for (FieldMetadata f : fields) {
      if (f.personal()) {
        return true;
      }
    }
    return false;
  }

  /** Whether any field is under text control. */
  public boolean hasControlledText() {
    for (FieldMetadata f : fields) {
      if (f.textControl() != null) {
        return true;
      }
    }
    return false;
  }

  public Optional<String> subject() {
    return Optional.ofNullable(subjectField);
  }

  /** The entity's purposes and every field's own purposes, without duplicates. */
  public Set<PurposeId> allPurposes() {
    java.util.LinkedHashSet<PurposeId> all = new java.util.LinkedHashSet<>(purposes);
    for (FieldMetadata f : fields) {
      all.addAll(f.purposes());
    }
    return all;
  }

  public String simpleName() {
    return type.getSimpleName();
  }
}
