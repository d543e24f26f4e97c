package io.github.gdpr4j.jpa.internal;

import io.github.gdpr4j.core.Art9Condition;
import io.github.gdpr4j.core.DataCategory;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.SpecialCategory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the GDPR annotations say about one field of an entity.
 *
 * @param name the field name, which is also the JPA attribute name
 * @param type the declared type of the field
 * @param category the data category of a {@link io.github.gdpr4j.jpa.PersonalData} field
 * @param specialCategory the Art. 9(1) category of a {@link io.github.gdpr4j.jpa.SpecialCategory}
 *     field
 * @param conditions the Art. 9(2) conditions of a special-category field
 * @param purposes the field's own purposes, replacing the entity's; empty to inherit them
 * @param bases the field's narrowing of the entity's legal bases; empty to inherit them
 * @param textControl the text-control settings of a {@code @ControlledText} field, opaque here so
 *     that gdpr-text-control stays optional
 */
public record FieldMetadata(
    String name,
    Class<?> type,
    @Nullable DataCategory category,
    @Nullable SpecialCategory specialCategory,
    List<Art9Condition> conditions,
    List<PurposeId> purposes,
    Set<io.github.gdpr4j.core.LegalBasis> bases,
    @Nullable Object textControl) {

  public FieldMetadata {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    conditions = List.copyOf(conditions);
    purposes = List.copyOf(purposes);
    bases = Set.copyOf(bases);
  }

  /** Whether the field holds personal data: a category or a special category. */
  public boolean personal() {
    return category != null || specialCategory != null;
  }

  public Optional<Object> textControlSpec() {
    return Optional.ofNullable(textControl);
  }
}
