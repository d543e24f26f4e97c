package io.github.gdpr4j.jpa.retention;

import io.github.gdpr4j.core.SubjectId;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.Objects;

/**
 * Places and lifts the holds that keep {@link RetentionSweeper} away from a subject's rows: legal
 * holds, and open rights requests (place one when a request is received, lift it when it is
 * answered). Backed by the {@link SubjectHold} table, so the sweep excludes held subjects in the
 * same set-based statement that finds due rows. Thread-safe.
 *
 * <pre>{@code
 * SubjectHolds holds = SubjectHolds.create(emf, clock);
 * holds.place(subject, SubjectHold.Kind.LEGAL_HOLD, "case-2026-14");
 * ...
 * holds.lift(subject, "case-2026-14");
 * }</pre>
 */
public final class SubjectHolds {
  private final EntityManagerFactory emf;
  private final Clock clock;

  private SubjectHolds(EntityManagerFactory emf, Clock clock) {
    this.emf = emf;
    this.clock = clock;
  }

  /**
   * Creates the register.
   *
   * @param emf a factory whose unit includes {@link RetentionSweeper#entityClasses()}
   * @param clock the clock stamping holds
   * @return the register
   */
  public static SubjectHolds create(EntityManagerFactory emf, Clock clock) {
    return new SubjectHolds(
        Objects.requireNonNull(emf, "emf"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Places a hold.
   *
   * @param subject the subject
   * @param kind legal hold or open request
   * @param reference the case or request id; 1 to 128 characters, no personal data
   * @throws IllegalArgumentException if the reference is blank or too long
   */
  public void place(SubjectId subject, SubjectHold.Kind kind, String reference) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    check(reference);
    emf.runInTransaction(
        em -> em.persist(new SubjectHold(subject.value(), kind, reference, clock.instant())));
  }

  /**
   * Lifts every active hold of the subject with this reference.
   *
   * @param subject the subject
   * @param reference the case or request id
   * @return how many holds were lifted
   */
  public int lift(SubjectId subject, String reference) {
    Objects.requireNonNull(subject, "subject");
    check(reference);
    return emf.callInTransaction(
        em ->
            em.createQuery(
                    "update SubjectHold h set h.liftedAt = :now where h.subjectId = :s"
                        + " and h.reference = :r and h.liftedAt is null")
                .setParameter("now", clock.instant())
                .setParameter("s", subject.value())
                .setParameter("r", reference)
                .executeUpdate());
  }

  /**
   * Tells whether the subject has an active hold.
   *
   * @param subject the subject
   * @return true if held
   */
  public boolean isHeld(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    return emf.callInTransaction(
        em ->
            em.createQuery(
                        "select count(h) from SubjectHold h where h.subjectId = :s"
                            + " and h.liftedAt is null",
                        Long.class)
                    .setParameter("s", subject.value())
                    .getSingleResult()
                > 0);
  }

  private static void check(String reference) {
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank() || reference.length() > 128) {
      throw new IllegalArgumentException("hold reference must be 1 to 128 non-blank characters");
    }
  }
}
