package io.github.gdpr4j.jpa.internal;

import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.Anonymise;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.ErasurePolicy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * One annotated entity as the rights and retention code needs it: HQL names and paths taken from
 * the JPA metamodel, the GDPR metadata of {@link MetadataReader}, and the {@link ErasurePolicy}.
 * Built by {@link SubjectModel}; immutable. Not an API: its shape follows the needs of the rights
 * and retention packages.
 */
public final class EntityModel {

  /** The fixed text written by {@link Anonymise.With#TOKEN}. */
  public static final String TOKEN = "[erased]";

  /** How the entity refers to its subject. */
  public enum SubjectKind {
    /** The entity's id is the subject id. */
    ID,
    /** A basic attribute holds the subject id. */
    BASIC,
    /** A to-one association to the subject's entity. */
    ASSOCIATION
  }

  /**
   * One persistent singular attribute.
   *
   * @param name the attribute name
   * @param path the HQL path selecting it from alias {@code e} (for associations, the foreign key)
   * @param javaType the attribute type (for associations, the target's id type)
   * @param association whether it is a to-one association
   * @param field the GDPR metadata of the field, or null if it carries no GDPR annotation
   */
  public record Column(
      String name,
      String path,
      Class<?> javaType,
      boolean association,
      @Nullable FieldMetadata field) {

    /** Whether the column holds personal data. */
    public boolean personal() {
      return field != null && field.personal();
    }
  }

  private final Class<?> type;
  private final String entityName;
  private final String idAttribute;
  private final EntityMetadata metadata;
  private final ErasurePolicy policy;
  private final SubjectKind subjectKind;
  private final String subjectAttribute;
  private final String subjectPath;
  private final Class<?> subjectType;
  private final @Nullable Class<?> subjectTarget;
  private final List<Column> columns;

  EntityModel(
      Class<?> type,
      String entityName,
      String idAttribute,
      EntityMetadata metadata,
      ErasurePolicy policy,
      SubjectKind subjectKind,
      String subjectAttribute,
      String subjectPath,
      Class<?> subjectType,
      @Nullable Class<?> subjectTarget,
      List<Column> columns) {
    this.type = type;
    this.entityName = entityName;
    this.idAttribute = idAttribute;
    this.metadata = metadata;
    this.policy = policy;
    this.subjectKind = subjectKind;
    this.subjectAttribute = subjectAttribute;
    this.subjectPath = subjectPath;
    this.subjectType = subjectType;
    this.subjectTarget = subjectTarget;
    this.columns = List.copyOf(columns);
  }

  public Class<?> type() {
    return type;
  }

  /** The HQL entity name. */
  public String entityName() {
    return entityName;
  }

  public String idAttribute() {
    return idAttribute;
  }

  public EntityMetadata metadata() {
    return metadata;
  }

  public ErasurePolicy policy() {
    return policy;
  }

  public SubjectKind subjectKind() {
    return subjectKind;
  }

  public String subjectAttribute() {
    return subjectAttribute;
  }

  /** The entity the subject association points to, or null. */
  public @Nullable Class<?> subjectTarget() {
    return subjectTarget;
  }

  /**
   * The HQL path of the subject id from alias {@code e}, such as {@code e.contact.id}.
   *
   * @return the path
   */
  public String subjectPath() {
    return subjectPath;
  }

  public List<Column> columns() {
    return columns;
  }

  /**
   * Converts a subject id to the type of the subject attribute.
   *
   * @param subject the subject
   * @return the value, or empty when the id cannot be of this type (so no row can match)
   */
  public Optional<Object> subjectValue(SubjectId subject) {
    String v = subject.value();
    try {
      if (subjectType == Long.class || subjectType == long.class) {
        return Optional.of(Long.valueOf(v));
      }
      if (subjectType == Integer.class || subjectType == int.class) {
        return Optional.of(Integer.valueOf(v));
      }
      if (subjectType == UUID.class) {
        return Optional.of(UUID.fromString(v));
      }
      if (subjectType == String.class) {
        return Optional.of(v);
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether {@code type} is a supported subject id type. */
  static boolean supportedSubjectType(Class<?> type) {
    return type == Long.class
        || type == long.class
        || type == Integer.class
        || type == int.class
        || type == UUID.class
        || type == String.class;
  }

  /**
   * The personal columns an anonymisation overwrites: every personal column but the subject link,
   * minus those a KEEP retains.
   *
   * @return the columns
   */
  public List<Column> anonymisedColumns() {
    List<Column> result = new ArrayList<>();
    for (Column c : columns) {
      if (c.personal()
          && !c.name().equals(subjectAttribute)
          && !(policy.action() == Erasure.Action.KEEP && policy.keep().contains(c.name()))) {
        result.add(c);
      }
    }
    return result;
  }

  /**
   * Builds the SET list and the "not yet anonymised" predicate of an anonymising bulk UPDATE on
   * alias {@code e}, adding the parameters it needs to {@code parameters}.
   *
   * @param subject the erased subject, for pseudonyms; null in retention sweeps, where a pseudonym
   *     is replaced by the token (pseudonymised data is still personal data, Recital 26)
   * @param pseudonymKey the HMAC key for pseudonyms, or null
   * @param cutSubjectLink whether to set the subject link to null as well
   * @param parameters receives the named parameters
   * @return {@code [setClause, pendingPredicate]}; the predicate is {@code 1=0} when nothing is to
   *     be overwritten
   */
  public String[] anonymisation(
      @Nullable SubjectId subject,
      byte @Nullable [] pseudonymKey,
      boolean cutSubjectLink,
      Map<String, Object> parameters) {
    StringBuilder set = new StringBuilder();
    StringBuilder pending = new StringBuilder();
    int i = 0;
    for (Column c : anonymisedColumns()) {
      String path = "e." + c.name();
      Anonymise.With with = policy.anonymisationOf(c.name());
      if (with == Anonymise.With.PSEUDONYM && (subject == null || pseudonymKey == null)) {
        with = Anonymise.With.TOKEN;
      }
      sep(set, ", ");
      sep(pending, " or ");
      if (with == Anonymise.With.NULL || c.association()) {
        set.append(path).append(" = null");
        pending.append(path).append(" is not null");
      } else {
        String p = "anon" + i++;
        String value =
            with == Anonymise.With.TOKEN
                ? TOKEN
                : pseudonym(Objects.requireNonNull(pseudonymKey), c.name(), subject);
        parameters.put(p, value);
        set.append(path).append(" = :").append(p);
        pending.append('(').append(path).append(" is null or ").append(path);
        pending.append(" <> :").append(p).append(')');
      }
    }
    if (cutSubjectLink && subjectKind != SubjectKind.ID) {
      sep(set, ", ");
      sep(pending, " or ");
      set.append("e.").append(subjectAttribute).append(" = null");
      pending.append("e.").append(subjectAttribute).append(" is not null");
    }
    return new String[] {set.toString(), pending.isEmpty() ? "1=0" : pending.toString()};
  }

  private String pseudonym(byte[] key, String field, @Nullable SubjectId subject) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String message = entityName + '\0' + field + '\0' + Objects.requireNonNull(subject).value();
      byte[] h = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      return "pseudonym:" + HexFormat.of().formatHex(h, 0, 16);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static void sep(StringBuilder sb, String separator) {
    if (!sb.isEmpty()) {
      sb.append(separator);
    }
  }

  @Override
  public String toString() {
    return "EntityModel[" + entityName + "]";
  }
}
