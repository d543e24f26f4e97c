package io.github.gdpr4j.jpa;

import io.github.gdpr4j.core.GdprConfigurationException;
import io.github.gdpr4j.core.ProcessingGuard;
import io.github.gdpr4j.core.PurposeRegistry;
import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.RestrictionLookup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Everything the JPA integration needs from the host application: the purposes, the processing
 * guard, the restriction register, the audit sink, the clock and, optionally, text control. It is
 * handed to the persistence unit as a property under {@link GdprJpa#CONFIG}, so that there is no
 * static state: two persistence units can run with two configurations in one JVM.
 *
 * <pre>{@code
 * GdprJpaConfig config = GdprJpaConfig.builder(guard)
 *     .restrictions(restrictionRegister)
 *     .auditSink(auditSink)
 *     .clock(clock)
 *     .textControl(textControl)        // when gdpr-text-control is used
 *     .build();
 * EntityManagerFactory emf =
 *     Persistence.createEntityManagerFactory("crm", Map.of(GdprJpa.CONFIG, config));
 * }</pre>
 *
 * <p>Immutable and thread-safe when its collaborators are.
 */
public final class GdprJpaConfig {

  /** What happens when an annotated entity is loaded outside a purpose that covers it. */
  public enum ReadPolicy {
    /**
     * The load fails with {@link PurposeScopeException} and a DENIED audit event: reading is
     * processing (Art. 4(2)), and purpose limitation (Art. 5(1)(b)) applies to it. The default.
     */
    DENY,
    /**
     * The load goes on and a WARNED audit event records it, for applications migrating to purpose
     * scopes.
     */
    AUDIT
  }

  private final ProcessingGuard guard;
  private final RestrictionLookup restrictions;
  private final AuditSink auditSink;
  private final Clock clock;
  private final @Nullable Object textControl;
  private final ReadPolicy readPolicy;
  private final Supplier<String> actor;

  private GdprJpaConfig(Builder b) {
    this.guard = b.guard;
    this.restrictions = Objects.requireNonNull(b.restrictions);
    this.auditSink = b.auditSink;
    this.clock = b.clock;
    this.textControl = b.textControl;
    this.readPolicy = b.readPolicy;
    this.actor = b.actor;
  }

  /**
   * Starts a configuration around {@code guard}, whose registry is the purpose registry the model
   * is checked against.
   *
   * @param guard the processing guard
   * @return a new builder
   */
  public static Builder builder(ProcessingGuard guard) {
    return new Builder(Objects.requireNonNull(guard, "guard"));
  }

  /**
   * Returns the processing guard.
   *
   * @return the guard
   */
  public ProcessingGuard guard() {
    return guard;
  }

  /**
   * Returns the purpose registry, the guard's.
   *
   * @return the registry
   */
  public PurposeRegistry registry() {
    return guard.registry();
  }

  /**
   * Returns where restrictions of processing are read (Art. 18).
   *
   * @return the lookup
   */
  public RestrictionLookup restrictions() {
    return restrictions;
  }

  /**
   * Returns where the adapter's own audit events go (the guard audits its decisions itself).
   *
   * @return the sink
   */
  public AuditSink auditSink() {
    return auditSink;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the read policy.
   *
   * @return the policy
   */
  public ReadPolicy readPolicy() {
    return readPolicy;
  }

  /**
   * Returns the id of who is acting now, for audit events.
   *
   * @return a user or system id, never personal data
   */
  public String actor() {
    String a = actor.get();
    return a == null || a.isBlank() ? "system" : a;
  }

  /**
   * Returns the text control, typed {@code Object} so that this class loads without
   * gdpr-text-control; bootstrap reports an object that is not a {@code TextControl}.
   *
   * @return the text control, or empty
   */
  public Optional<Object> textControl() {
    return Optional.ofNullable(textControl);
  }

  /** Builds a {@link GdprJpaConfig}. Not thread-safe. */
  public static final class Builder {
    private final ProcessingGuard guard;
    private @Nullable RestrictionLookup restrictions;
    private AuditSink auditSink = AuditSink.slf4j();
    private Clock clock = Clock.systemUTC();
    private @Nullable Object textControl;
    private ReadPolicy readPolicy = ReadPolicy.DENY;
    private Supplier<String> actor = () -> "system";

    private Builder(ProcessingGuard guard) {
      this.guard = guard;
    }

    /**
     * Sets where restrictions are read, to refuse erasure while processing is restricted (Art.
     * 18(1)(b) and (c)). Required: pass the same register the guard reads.
     *
     * @param restrictions the lookup
     * @return this builder
     */
    public Builder restrictions(RestrictionLookup restrictions) {
      this.restrictions = Objects.requireNonNull(restrictions, "restrictions");
      return this;
    }

    /**
     * Sets the sink of the adapter's audit events. Defaults to {@link AuditSink#slf4j()}.
     *
     * @param auditSink the sink
     * @return this builder
     */
    public Builder auditSink(AuditSink auditSink) {
      this.auditSink = Objects.requireNonNull(auditSink, "auditSink");
      return this;
    }

    /**
     * Sets the clock of audit events. Defaults to {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the text control that scans {@code @ControlledText} fields. The parameter is an {@code
     * io.github.gdpr4j.text.TextControl}; it is typed {@code Object} so that this class does not
     * need gdpr-text-control on the class path.
     *
     * @param textControl a {@code TextControl}
     * @return this builder
     */
    public Builder textControl(Object textControl) {
      Objects.requireNonNull(textControl, "textControl");
      this.textControl = textControl;
      return this;
    }

    /**
     * Sets what happens when an entity is loaded outside a purpose that covers it. Defaults to
     * {@link ReadPolicy#DENY}.
     *
     * @param readPolicy the policy
     * @return this builder
     */
    public Builder readPolicy(ReadPolicy readPolicy) {
      this.readPolicy = Objects.requireNonNull(readPolicy, "readPolicy");
      return this;
    }

    /**
     * Sets who is acting, asked at each audit event (the signed-in user's id, say). Defaults to
     * {@code "system"}.
     *
     * @param actor returns a user or system id, never a name or an e-mail
     * @return this builder
     */
    public Builder actor(Supplier<String> actor) {
      this.actor = Objects.requireNonNull(actor, "actor");
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws GdprConfigurationException listing every missing setting
     */
    public GdprJpaConfig build() {
      List<String> problems = new ArrayList<>();
      if (restrictions == null) {
        problems.add(
            "GdprJpaConfig: no RestrictionLookup; it is needed to refuse erasure while processing"
                + " is restricted (Art. 18)");
      }
      if (!problems.isEmpty()) {
        throw new GdprConfigurationException(problems);
      }
      return new GdprJpaConfig(this);
    }
  }
}
