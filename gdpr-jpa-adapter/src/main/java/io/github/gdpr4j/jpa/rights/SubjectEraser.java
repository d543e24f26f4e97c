package io.github.gdpr4j.jpa.rights;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.core.GdprConfigurationException;
import io.github.gdpr4j.core.IdentifierKind;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.SuppressionList;
import io.github.gdpr4j.core.SuppressionReason;
import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.jpa.Anonymise;
import io.github.gdpr4j.jpa.Erasure;
import io.github.gdpr4j.jpa.ErasurePolicy;
import io.github.gdpr4j.jpa.crypto.SubjectKeyStore;
import io.github.gdpr4j.jpa.internal.EntityModel;
import io.github.gdpr4j.jpa.internal.SubjectModel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.query.MutationQuery;
import org.hibernate.query.SelectionQuery;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases one data subject from every annotated entity (Art. 17), as each entity's {@link
 * ErasurePolicy} declares: delete the rows, anonymise them, or keep them under an Art. 17(3)
 * exception with only the fields the law requires.
 *
 * <p>One erasure is one transaction, in this order: count the rows concerned; put the {@link
 * io.github.gdpr4j.jpa.SuppressOnErasure} identifiers on the core {@link SuppressionList} (keyed
 * hashes, so that a re-import is refused); write the {@link ErasureLedgerEntry ledger} (what, when,
 * under which request, how many — never values); then run one set-based bulk statement per entity,
 * children before parents so that foreign keys hold. Any failure rolls the whole transaction back:
 * nothing is erased and no ledger line remains (suppression entries stay, which errs on the safe
 * side). Running it again changes nothing more: deleted rows are gone, and anonymising statements
 * only touch rows whose fields are not already overwritten (pseudonyms are derived from the subject
 * id, not from the value, so they are stable).
 *
 * <p>Very large subjects: the statements are set-based, so memory does not depend on the number of
 * rows; the transaction holds the row locks of the subject only. When a database cannot hold one
 * subject's rows in one transaction, run the erasure again after a failure: it is idempotent, so
 * the repeated run is the resumable plan.
 *
 * <p>Bulk statements bypass the adapter's entity listeners: an erasure is processing under the
 * legal obligation of Art. 17(1) and needs no purpose scope. Erasures are audited as {@code
 * rights.erasure} with counts per entity. Thread-safe.
 *
 * <pre>{@code
 * SubjectEraser eraser = SubjectEraser.builder(emf)
 *     .suppression(suppressionList)
 *     .policy(Invoice.class, ErasurePolicy.keep(LEGAL_OBLIGATION, "10 years", "amount", "issuedAt"))
 *     .build();
 * ErasureReport report = eraser.erase(SubjectId.of("42"), "req-2026-001");
 * }</pre>
 */
public final class SubjectEraser {
  private static final Logger LOG = LoggerFactory.getLogger(SubjectEraser.class);

  private final EntityManagerFactory emf;
  private final SubjectModel model;
  private final @Nullable SuppressionList suppression;
  private final byte @Nullable [] pseudonymKey;
  private final @Nullable SubjectKeyStore keyStore;
  private final Clock clock;
  private final AuditSink audit;

  private SubjectEraser(Builder b, SubjectModel model) {
    this.emf = b.emf;
    this.model = model;
    this.suppression = b.suppression;
    this.pseudonymKey = b.pseudonymKey;
    this.keyStore = b.keyStore;
    this.clock = b.clock;
    this.audit = b.audit;
  }

  /**
   * Returns the entity classes the eraser needs in the persistence unit: the ledger.
   *
   * @return the classes
   */
  public static List<Class<?>> entityClasses() {
    return List.of(ErasureLedgerEntry.class);
  }

  /**
   * Starts a builder.
   *
   * @param emf the CRM's factory; its persistence unit must include {@link #entityClasses()}
   * @return the builder
   */
  public static Builder builder(EntityManagerFactory emf) {
    return new Builder(Objects.requireNonNull(emf, "emf"));
  }

  /**
   * Erases the subject in one transaction.
   *
   * @param subject the subject
   * @param requestId the rights request this answers, recorded in the ledger; 1 to 128 characters
   * @return what was done; all counts zero for an unknown or already erased subject
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the request id is blank or too long
   * @throws ErasureFailedException if a statement fails; everything was rolled back
   */
  public ErasureReport erase(SubjectId subject, String requestId) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(requestId, "requestId");
    if (requestId.isBlank() || requestId.length() > 128) {
      throw new IllegalArgumentException("requestId must be 1 to 128 non-blank characters");
    }
    Instant now = clock.instant();
    List<ErasureReport.Line> lines = new ArrayList<>();
    int suppressed = 0;
    String step = "counting";
    EntityModel current = null;
    try (EntityManager em = emf.createEntityManager()) {
      Session session = em.unwrap(Session.class);
      session.getTransaction().begin();
      try {
        List<Planned> plan = new ArrayList<>();
        for (EntityModel m : model.entities()) {
          current = m;
          Optional<Object> value = m.subjectValue(subject);
          if (value.isEmpty()) {
            continue;
          }
          long matched = count(session, m, "", value.get(), Map.of());
          if (matched == 0) {
            continue;
          }
          Erasure.Action action = m.policy().action();
          Map<String, Object> params = new LinkedHashMap<>();
          String set = null;
          String pending = null;
          long changed = matched;
          if (action != Erasure.Action.DELETE) {
            String[] a =
                m.anonymisation(subject, pseudonymKey, action == Erasure.Action.ANONYMISE, params);
            set = a[0];
            pending = a[1];
            changed =
                set.isEmpty()
                    ? 0
                    : count(session, m, " and (" + pending + ")", value.get(), params);
          }
          plan.add(new Planned(m, value.get(), matched, changed, set, pending, params));
        }
        step = "suppression";
        for (Planned p : plan) {
          current = p.model;
          if (p.changed > 0 && suppression != null) {
            suppressed += suppress(session, p);
          }
        }
        step = "ledger";
        for (Planned p : plan) {
          current = p.model;
          if (p.changed > 0) {
            ErasurePolicy policy = p.model.policy();
            em.persist(
                new ErasureLedgerEntry(
                    requestId,
                    subject.value(),
                    p.model.type().getSimpleName(),
                    policy.action().name(),
                    p.changed,
                    policy.exemptionOf().map(Enum::name).orElse(null),
                    now));
          }
        }
        em.flush();
        step = "erasure";
        for (Planned p : plan) {
          current = p.model;
          if (p.changed > 0) {
            int n = execute(session, p);
            if (n != p.changed) {
              throw new IllegalStateException(
                  p.model.type().getName()
                      + ": "
                      + n
                      + " rows changed instead of "
                      + p.changed
                      + " (concurrent change); rolled back");
            }
          }
          ErasurePolicy policy = p.model.policy();
          lines.add(
              new ErasureReport.Line(
                  p.model.type().getSimpleName(),
                  policy.action(),
                  p.matched,
                  p.changed,
                  policy.exemption(),
                  policy.action() == Erasure.Action.KEEP ? policy.keep() : Set.of(),
                  policy.until()));
        }
        session.getTransaction().commit();
      } catch (RuntimeException e) {
        if (session.getTransaction().isActive()) {
          session.getTransaction().rollback();
        }
        String entity = current == null ? "?" : current.type().getName();
        LOG.warn(
            "Erasure of subject {} under request {} failed at {} ({}); rolled back",
            subject.value(),
            requestId,
            entity,
            step);
        throw new ErasureFailedException(subject, requestId, entity, step, e);
      }
    }
    // After the commit: a failed erasure must leave the key, or the kept rows would be unreadable.
    boolean shredded = keyStore != null && keyStore.shred(subject);
    ErasureReport report = new ErasureReport(requestId, subject, now, lines, suppressed);
    Map<String, String> details = new LinkedHashMap<>();
    details.put("request", requestId);
    for (ErasureReport.Line l : lines) {
      details.put(l.entity(), l.action() + ":" + l.changed() + "/" + l.matched());
    }
    details.put("suppressed", Integer.toString(suppressed));
    details.put("keyShredded", Boolean.toString(shredded));
    audit.record(
        new AuditEvent(
            now,
            "rights.erasure",
            subject,
            null,
            AuditEvent.Outcome.RECORDED,
            List.of("Art. 17(1)"),
            "system",
            details));
    LOG.info(
        "Erased subject {} under request {}: {} rows changed in {} entities",
        subject.value(),
        requestId,
        report.changed(),
        lines.size());
    return report;
  }

  private record Planned(
      EntityModel model,
      Object subject,
      long matched,
      long changed,
      @Nullable String set,
      @Nullable String pending,
      Map<String, Object> params) {}

  private static long count(
      Session session, EntityModel m, String extra, Object subject, Map<String, Object> params) {
    SelectionQuery<Long> q =
        session.createSelectionQuery(
            "select count(*) from "
                + m.entityName()
                + " e where "
                + m.subjectPath()
                + " = :s"
                + extra,
            Long.class);
    q.setParameter("s", subject);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  private int suppress(Session session, Planned p) {
    int n = 0;
    for (Map.Entry<String, IdentifierKind> e : p.model.policy().suppress().entrySet()) {
      List<Object> values =
          session
              .createSelectionQuery(
                  "select distinct e."
                      + e.getKey()
                      + " from "
                      + p.model.entityName()
                      + " e where "
                      + p.model.subjectPath()
                      + " = :s and e."
                      + e.getKey()
                      + " is not null",
                  Object.class)
              .setParameter("s", p.subject)
              .getResultList();
      for (Object v : values) {
        String s = v.toString();
        if (s.isBlank() || s.equals(EntityModel.TOKEN)) {
          continue;
        }
        Objects.requireNonNull(suppression).add(e.getValue(), s, SuppressionReason.ERASURE, null);
        n++;
      }
    }
    return n;
  }

  private static int execute(Session session, Planned p) {
    EntityModel m = p.model;
    MutationQuery q;
    if (m.policy().action() == Erasure.Action.DELETE) {
      q =
          session.createMutationQuery(
              "delete from " + m.entityName() + " e where " + m.subjectPath() + " = :s");
    } else {
      q =
          session.createMutationQuery(
              "update "
                  + m.entityName()
                  + " e set "
                  + p.set
                  + " where "
                  + m.subjectPath()
                  + " = :s and ("
                  + p.pending
                  + ")");
      p.params.forEach(q::setParameter);
    }
    q.setParameter("s", p.subject);
    return q.executeUpdate();
  }

  /** Configures a {@link SubjectEraser}. Not thread-safe. */
  public static final class Builder {
    private final EntityManagerFactory emf;
    private final Map<Class<?>, ErasurePolicy> policies = new LinkedHashMap<>();
    private @Nullable SuppressionList suppression;
    private byte @Nullable [] pseudonymKey;
    private @Nullable SubjectKeyStore keyStore;
    private Clock clock = Clock.systemUTC();
    private AuditSink audit = e -> {};

    private Builder(EntityManagerFactory emf) {
      this.emf = emf;
    }

    /**
     * Declares the erasure policy of an entity in code, replacing its annotations (for entities one
     * cannot annotate).
     *
     * @param type the entity class
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(Class<?> type, ErasurePolicy policy) {
      policies.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Sets the suppression list receiving {@link io.github.gdpr4j.jpa.SuppressOnErasure} values;
     * required when any entity declares one.
     *
     * @param suppression the list
     * @return this builder
     */
    public Builder suppression(SuppressionList suppression) {
      this.suppression = Objects.requireNonNull(suppression, "suppression");
      return this;
    }

    /**
     * Sets the HMAC key of {@link Anonymise.With#PSEUDONYM}; required when any field uses it. Keep
     * it apart from the database, like the suppression key.
     *
     * @param key at least 32 bytes; copied
     * @return this builder
     * @throws IllegalArgumentException if shorter than 32 bytes
     */
    public Builder pseudonymKey(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < 32) {
        throw new IllegalArgumentException("pseudonym key must have at least 32 bytes");
      }
      this.pseudonymKey = key.clone();
      return this;
    }

    /**
     * Makes erasure shred the subject's crypto-shredding key once the erasure has committed, so
     * that {@link io.github.gdpr4j.jpa.crypto.Sealed} values in backups become unreadable too.
     *
     * @param keyStore the key store
     * @return this builder
     */
    public Builder keyStore(SubjectKeyStore keyStore) {
      this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
      return this;
    }

    /**
     * Sets the clock stamping the ledger.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the sink receiving {@code rights.erasure} events.
     *
     * @param audit the sink
     * @return this builder
     */
    public Builder auditSink(AuditSink audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * Builds the eraser, checking the model.
     *
     * @return the eraser
     * @throws GdprConfigurationException listing every problem: a policy naming unknown fields, a
     *     suppression field without a suppression list, a pseudonym without a key, the ledger
     *     missing from the persistence unit
     */
    public SubjectEraser build() {
      List<String> problems = new ArrayList<>();
      SubjectModel model = SubjectModel.of(emf, policies, problems);
      try {
        emf.getMetamodel().entity(ErasureLedgerEntry.class);
      } catch (IllegalArgumentException e) {
        problems.add(
            ErasureLedgerEntry.class.getName()
                + " is not in the persistence unit; add SubjectEraser.entityClasses()");
      }
      for (EntityModel m : model.entities()) {
        if (!m.policy().suppress().isEmpty() && suppression == null) {
          problems.add(
              m.type().getName()
                  + "."
                  + m.policy().suppress().keySet().iterator().next()
                  + ": @SuppressOnErasure needs SubjectEraser.Builder.suppression(...)");
        }
        if (pseudonymKey == null) {
          for (var e : m.policy().anonymise().entrySet()) {
            if (e.getValue() == Anonymise.With.PSEUDONYM) {
              problems.add(
                  m.type().getName()
                      + "."
                      + e.getKey()
                      + ": @Anonymise(PSEUDONYM) needs SubjectEraser.Builder.pseudonymKey(...)");
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new GdprConfigurationException(problems);
      }
      return new SubjectEraser(this, model);
    }
  }
}
