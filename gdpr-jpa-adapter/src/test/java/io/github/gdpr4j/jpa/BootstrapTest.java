package io.github.gdpr4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gdpr4j.core.GdprConfigurationException;
import io.github.gdpr4j.jpa.bad.MisAnnotated;
import io.github.gdpr4j.jpa.crm.Contact;
import io.github.gdpr4j.jpa.crm.Crm;
import io.github.gdpr4j.jpa.crm.Interaction;
import io.github.gdpr4j.jpa.testing.AllDatabases;
import io.github.gdpr4j.jpa.testing.Causes;
import io.github.gdpr4j.jpa.testing.Database;
import io.github.gdpr4j.jpa.testing.HarnessNote;
import io.github.gdpr4j.jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Bootstrap through the Hibernate integrator: the model is checked against the registry when the
 * factory starts. Validation reads the metamodel only, so most of these run on H2 alone.
 */
class BootstrapTest {

  private final Crm crm = new Crm();

  private static GdprConfigurationException configurationProblem(Throwable thrown) {
    assertThat(thrown).isNotNull();
    return Causes.find(thrown, GdprConfigurationException.class)
        .orElseThrow(() -> new AssertionError("expected a configuration problem", thrown));
  }

  @Nested
  class MisAnnotatedModel {
    @Test
    void everyProblem_isListedAtOnce_namingClassAndMember() throws SQLException {
      try (TestDatabase db = Database.H2.open()) {
        Throwable thrown =
            catchThrowable(
                () ->
                    db.entityManagerFactory(
                        Map.of(GdprJpa.CONFIG, crm.config()), MisAnnotated.ENTITIES));

        List<String> problems = configurationProblem(thrown).problems();
        String bad = MisAnnotated.class.getName() + "$";
        assertThat(problems)
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "NoPurpose:")
                        .contains("[email] without a purpose", "Art. 5(1)(b)"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "UnknownPurpose:")
                        .contains("\"newsleter\"", "not a purpose of the registry", "newsletter"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "InvalidPurposeId:")
                        .contains("not a valid purpose id"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "SpecialWithoutCondition.allergies:")
                        .contains("without an Art. 9(2) condition"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "SpecialWithoutCondition.allergies:")
                        .contains("HEALTH is declared by none of its purposes"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "RetentionWithoutField:")
                        .contains("startField 'closedAt' is not a field"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "RetentionOnText.lastContact:")
                        .contains("must be a date", "not String"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "RetentionOnText:")
                        .contains("'3 years' is not an ISO-8601 period"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "SubjectOfWrongType.subjectSince:")
                        .contains("does not resolve to a subject id"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "SubjectCollection.people:")
                        .contains("not a collection"))
            .anySatisfy(
                p -> assertThat(p).startsWith(bad + "NoSubject:").contains("no @DataSubject"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "WrongBasis:")
                        .contains("rests on CONTRACT", "Art. 6(1)(b)", "[CONSENT]"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "FieldWidensBasis.name:")
                        .contains("widens the entity's bases"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "UndeclaredCategory.lastSeenAt:")
                        .contains("'location'", "Art. 30(1)(c)"));
        assertThat(problems)
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "UnknownPreset:")
                        .contains("preset 'ACCOUNTANCY'", "ACCOUNTING"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .as("Art. 5(1)(e): an intermediate archive needs its marker")
                        .startsWith(bad + "ArchiveWithoutMarker:")
                        .contains("ARCHIVE needs archivedField"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "ArchiveMarkerNotDate.archivedBy:")
                        .contains("archivedField must be a date", "not String"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .as("Art. 17(3): a KEEP names the exception it relies on")
                        .startsWith(bad + "KeepWithoutExemption:")
                        .contains("KEEP needs the Art. 17(3) exemption"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "KeepWithoutExemption.total:")
                        .contains("@Erasure keep names no persistent field"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "AnonymiseMisfit.birthYear:")
                        .contains("@Anonymise(TOKEN) needs a String field", "Integer"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "AnonymiseMisfit.fullName:")
                        .contains("@Anonymise(NULL) on a non-nullable column"))
            .anySatisfy(
                p ->
                    assertThat(p)
                        .startsWith(bad + "SuppressOnNumber.phone:")
                        .contains("@SuppressOnErasure needs a String field", "not Long"));
        assertThat(problems).hasSize(22);
      }
    }

    @Test
    void soundModel_boots() throws SQLException {
      try (TestDatabase db = Database.H2.open()) {
        EntityManagerFactory emf = crm.emf(db, crm.config());
        assertThat(emf.isOpen()).isTrue();
      }
    }
  }

  @Nested
  class Configuration {
    @Test
    void annotatedModel_withoutConfig_failsNamingTheProperty() throws SQLException {
      try (TestDatabase db = Database.H2.open()) {
        Throwable thrown = catchThrowable(() -> db.entityManagerFactory(Map.of(), Crm.ENTITIES));

        assertThat(configurationProblem(thrown).problems())
            .singleElement()
            .asString()
            .contains(Contact.class.getName(), GdprJpa.CONFIG);
      }
    }

    @Test
    void configOfTheWrongType_fails() throws SQLException {
      try (TestDatabase db = Database.H2.open()) {
        Throwable thrown =
            catchThrowable(
                () -> db.entityManagerFactory(Map.of(GdprJpa.CONFIG, "yes"), Crm.ENTITIES));

        assertThat(configurationProblem(thrown).problems())
            .singleElement()
            .asString()
            .contains("must hold a GdprJpaConfig", "java.lang.String");
      }
    }

    @Test
    void controlledText_withoutTextControl_fails() throws SQLException {
      try (TestDatabase db = Database.H2.open()) {
        GdprJpaConfig noText =
            GdprJpaConfig.builder(crm.guard).restrictions(crm.restrictions).build();

        Throwable thrown =
            catchThrowable(
                () -> db.entityManagerFactory(Map.of(GdprJpa.CONFIG, noText), Crm.ENTITIES));

        assertThat(configurationProblem(thrown).problems())
            .singleElement()
            .asString()
            .contains(Interaction.class.getName() + ".comment", "no textControl");
      }
    }

    @Test
    void textControlOfTheWrongType_fails() throws SQLException {
      try (TestDatabase db = Database.H2.open()) {
        GdprJpaConfig wrong =
            GdprJpaConfig.builder(crm.guard)
                .restrictions(crm.restrictions)
                .textControl(new Object())
                .build();

        Throwable thrown =
            catchThrowable(
                () -> db.entityManagerFactory(Map.of(GdprJpa.CONFIG, wrong), Crm.ENTITIES));

        assertThat(configurationProblem(thrown).problems())
            .singleElement()
            .asString()
            .contains("must be an io.github.gdpr4j.text.TextControl");
      }
    }

    @Test
    void unannotatedModel_withoutConfig_bootsUntouched() throws SQLException {
      try (TestDatabase db = Database.H2.open()) {
        EntityManagerFactory emf = db.entityManagerFactory(Map.of(), HarnessNote.class);
        assertThat(emf.isOpen()).isTrue();
      }
    }

    @Test
    void config_withoutRestrictionLookup_isRejected() {
      Throwable thrown = catchThrowable(() -> GdprJpaConfig.builder(crm.guard).build());

      assertThat(configurationProblem(thrown).problems())
          .singleElement()
          .asString()
          .contains("RestrictionLookup", "Art. 18");
    }
  }

  @Nested
  class PersistenceXml {
    /** The documented plain-JPA bootstrap: persistence.xml, plus the config in the property map. */
    @AllDatabases
    void persistenceUnit_withConfigInPropertyMap_enforces(TestDatabase db) {
      Map<String, Object> props = new HashMap<>(db.jpaProperties());
      props.put(GdprJpa.CONFIG, crm.config());
      EntityManagerFactory emf =
          db.register(Persistence.createEntityManagerFactory("gdpr4j-crm", props));

      Throwable outside =
          catchThrowable(
              () -> emf.runInTransaction(em -> em.persist(new Contact("A", "a@x.org", null))));
      Purposes.run(
          Crm.CUSTOMER_RELATIONSHIP,
          () -> emf.runInTransaction(em -> em.persist(new Contact("A", "a@x.org", null))));

      assertThat(Causes.find(outside, PurposeScopeException.class)).isPresent();
    }
  }
}
