package io.github.gdpr4j.core.spi;

import io.github.gdpr4j.core.ConsentEntry;
import io.github.gdpr4j.core.SubjectId;
import io.github.gdpr4j.core.tck.ConsentStoreContract;
import io.github.gdpr4j.core.tck.ObjectionStoreContract;
import io.github.gdpr4j.core.tck.RestrictionStoreContract;
import io.github.gdpr4j.core.tck.SuppressionStoreContract;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** The in-memory stores pass the same contract tests as every other store. */
class InMemoryStoresTest {

  @Nested
  class ConsentStoreTck extends ConsentStoreContract {
    @Override
    protected ConsentStore newStore() {
      return ConsentStore.inMemory();
    }

    @Override
    protected void overwriteStoredChain(
        ConsentStore store, SubjectId subject, List<ConsentEntry> entries) {
      List<ConsentEntry> raw = ((InMemoryConsentStore) store).rawChain(subject);
      synchronized (raw) {
        raw.clear();
        raw.addAll(entries);
      }
    }
  }

  @Nested
  class ObjectionStoreTck extends ObjectionStoreContract {
    @Override
    protected ObjectionStore newStore() {
      return ObjectionStore.inMemory();
    }
  }

  @Nested
  class RestrictionStoreTck extends RestrictionStoreContract {
    @Override
    protected RestrictionStore newStore() {
      return RestrictionStore.inMemory();
    }
  }

  @Nested
  class SuppressionStoreTck extends SuppressionStoreContract {
    @Override
    protected SuppressionStore newStore() {
      return SuppressionStore.inMemory();
    }
  }
}
