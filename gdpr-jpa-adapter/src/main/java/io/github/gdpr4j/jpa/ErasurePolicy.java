package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.ErasureExemption;
import io.github.gdpr4j.core.IdentifierKind;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an erasure (Art. 17) does to the rows of one entity: the {@link Erasure} action, the Art.
 * 17(3) exception of a KEEP, the fields kept, how each personal field is anonymised ({@link
 * Anonymise}) and which fields go on the suppression list ({@link SuppressOnErasure}).
 *
 * <p>Read from the annotations with {@link #of(Class)} (cached per class), or built in code with
 * {@link #delete()}, {@link #anonymiseRows()} or {@link #keep} for entities one cannot annotate,
 * and given to {@code SubjectEraser.Builder#policy}.
 *
 * @param action what happens to the rows
 * @param exemption the Art. 17(3) exception of a KEEP; null otherwise
 * @param until how long kept rows stay, for the report; empty unless KEEP
 * @param keep the fields a KEEP retains
 * @param anonymise how fields are overwritten, by field name; a personal field not listed is set to
 *     null
 * @param suppress the fields whose values go on the suppression list, by field name
 */
public record ErasurePolicy(
    Erasure.Action action,
    @Nullable ErasureExemption exemption,
    String until,
    Set<String> keep,
    Map<String, Anonymise.With> anonymise,
    Map<String, IdentifierKind> suppress) {

  private static final ClassValue<ErasurePolicy> CACHE =
      new ClassValue<>() {
        @Override
        protected ErasurePolicy computeValue(Class<?> type) {
          return read(type);
        }
      };

  /**
   * Validates and copies the policy.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a KEEP has no exemption or no {@code until}, or another
   *     action has one, or keeps fields
   */
  public ErasurePolicy {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(until, "until");
    keep = Set.copyOf(new LinkedHashSet<>(keep));
    anonymise = Map.copyOf(anonymise);
    suppress = Map.copyOf(suppress);
    if (action == Erasure.Action.KEEP) {
      if (exemption == null) {
        throw new IllegalArgumentException(
            "an erasure KEEP needs the Art. 17(3) exemption it relies on");
      }
      if (until.isBlank()) {
        throw new IllegalArgumentException("an erasure KEEP needs 'until' (how long rows stay)");
      }
    } else if (exemption != null || !keep.isEmpty()) {
      throw new IllegalArgumentException(
          "only an erasure KEEP names an exemption and kept fields, not " + action);
    }
  }

  /**
   * A policy that deletes the rows.
   *
   * @return the policy
   */
  public static ErasurePolicy delete() {
    return new ErasurePolicy(Erasure.Action.DELETE, null, "", Set.of(), Map.of(), Map.of());
  }

  /**
   * A policy that anonymises the rows (personal fields to null) and cuts the subject link.
   *
   * @return the policy
   */
  public static ErasurePolicy anonymiseRows() {
    return new ErasurePolicy(Erasure.Action.ANONYMISE, null, "", Set.of(), Map.of(), Map.of());
  }

  /**
   * A policy that keeps the rows under an Art. 17(3) exception with only {@code fields}.
   *
   * @param exemption the exception relied on
   * @param until how long the rows stay, for the report (no personal data)
   * @param fields the fields kept besides the id and the subject link
   * @return the policy
   */
  public static ErasurePolicy keep(ErasureExemption exemption, String until, String... fields) {
    return new ErasurePolicy(
        Erasure.Action.KEEP,
        Objects.requireNonNull(exemption, "exemption"),
        until,
        Set.of(fields),
        Map.of(),
        Map.of());
  }

  /**
   * Returns this policy with {@code field} anonymised {@code with}.
   *
   * @param field a field name of the entity
   * @param with how it is overwritten
   * @return a new policy
   */
  public ErasurePolicy anonymising(String field, Anonymise.With with) {
    Map<String, Anonymise.With> copy = new LinkedHashMap<>(anonymise);
    copy.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(with, "with"));
    return new ErasurePolicy(action, exemption, until, keep, copy, suppress);
  }

  /**
   * Returns this policy with {@code field} put on the suppression list on erasure.
   *
   * @param field a field name of the entity
   * @param kind the kind of identifier it holds
   * @return a new policy
   */
  public ErasurePolicy suppressing(String field, IdentifierKind kind) {
    Map<String, IdentifierKind> copy = new LinkedHashMap<>(suppress);
    copy.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(kind, "kind"));
    return new ErasurePolicy(action, exemption, until, keep, anonymise, copy);
  }

  /**
   * Returns how {@code field} is anonymised.
   *
   * @param field a field name
   * @return the declared way, NULL when none is declared
   */
  public Anonymise.With anonymisationOf(String field) {
    return anonymise.getOrDefault(field, Anonymise.With.NULL);
  }

  /**
   * Returns the exemption of a KEEP.
   *
   * @return the exemption, or empty unless KEEP
   */
  public Optional<ErasureExemption> exemptionOf() {
    return Optional.ofNullable(exemption);
  }

  /**
   * Reads the policy of an entity class from its {@link Erasure}, {@link Anonymise} and {@link
   * SuppressOnErasure} annotations (cached per class); {@link #delete()} with the field annotations
   * when the class has no {@link Erasure}.
   *
   * @param type the entity class
   * @return the policy
   * @throws IllegalArgumentException naming the class if the annotations contradict each other
   */
  public static ErasurePolicy of(Class<?> type) {
    Objects.requireNonNull(type, "type");
    return CACHE.get(type);
  }

  private static ErasurePolicy read(Class<?> type) {
    Erasure erasure = type.getAnnotation(Erasure.class);
    Map<String, Anonymise.With> anonymise = new LinkedHashMap<>();
    Map<String, IdentifierKind> suppress = new LinkedHashMap<>();
    for (Field f : persistentFieldsOf(type)) {
      Anonymise a = f.getAnnotation(Anonymise.class);
      if (a != null) {
        anonymise.put(f.getName(), a.with());
      }
      SuppressOnErasure s = f.getAnnotation(SuppressOnErasure.class);
      if (s != null) {
        suppress.put(f.getName(), s.value());
      }
    }
    if (erasure == null) {
      return new ErasurePolicy(Erasure.Action.DELETE, null, "", Set.of(), anonymise, suppress);
    }
    if (erasure.exemption().length > 1) {
      throw new IllegalArgumentException(
          type.getName() + ": @Erasure names several exemptions; name the one relied on");
    }
    try {
      return new ErasurePolicy(
          erasure.action(),
          erasure.exemption().length == 1 ? erasure.exemption()[0] : null,
          erasure.until(),
          new LinkedHashSet<>(Arrays.asList(erasure.keep())),
          anonymise,
          suppress);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(type.getName() + ": @Erasure: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the persistent fields of an entity class: its own and those of its entity and mapped
   * superclasses, superclass first; static and transient fields excluded. This is the one
   * definition the adapter uses (annotation reading, validation, erasure, retention); each call
   * returns a new list of new {@link Field} objects.
   *
   * @param type the entity class
   * @return the fields
   */
  public static List<Field> persistentFieldsOf(Class<?> type) {
    List<Class<?>> chain = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c == type
          || c.isAnnotationPresent(MappedSuperclass.class)
          || c.isAnnotationPresent(Entity.class)) {
        chain.add(0, c);
      }
    }
    List<Field> fields = new ArrayList<>();
    for (Class<?> c : chain) {
      for (Field f : c.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (!Modifier.isStatic(mod) && !Modifier.isTransient(mod) && !f.isSynthetic()) {
          fields.add(f);
        }
      }
    }
    return fields;
  }
}
