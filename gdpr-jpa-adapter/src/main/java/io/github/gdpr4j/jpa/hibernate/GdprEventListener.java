package io.github.gdpr4j.jpa.hibernate;

import io.github.gdpr4j.core.AuditEvent;
import io.github.gdpr4j.core.Decision;
import io.github.gdpr4j.core.Operation;
import io.github.gdpr4j.core.Purpose;
import io.github.gdpr4j.core.PurposeId;
import io.github.gdpr4j.core.Reason;
import io.github.gdpr4j.core.RestrictionGround;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.jpa.GdprJpaConfig;
import io.github.gdpr4j.jpa.ProcessingRefusedException;
import io.github.gdpr4j.jpa.PurposeScopeException;
import io.github.gdpr4j.jpa.Purposes;
import io.github.gdpr4j.jpa.TextBlockedException;
import io.github.gdpr4j.jpa.hibernate.EntityPlan.FieldPlan;
import io.github.gdpr4j.jpa.internal.TextSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;

/**
 * Enforces the annotated model at every insert, update, delete and load of one session factory.
 *
 * <p>Insert and update are checked at Hibernate's pre-insert and pre-update events, which run at
 * flush time with the state that will be written: a redacted value is replaced both in that state
 * and in the entity, so the database never sees the original. Load is checked at post-load, which
 * reads the entity and never changes it, so it never dirties the persistence context.
 *
 * <p>Thread-safe: immutable after {@link #activate}; per-call state lives on the stack.
 */
final class GdprEventListener
    implements PreInsertEventListener,
        PreUpdateEventListener,
        PreDeleteEventListener,
        PostLoadEventListener {

  private static final long serialVersionUID = 1L;

  private final transient GdprJpaConfig config;
  private final transient TextSupport text;
  private transient volatile Map<String, EntityPlan> plans = Map.of();

  GdprEventListener(GdprJpaConfig config, TextSupport text) {
    this.config = Objects.requireNonNull(config, "config");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** Installs the plans once the metamodel is built and validated. */
  void activate(Map<String, EntityPlan> plans) {
    this.plans = Map.copyOf(plans);
  }

  // ---------------------------------------------------------------- insert

  @Override
  public boolean onPreInsert(PreInsertEvent event) {
    EntityPlan plan = plans.get(event.getPersister().getEntityName());
    if (plan == null) {
      return false;
    }
    Object[] state = event.getState();
    PurposeId purpose = requireCovered(plan, "persist");
    List<String> uncovered = new ArrayList<>();
    for (FieldPlan f : plan.fields()) {
      if (state[f.index()] != null && !f.allowed().contains(purpose)) {
        uncovered.add(f.name());
      }
    }
    refuseUncovered(plan, "persist", purpose, uncovered);
    SubjectId subject = subject(plan, event.getId(), state, event.getSession());
    decide(plan, "persist", subject, purpose, Operation.COLLECT);
    controlText(plan, event.getEntity(), event.getPersister(), state, null, subject, purpose);
    return false;
  }

  // ---------------------------------------------------------------- update

  @Override
  public boolean onPreUpdate(PreUpdateEvent event) {
    EntityPlan plan = plans.get(event.getPersister().getEntityName());
    if (plan == null) {
      return false;
    }
    Object[] state = event.getState();
    Object[] old = event.getOldState();
    PurposeId purpose = requireCovered(plan, "update");
    List<String> uncovered = new ArrayList<>();
    boolean personalChanged = false;
    for (FieldPlan f : plan.fields()) {
      if (changed(f, state, old)) {
        personalChanged |= f.metadata().personal() || f.textSpec() != null;
        if (!f.allowed().contains(purpose)) {
          uncovered.add(f.name());
        }
      }
    }
    refuseUncovered(plan, "update", purpose, uncovered);
    SubjectId subject = subject(plan, event.getId(), state, event.getSession());
    if (personalChanged && plan.archivedIndex() >= 0 && old != null) {
      refuseArchived(plan, subject, purpose, old);
    }
    // Art. 18(2): while restricted only storage is allowed. An update that changes no personal
    // data (a status, a version) is storage; one that changes personal data is use.
    decide(plan, "update", subject, purpose, personalChanged ? Operation.USE : Operation.STORE);
    controlText(plan, event.getEntity(), event.getPersister(), state, old, subject, purpose);
    return false;
  }

  /**
   * Refuses to use a row of the intermediate archive: it is kept only for storage (legal claims,
   * legal obligations) until it is purged, not for the purposes of the active base (Art. 5(1)(b)
   * and (e); CNIL guidance on intermediate archives).
   */
  private void refuseArchived(
      EntityPlan plan, @Nullable SubjectId subject, PurposeId purpose, Object[] old) {
    if (old[plan.archivedIndex()] == null) {
      return;
    }
    List<String> reasons = List.of("ARCHIVED (Art. 5(1)(e), intermediate archive)");
    Map<String, String> details = details(plan);
    details.put("operation", "update");
    audit(
        config.clock().instant(),
        "processing.archived",
        subject,
        purpose,
        AuditEvent.Outcome.DENIED,
        reasons,
        details);
    throw new ProcessingRefusedException(
        plan.type(),
        "update of "
            + plan.type().getName()
            + " for subject "
            + subject
            + " refused: the row is in the intermediate archive (field "
            + plan.metadata().retentionArchivedField()
            + " set) "
            + reasons,
        reasons);
  }

  private static boolean changed(FieldPlan f, Object[] state, Object @Nullable [] old) {
    return old == null || !Objects.equals(state[f.index()], old[f.index()]);
  }

  // ---------------------------------------------------------------- delete

  @Override
  public boolean onPreDelete(PreDeleteEvent event) {
    EntityPlan plan = plans.get(event.getPersister().getEntityName());
    if (plan == null) {
      return false;
    }
    Object[] state = event.getDeletedState();
    SubjectId subject = subject(plan, event.getId(), state, event.getSession());
    PurposeId purpose = Purposes.current().orElse(null);
    Instant now = config.clock().instant();
    Map<String, String> details = details(plan);
    if (subject != null) {
      Optional<RestrictionGround> ground = config.restrictions().restrictionAt(subject, now);
      if (ground.isPresent()) {
        // Art. 18(1)(b) and (c): the subject opposed erasure or needs the data for legal claims;
        // Art. 18(2): the data may only be stored.
        List<String> reasons =
            List.of(
                Reason.of(Reason.Code.PROCESSING_RESTRICTED).toString(),
                ground.get().name() + " (" + ground.get().article() + ")");
        details.put("restrictionGround", ground.get().name());
        audit(now, "erasure", subject, purpose, AuditEvent.Outcome.DENIED, reasons, details);
        throw new ProcessingRefusedException(
            plan.type(),
            "remove of "
                + plan.type().getName()
                + " for subject "
                + subject
                + " refused: processing is restricted "
                + reasons,
            reasons);
      }
    }
    audit(now, "erasure", subject, purpose, AuditEvent.Outcome.ALLOWED, List.of(), details);
    return false;
  }

  // ---------------------------------------------------------------- load

  @Override
  public void onPostLoad(PostLoadEvent event) {
    EntityPersister persister = event.getPersister();
    if (persister == null) {
      return;
    }
    EntityPlan plan = plans.get(persister.getEntityName());
    if (plan == null) {
      return;
    }
    PurposeId purpose = Purposes.current().orElse(null);
    if (purpose != null && plan.readable().contains(purpose)) {
      return; // the hot path: no audit for covered reads, no lookup, no change to the entity
    }
    boolean deny = config.readPolicy() == GdprJpaConfig.ReadPolicy.DENY;
    Map<String, String> details = details(plan);
    details.put("operation", "load");
    audit(
        config.clock().instant(),
        "read.outside-purpose",
        null,
        purpose,
        deny ? AuditEvent.Outcome.DENIED : AuditEvent.Outcome.WARNED,
        List.of("PURPOSE_NOT_DECLARED (Art. 5(1)(b))"),
        details);
    if (deny) {
      throw new PurposeScopeException(plan.type(), "load", purpose, List.of(), plan.declared());
    }
  }

  // ---------------------------------------------------------------- shared

  private PurposeId requireCovered(EntityPlan plan, String operation) {
    PurposeId purpose = Purposes.current().orElse(null);
    if (purpose == null || !plan.readable().contains(purpose)) {
      audit(
          config.clock().instant(),
          "write.outside-purpose",
          null,
          purpose,
          AuditEvent.Outcome.DENIED,
          List.of("PURPOSE_NOT_DECLARED (Art. 5(1)(b))"),
          withOperation(details(plan), operation));
      throw new PurposeScopeException(plan.type(), operation, purpose, List.of(), plan.declared());
    }
    return purpose;
  }

  private void refuseUncovered(
      EntityPlan plan, String operation, PurposeId purpose, List<String> uncovered) {
    if (uncovered.isEmpty()) {
      return;
    }
    Map<String, String> details = withOperation(details(plan), operation);
    details.put("fields", String.join(",", uncovered));
    audit(
        config.clock().instant(),
        "write.outside-purpose",
        null,
        purpose,
        AuditEvent.Outcome.DENIED,
        List.of("PURPOSE_NOT_DECLARED (Art. 5(1)(b))"),
        details);
    throw new PurposeScopeException(plan.type(), operation, purpose, uncovered, plan.declared());
  }

  private void decide(
      EntityPlan plan,
      String operation,
      @Nullable SubjectId subject,
      PurposeId purpose,
      Operation op) {
    if (subject == null) {
      Purpose p = config.registry().purpose(purpose);
      Map<String, String> details = withOperation(details(plan), operation);
      details.put("subject", "unresolved");
      if (p.requiresConsent() || plan.metadata().subjectField() == null) {
        List<String> reasons = List.of("SUBJECT_UNKNOWN (Art. 7(1))");
        audit(
            config.clock().instant(),
            "decision",
            null,
            purpose,
            AuditEvent.Outcome.DENIED,
            reasons,
            details);
        throw new ProcessingRefusedException(
            plan.type(),
            operation
                + " of "
                + plan.type().getName()
                + " under purpose '"
                + purpose
                + "' refused: its data subject ("
                + plan.metadata().subjectField()
                + ") is not set, so consent cannot be shown (Art. 7(1)); assign the subject or its"
                + " id before flushing",
            reasons);
      }
      // Nobody can have consented, objected or obtained restriction under an id that does not
      // exist yet; a purpose that needs none of these may go on.
      audit(
          config.clock().instant(),
          "decision",
          null,
          purpose,
          AuditEvent.Outcome.ALLOWED,
          List.of(),
          details);
      return;
    }
    Decision decision =
        config
            .guard()
            .decide(
                new io.github.gdpr4j.core.ProcessingRequest(
                    subject, purpose, op, null, null, config.actor()));
    if (decision.isDenied()) {
      throw new ProcessingRefusedException(plan.type(), operation, decision);
    }
  }

  private void controlText(
      EntityPlan plan,
      Object entity,
      EntityPersister persister,
      Object[] state,
      Object @Nullable [] old,
      @Nullable SubjectId subject,
      PurposeId purpose) {
    Object textControl = config.textControl().orElse(null);
    if (textControl == null) {
      return;
    }
    for (FieldPlan f : plan.fields()) {
      Object spec = f.textSpec();
      if (spec == null || !(state[f.index()] instanceof String value) || !changed(f, state, old)) {
        continue;
      }
      TextSupport.Verdict verdict = text.scan(textControl, spec, value);
      if (verdict.action() == TextSupport.Verdict.Kind.ALLOW) {
        continue;
      }
      Map<String, String> details = details(plan);
      details.put("field", f.name());
      details.put("kinds", verdict.kinds().toString());
      Instant now = config.clock().instant();
      switch (verdict.action()) {
        case BLOCK -> {
          audit(
              now,
              "text.blocked",
              subject,
              purpose,
              AuditEvent.Outcome.DENIED,
              kinds(verdict),
              details);
          throw new TextBlockedException(
              plan.type(), f.name(), verdict.findings(), verdict.kinds());
        }
        case REDACT -> {
          String replacement = Objects.requireNonNull(verdict.replacement());
          state[f.index()] = replacement;
          persister.setValue(entity, f.index(), replacement);
          audit(
              now,
              "text.redacted",
              subject,
              purpose,
              AuditEvent.Outcome.RECORDED,
              kinds(verdict),
              details);
        }
        case WARN ->
            audit(
                now,
                "text.warned",
                subject,
                purpose,
                AuditEvent.Outcome.WARNED,
                kinds(verdict),
                details);
        case ALLOW -> {}
      }
    }
  }

  private static List<String> kinds(TextSupport.Verdict verdict) {
    return List.copyOf(verdict.kinds().keySet());
  }

  private static @Nullable SubjectId subject(
      EntityPlan plan, @Nullable Object id, Object[] state, SharedSessionContractImplementor s) {
    Object key =
        switch (plan.subjectKind()) {
          case NONE -> null;
          case SELF -> id;
          case BASIC -> state[plan.subjectIndex()];
          case ASSOCIATION -> identifier(state[plan.subjectIndex()], s);
        };
    return key == null ? null : SubjectId.of(key.toString());
  }

  private static @Nullable Object identifier(
      @Nullable Object reference, SharedSessionContractImplementor session) {
    if (reference == null) {
      return null;
    }
    LazyInitializer lazy = HibernateProxy.extractLazyInitializer(reference);
    if (lazy != null) {
      return lazy.getInternalIdentifier();
    }
    return session
        .getFactory()
        .getMappingMetamodel()
        .getEntityDescriptor(Hibernate.getClass(reference))
        .getIdentifier(reference, session);
  }

  private static Map<String, String> details(EntityPlan plan) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("entity", plan.type().getSimpleName());
    return details;
  }

  private static Map<String, String> withOperation(Map<String, String> details, String op) {
    details.put("operation", op);
    return details;
  }

  private void audit(
      Instant at,
      String action,
      @Nullable SubjectId subject,
      @Nullable PurposeId purpose,
      AuditEvent.Outcome outcome,
      List<String> reasons,
      Map<String, String> details) {
    config
        .auditSink()
        .record(
            new AuditEvent(
                at, action, subject, purpose, outcome, reasons, config.actor(), details));
  }
}
