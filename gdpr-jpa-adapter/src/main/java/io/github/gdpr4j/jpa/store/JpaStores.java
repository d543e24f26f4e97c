package io.github.gdpr4j.jpa.store;

import io.github.gdpr4j.core.spi.AuditSink;
import io.github.gdpr4j.core.spi.ConsentStore;
import io.github.gdpr4j.core.spi.ObjectionStore;
import io.github.gdpr4j.core.spi.RestrictionStore;
import io.github.gdpr4j.core.spi.SuppressionStore;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * JPA implementations of gdpr-core's stores, on tables prefixed {@code gdpr_} (DDL for H2,
 * PostgreSQL and MariaDB in the module's README). They pass the same contract tests as the
 * in-memory stores.
 *
 * <p>Add {@link #entityClasses()} to the persistence unit (or the equivalent {@code <class>}
 * elements to {@code persistence.xml}), then create the stores over its factory:
 *
 * <pre>{@code
 * PersistenceConfiguration unit = new PersistenceConfiguration("crm");
 * JpaStores.entityClasses().forEach(unit::managedClass);
 * EntityManagerFactory emf = unit.createEntityManagerFactory();
 * ConsentLedger ledger = ConsentLedger.create(JpaStores.consentStore(emf), clock, audit);
 * }</pre>
 *
 * <p>Every store method runs in its own resource-local transaction, so that a recorded consent,
 * objection or restriction is durable whatever happens to the caller's transaction. The stores are
 * thread-safe.
 */
public final class JpaStores {
  private JpaStores() {}

  /**
   * Returns the entity classes of the {@code gdpr_} tables, to register in the persistence unit.
   *
   * @return the classes
   */
  public static List<Class<?>> entityClasses() {
    return List.of(
        ConsentEntryRow.class,
        ConsentHeadRow.class,
        ObjectionRow.class,
        RestrictionRow.class,
        SuppressionRow.class,
        AuditEventRow.class);
  }

  /**
   * Returns the consent ledger store: append-only, hash chain kept per subject.
   *
   * @param emf a factory whose unit includes {@link #entityClasses()}
   * @return the store
   */
  public static ConsentStore consentStore(EntityManagerFactory emf) {
    return new JpaConsentStore(emf);
  }

  /**
   * Returns the objection register store.
   *
   * @param emf a factory whose unit includes {@link #entityClasses()}
   * @return the store
   */
  public static ObjectionStore objectionStore(EntityManagerFactory emf) {
    return new JpaLogStores.Objections(emf);
  }

  /**
   * Returns the restriction register store.
   *
   * @param emf a factory whose unit includes {@link #entityClasses()}
   * @return the store
   */
  public static RestrictionStore restrictionStore(EntityManagerFactory emf) {
    return new JpaLogStores.Restrictions(emf);
  }

  /**
   * Returns the suppression list store.
   *
   * @param emf a factory whose unit includes {@link #entityClasses()}
   * @return the store
   */
  public static SuppressionStore suppressionStore(EntityManagerFactory emf) {
    return new JpaLogStores.Suppressions(emf);
  }

  /**
   * Returns an audit sink writing to {@code gdpr_audit_event}.
   *
   * @param emf a factory whose unit includes {@link #entityClasses()}
   * @return the sink
   */
  public static AuditSink auditSink(EntityManagerFactory emf) {
    return new JpaLogStores.Audit(emf);
  }
}
