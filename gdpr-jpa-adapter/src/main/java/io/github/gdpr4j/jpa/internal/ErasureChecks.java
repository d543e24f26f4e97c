package io.github.gdpr4j.jpa.internal;

import io.github.gdpr4j.jpa.Anonymise;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.ErasurePolicy;
import io.github.gdpr4j.jpa.SuppressOnErasure;
import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the erasure annotations of an entity ({@link Erasure}, {@link Anonymise}, {@link
 * SuppressOnErasure}) at bootstrap, so that an Art. 17 erasure or a retention sweep cannot fail
 * half-way on a mistake the model already shows. Every problem is reported, each naming the class
 * and field.
 */
final class ErasureChecks {
  private ErasureChecks() {}

  static void check(EntityMetadata m, List<String> problems) {
    Class<?> type = m.type();
    String entity = type.getName();
    Map<String, Field> fields = new LinkedHashMap<>();
    boolean annotated = type.isAnnotationPresent(Erasure.class);
    for (Field f : ErasurePolicy.persistentFieldsOf(type)) {
      fields.put(f.getName(), f);
      annotated |= f.isAnnotationPresent(Anonymise.class);
      annotated |= f.isAnnotationPresent(SuppressOnErasure.class);
    }
    if (!annotated) {
      return;
    }
    if (m.subjectField() == null) {
      problems.add(
          entity
              + ": @Erasure, @Anonymise or @SuppressOnErasure without a @DataSubject field; an"
              + " erasure (Art. 17) finds rows by their subject");
    }
    // The policy's own rules (KEEP needs an Art. 17(3) exemption and 'until', only KEEP keeps).
    try {
      ErasurePolicy.of(type);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    Erasure erasure = type.getAnnotation(Erasure.class);
    if (erasure != null) {
      for (String k : erasure.keep()) {
        if (!fields.containsKey(k)) {
          problems.add(entity + "." + k + ": @Erasure keep names no persistent field");
        }
      }
    }
    for (Field f : fields.values()) {
      String member = entity + "." + f.getName();
      Anonymise a = f.getAnnotation(Anonymise.class);
      if (a != null) {
        if (a.with() != Anonymise.With.NULL && f.getType() != String.class) {
          problems.add(
              member
                  + ": @Anonymise("
                  + a.with()
                  + ") needs a String field; use NULL for "
                  + f.getType().getSimpleName());
        } else if (a.with() == Anonymise.With.NULL && !nullable(f)) {
          problems.add(
              member
                  + ": @Anonymise(NULL) on a non-nullable column; the erasure would fail: use"
                  + " TOKEN (String) or make the column nullable");
        }
      }
      if (f.isAnnotationPresent(SuppressOnErasure.class) && f.getType() != String.class) {
        problems.add(
            member
                + ": @SuppressOnErasure needs a String field (the identifier is hashed as"
                + " text), not "
                + f.getType().getSimpleName());
      }
    }
  }

  private static boolean nullable(Field f) {
    if (f.getType().isPrimitive()) {
      return false;
    }
    Column c = f.getAnnotation(Column.class);
    return c == null || c.nullable();
  }
}
