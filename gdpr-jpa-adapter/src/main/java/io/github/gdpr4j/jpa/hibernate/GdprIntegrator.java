package io.github.gdpr4j.jpa.hibernate;

import io.github.gdpr4j.core.GdprConfigurationException;
import io.github.gdpr4j.jpa.GdprJpa;
import io.github.gdpr4j.jpa.GdprJpaConfig;
import io.github.gdpr4j.jpa.internal.EntityMetadata;
import io.github.gdpr4j.jpa.internal.FieldMetadata;
import io.github.gdpr4j.jpa.internal.ModelValidator;
import io.github.gdpr4j.jpa.internal.TextSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs gdpr4j enforcement in every Hibernate ORM 7 session factory, found by Hibernate through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}: the application only passes a
 * {@link GdprJpaConfig} under {@link GdprJpa#CONFIG}.
 *
 * <p>At bootstrap it reads the annotations of every entity of the metamodel, checks them against
 * the purpose registry and throws one {@link GdprConfigurationException} listing every problem, so
 * that the factory does not start with a model that cannot be enforced. A unit whose entities carry
 * no gdpr4j annotation, and that has no configuration, is left alone.
 *
 * <p>Hibernate creates one instance per JVM (service loading); it keeps no state: everything lives
 * in the listener of each factory.
 */
public final class GdprIntegrator implements Integrator {

  private static final Logger LOG = LoggerFactory.getLogger(GdprIntegrator.class);

  /** Creates the integrator; Hibernate calls this through the service loader. */
  public GdprIntegrator() {}

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
    Object raw = bootstrapContext.getConfigurationService().getSettings().get(GdprJpa.CONFIG);
    GdprJpaConfig config;
    if (raw == null) {
      config = null;
    } else if (raw instanceof GdprJpaConfig c) {
      config = c;
    } else {
      throw new GdprConfigurationException(
          List.of(
              "persistence property "
                  + GdprJpa.CONFIG
                  + " must hold a GdprJpaConfig object, not a "
                  + raw.getClass().getName()));
    }
    TextSupport text = TextSupport.detect();
    GdprEventListener listener = config == null ? null : new GdprEventListener(config, text);
    if (listener != null) {
      EventListenerRegistry registry =
          factory.getServiceRegistry().requireService(EventListenerRegistry.class);
      registry.appendListeners(EventType.PRE_INSERT, listener);
      registry.appendListeners(EventType.PRE_UPDATE, listener);
      registry.appendListeners(EventType.PRE_DELETE, listener);
      registry.appendListeners(EventType.POST_LOAD, listener);
    }
    // The JPA metamodel and the persisters exist only once the factory is built: validate then,
    // still inside the factory's construction, so that a failure aborts it.
    factory.addObserver(
        new SessionFactoryObserver() {
          private static final long serialVersionUID = 1L;

          @Override
          public void sessionFactoryCreated(SessionFactory created) {
            start((SessionFactoryImplementor) created, config, text, listener);
          }
        });
  }

  private static void start(
      SessionFactoryImplementor factory,
      GdprJpaConfig config,
      TextSupport text,
      GdprEventListener listener) {
    List<EntityMetadata> annotated = ModelValidator.annotatedEntities(factory.getJpaMetamodel());
    if (config == null) {
      if (!annotated.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (EntityMetadata m : annotated) {
          names.add(m.type().getName());
        }
        throw new GdprConfigurationException(
            List.of(
                "entities "
                    + names
                    + " carry gdpr4j annotations, but no GdprJpaConfig was passed in the"
                    + " persistence property "
                    + GdprJpa.CONFIG));
      }
      LOG.debug("gdpr4j: no annotated entity and no configuration; nothing to enforce");
      return;
    }
    List<String> problems =
        new ArrayList<>(
            ModelValidator.problems(factory.getJpaMetamodel(), annotated, config.registry()));
    Object textControl = config.textControl().orElse(null);
    List<String> controlled = new ArrayList<>();
    for (EntityMetadata m : annotated) {
      for (FieldMetadata f : m.fields()) {
        if (f.textControl() != null) {
          controlled.add(m.type().getName() + "." + f.name());
        }
      }
    }
    if (textControl != null && !text.accepts(textControl)) {
      problems.add(
          "GdprJpaConfig.textControl must be an io.github.gdpr4j.text.TextControl (with"
              + " gdpr-text-control on the class path), not a "
              + textControl.getClass().getName());
    } else if (textControl == null && !controlled.isEmpty()) {
      problems.add(
          "fields "
              + controlled
              + " are @ControlledText but GdprJpaConfig has no textControl; text would go"
              + " unchecked");
    }
    if (!problems.isEmpty()) {
      throw new GdprConfigurationException(problems);
    }
    Map<String, EntityPlan> plans = new LinkedHashMap<>();
    for (EntityMetadata m : annotated) {
      EntityPersister persister = factory.getMappingMetamodel().getEntityDescriptor(m.type());
      plans.put(persister.getEntityName(), EntityPlan.of(m, persister, config.registry()));
    }
    listener.activate(plans);
    LOG.info(
        "gdpr4j: enforcing purposes on {} annotated entities ({} controlled text fields)",
        plans.size(),
        controlled.size());
    if (LOG.isDebugEnabled()) {
      for (EntityPlan plan : plans.values()) {
        LOG.debug(
            "gdpr4j: {} purposes={} subject={} fields={}",
            plan.type().getName(),
            plan.declared(),
            plan.subjectKind(),
            plan.fields().size());
      }
    }
  }
}
