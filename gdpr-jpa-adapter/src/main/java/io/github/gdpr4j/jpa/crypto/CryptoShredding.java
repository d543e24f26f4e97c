package io.github.gdpr4j.jpa.crypto;

import java.util.Map;
import java.util.Objects;
import org.hibernate.cfg.ManagedBeanSettings;
import org.hibernate.resource.beans.container.spi.BeanContainer;
import org.hibernate.resource.beans.container.spi.ContainedBean;
import org.hibernate.resource.beans.spi.BeanInstanceProducer;

/**
 * Wires crypto-shredding into a Hibernate persistence unit without CDI: a bean container that gives
 * {@link SealedConverter} its {@link SubjectCipher} and builds every other bean as Hibernate would.
 *
 * <pre>{@code
 * SubjectKeyStore keys = ...;
 * Map<String, Object> props = new HashMap<>(CryptoShredding.properties(SubjectCipher.create(keys)));
 * props.put(GdprJpa.CONFIG, config);
 * }</pre>
 *
 * <p>An application that already sets {@code hibernate.resource.beans.container} (CDI, Spring)
 * registers {@link SealedConverter#SealedConverter(SubjectCipher)} in that container instead.
 */
public final class CryptoShredding {
  private CryptoShredding() {}

  /**
   * Returns the persistence-unit properties that install the converter's cipher.
   *
   * @param cipher the cipher
   * @return an immutable map to add to the unit's properties
   */
  public static Map<String, Object> properties(SubjectCipher cipher) {
    return Map.of(ManagedBeanSettings.BEAN_CONTAINER, new Container(new SealedConverter(cipher)));
  }

  private record Bean<B>(Class<B> type, B instance) implements ContainedBean<B> {
    @Override
    public Class<B> getBeanClass() {
      return type;
    }

    @Override
    public B getBeanInstance() {
      return instance;
    }
  }

  private static final class Container implements BeanContainer {
    private final SealedConverter converter;

    Container(SealedConverter converter) {
      this.converter = Objects.requireNonNull(converter, "converter");
    }

    @Override
    public <B> ContainedBean<B> getBean(
        Class<B> beanType, LifecycleOptions options, BeanInstanceProducer fallback) {
      if (beanType == SealedConverter.class) {
        return new Bean<>(beanType, beanType.cast(converter));
      }
      return new Bean<>(beanType, fallback.produceBeanInstance(beanType));
    }

    @Override
    public <B> ContainedBean<B> getBean(
        String name, Class<B> beanType, LifecycleOptions options, BeanInstanceProducer fallback) {
      if (beanType == SealedConverter.class) {
        return new Bean<>(beanType, beanType.cast(converter));
      }
      return new Bean<>(beanType, fallback.produceBeanInstance(name, beanType));
    }

    @Override
    public void stop() {}
  }
}
