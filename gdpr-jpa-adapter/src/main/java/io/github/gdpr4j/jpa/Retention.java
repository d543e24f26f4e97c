package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.RetentionAction;
import io.github.gdpr4j.core.RetentionEvent;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how long rows of an entity may be kept (Art. 5(1)(e) storage limitation): a period, the
 * event it runs from, the field of the entity holding the instant of that event, and what happens
 * when it is over. The annotation is read into a core {@code RetentionRule}; the start field must
 * exist and hold a date ({@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code
 * OffsetDateTime}, {@code ZonedDateTime} or {@code java.util.Date}), else bootstrap reports it.
 *
 * <pre>{@code
 * @Retention(period = "P3Y", from = RetentionEvent.LAST_CONTACT_BY_SUBJECT,
 *     startField = "lastContactAt", action = RetentionAction.DELETE)
 * class Contact { ... }
 *
 * @Retention(preset = "PROSPECT", startField = "lastContactAt")   // RetentionPresets.PROSPECT
 * class Prospect { ... }
 * }</pre>
 *
 * <p>An ARCHIVE rule also names an {@link #archivedField()}: the sweep sets it when the period is
 * over (the row leaves the active base for the intermediate archive) and deletes the row once
 * {@link #purgeAfter()} has run out as well.
 *
 * <p>Give either a {@link #preset()} or a {@link #period()} (with {@link #from()} and {@link
 * #action()}), not both; bootstrap reports a mix or neither.
 *
 * <p>Not to be confused with {@link java.lang.annotation.Retention}, which entity classes rarely
 * use.
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Retention {

  /**
   * Returns the name of a rule constant of gdpr-core's {@code RetentionPresets}, such as {@code
   * "PROSPECT"} or {@code "ACCOUNTING"}, used instead of period, event and action.
   *
   * @return the preset name, or empty
   */
  String preset() default "";

  /**
   * Returns the retention period as an ISO-8601 period.
   *
   * @return for example {@code "P3Y"} or {@code "P10Y"}; empty with a preset
   */
  String period() default "";

  /**
   * Returns the event the period runs from.
   *
   * @return the event; defaults to COLLECTION, ignored with a preset
   */
  RetentionEvent from() default RetentionEvent.COLLECTION;

  /**
   * Returns the name of the custom event, required iff {@link #from()} is {@code CUSTOM}.
   *
   * @return the event name, or empty
   */
  String customEvent() default "";

  /**
   * Returns the name of the entity field that holds the instant of the start event.
   *
   * @return a field name of the entity or one of its mapped superclasses
   */
  String startField();

  /**
   * Returns what happens when the period is over.
   *
   * @return the action; defaults to DELETE, ignored with a preset
   */
  RetentionAction action() default RetentionAction.DELETE;

  /**
   * Returns, for {@code ARCHIVE}, how long the archive is kept before it is purged.
   *
   * @return an ISO-8601 period, required for ARCHIVE and empty otherwise
   */
  String purgeAfter() default "";

  /**
   * Returns, for {@code ARCHIVE}, the name of the date field marking a row as moved to the
   * intermediate archive (CNIL "archivage intermédiaire"): null while the row is in the active
   * base, set by the retention sweep when the period is over. An archived row is restricted access:
   * the listener refuses any change to its personal data, and purpose-scoped queries exclude it.
   * Its column must be nullable.
   *
   * <pre>{@code
   * @Retention(period = "P3Y", from = RetentionEvent.END_OF_RELATIONSHIP, startField = "endedAt",
   *     action = RetentionAction.ARCHIVE, purgeAfter = "P7Y", archivedField = "archivedAt")
   * }</pre>
   *
   * @return a date field of the entity, required for {@code action = ARCHIVE} and empty for other
   *     actions; with a preset whose action is ARCHIVE, optional: without it the sweep leaves the
   *     entity alone (logged at WARN)
   */
  String archivedField() default "";
}
