package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.ConsentEventType;
import io.github.gdpr4j.core.ObjectionEventType;
import io.github.gdpr4j.core.Purpose;
import io.github.gdpr4j.core.RestrictionEventType;
import io.github.gdpr4j.jpa.internal.MetadataReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Purpose-scoped queries: restrict a query, in the database, to data subjects who are eligible for
 * a purpose now, with the same rules as the {@code ProcessingGuard}: consent valid at that instant
 * for consent-based purposes (Art. 6(1)(a), Art. 7(3)), no objection in force where the purpose
 * allows one (Art. 21; absolute for direct marketing, Art. 21(3)), processing not restricted (Art.
 * 18(2)). A marketing export built on it cannot include someone who withdrew or objected.
 *
 * <p>It reads the {@code gdpr_} tables of {@link JpaStores}, which must be in the same persistence
 * unit as the queried entities, and adds correlated {@code EXISTS}/{@code NOT EXISTS} subqueries
 * served by their indexes; no row is loaded to decide.
 *
 * <pre>{@code
 * List<Contact> audience =
 *     PurposeQueries.eligible(em, Contact.class, "id", registry.purpose(NEWSLETTER), clock.instant())
 *         .getResultList();
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PurposeQueries {
  private PurposeQueries() {}

  /**
   * Returns a query for the entities of {@code type} whose data subject is eligible for {@code
   * purpose} at {@code now}.
   *
   * @param em the entity manager
   * @param type the entity class
   * @param subjectAttribute the attribute holding the subject id (the id itself, say), compared as
   *     text with the stored subject ids
   * @param purpose the purpose, from the registry
   * @param now the instant eligibility is judged at, from the application's clock
   * @param <T> the entity type
   * @return the query, ready to page or run; rows of an ARCHIVE entity whose archive marker is set
   *     (see {@link io.github.gdpr4j.jpa.Retention#archivedField()}) are excluded
   */
  public static <T> TypedQuery<T> eligible(
      EntityManager em, Class<T> type, String subjectAttribute, Purpose purpose, Instant now) {
    Objects.requireNonNull(em, "em");
    Objects.requireNonNull(subjectAttribute, "subjectAttribute");
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> q = cb.createQuery(type);
    Root<T> root = q.from(type);
    Predicate eligible =
        eligible(cb, q, root.get(subjectAttribute).cast(String.class), purpose, now);
    // Rows of the intermediate archive are outside the active base: kept for storage only, never
    // selected for a purpose (Art. 5(1)(e); CNIL guidance on intermediate archives).
    String archived = MetadataReader.of(type).retentionArchivedField();
    q.select(root)
        .where(archived == null ? eligible : cb.and(root.get(archived).isNull(), eligible));
    return em.createQuery(q);
  }

  /**
   * Returns a predicate that holds for rows whose data subject is eligible for {@code purpose} at
   * {@code now}, to combine with the caller's own criteria.
   *
   * @param cb the criteria builder
   * @param query the query the predicate goes into (subqueries are created on it)
   * @param subject the subject id of the row, as text
   * @param purpose the purpose, from the registry
   * @param now the instant eligibility is judged at
   * @return the predicate
   */
  public static Predicate eligible(
      CriteriaBuilder cb,
      AbstractQuery<?> query,
      Expression<String> subject,
      Purpose purpose,
      Instant now) {
    Objects.requireNonNull(cb, "cb");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(purpose, "purpose");
    long at = EpochNanos.of(Objects.requireNonNull(now, "now"));
    List<Predicate> all = new ArrayList<>();
    String p = purpose.id().value();
    if (purpose.requiresConsent()) {
      all.add(cb.exists(validConsent(cb, query, subject, p, at)));
    }
    boolean dm = purpose.isDirectMarketing();
    if (dm || purpose.legalBasis().allowsObjection()) {
      all.add(cb.not(cb.exists(objection(cb, query, subject, p, dm, at))));
      if (dm) {
        all.add(cb.not(cb.exists(objection(cb, query, subject, null, true, at))));
      }
    }
    all.add(cb.not(cb.exists(restriction(cb, query, subject, at))));
    return cb.and(all.toArray(new Predicate[0]));
  }

  /** The subject's last consent event for the purpose up to now exists and grants (Art. 7). */
  private static Subquery<Integer> validConsent(
      CriteriaBuilder cb, AbstractQuery<?> query, Expression<String> subject, String p, long at) {
    List<ConsentEventType> granting = new ArrayList<>();
    for (ConsentEventType t : ConsentEventType.values()) {
      if (t.resultingStatus().isValid()) {
        granting.add(t);
      }
    }
    Subquery<Integer> sq = query.subquery(Integer.class);
    Root<ConsentEntryRow> e = sq.from(ConsentEntryRow.class);
    Subquery<Integer> later = query.subquery(Integer.class);
    Root<ConsentEntryRow> e2 = later.from(ConsentEntryRow.class);
    later
        .select(cb.literal(1))
        .where(
            cb.equal(e2.get("subjectId"), e.get("subjectId")),
            cb.equal(e2.get("purposeId"), e.get("purposeId")),
            cb.le(e2.<Long>get("occurredAtNanos"), at),
            cb.or(
                cb.gt(e2.<Long>get("occurredAtNanos"), e.<Long>get("occurredAtNanos")),
                cb.and(
                    cb.equal(e2.get("occurredAtNanos"), e.get("occurredAtNanos")),
                    cb.gt(e2.<Long>get("position"), e.<Long>get("position")))));
    sq.select(cb.literal(1))
        .where(
            cb.equal(e.get("subjectId"), subject),
            cb.equal(e.get("purposeId"), p),
            cb.le(e.<Long>get("occurredAtNanos"), at),
            e.get("type").in(granting),
            cb.or(cb.isNull(e.get("expiresAtNanos")), cb.gt(e.<Long>get("expiresAtNanos"), at)),
            cb.not(cb.exists(later)));
    return sq;
  }

  /**
   * The subject's last objection event for the purpose (or, with {@code p == null}, to all direct
   * marketing) up to now is in force. An overridden objection is in force only for direct marketing
   * (Art. 21(3)).
   */
  private static Subquery<Integer> objection(
      CriteriaBuilder cb,
      AbstractQuery<?> query,
      Expression<String> subject,
      String p,
      boolean dm,
      long at) {
    Subquery<Integer> sq = query.subquery(Integer.class);
    Root<ObjectionRow> o = sq.from(ObjectionRow.class);
    Subquery<Integer> later = query.subquery(Integer.class);
    Root<ObjectionRow> o2 = later.from(ObjectionRow.class);
    later
        .select(cb.literal(1))
        .where(
            cb.equal(o2.get("subjectId"), o.get("subjectId")),
            p == null ? cb.isNull(o2.get("purposeId")) : cb.equal(o2.get("purposeId"), p),
            cb.le(o2.<Long>get("occurredAtNanos"), at),
            cb.or(
                cb.gt(o2.<Long>get("occurredAtNanos"), o.<Long>get("occurredAtNanos")),
                cb.and(
                    cb.equal(o2.get("occurredAtNanos"), o.get("occurredAtNanos")),
                    cb.gt(o2.<Long>get("id"), o.<Long>get("id")))));
    List<ObjectionEventType> inForce = new ArrayList<>(List.of(ObjectionEventType.LODGED));
    if (dm && p != null) {
      inForce.add(ObjectionEventType.OVERRIDDEN);
    }
    sq.select(cb.literal(1))
        .where(
            cb.equal(o.get("subjectId"), subject),
            p == null ? cb.isNull(o.get("purposeId")) : cb.equal(o.get("purposeId"), p),
            cb.le(o.<Long>get("occurredAtNanos"), at),
            o.get("type").in(inForce),
            cb.not(cb.exists(later)));
    return sq;
  }

  /** Some ground's last restriction event up to now placed it (Art. 18(1)). */
  private static Subquery<Integer> restriction(
      CriteriaBuilder cb, AbstractQuery<?> query, Expression<String> subject, long at) {
    Subquery<Integer> sq = query.subquery(Integer.class);
    Root<RestrictionRow> r = sq.from(RestrictionRow.class);
    Subquery<Integer> later = query.subquery(Integer.class);
    Root<RestrictionRow> r2 = later.from(RestrictionRow.class);
    later
        .select(cb.literal(1))
        .where(
            cb.equal(r2.get("subjectId"), r.get("subjectId")),
            cb.equal(r2.get("ground"), r.get("ground")),
            cb.le(r2.<Long>get("occurredAtNanos"), at),
            cb.or(
                cb.gt(r2.<Long>get("occurredAtNanos"), r.<Long>get("occurredAtNanos")),
                cb.and(
                    cb.equal(r2.get("occurredAtNanos"), r.get("occurredAtNanos")),
                    cb.gt(r2.<Long>get("id"), r.<Long>get("id")))));
    sq.select(cb.literal(1))
        .where(
            cb.equal(r.get("subjectId"), subject),
            cb.le(r.<Long>get("occurredAtNanos"), at),
            cb.equal(r.get("type"), RestrictionEventType.PLACED),
            cb.not(cb.exists(later)));
    return sq;
  }
}
