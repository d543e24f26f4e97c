package io.github.gdpr4j.jpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The adapter's layering, checked on its compiled classes. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.gdpr4j.jpa");

  @Test
  void library_neverWritesToStandardStreams() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
  }

  @Test
  void annotationsConfigAndStores_doNotDependOnHibernate() {
    // Hibernate-specific code lives in io.github.gdpr4j.jpa.hibernate; the API and the stores are
    // plain Jakarta Persistence, usable with another provider.
    noClasses()
        .that()
        .resideInAnyPackage("io.github.gdpr4j.jpa", "io.github.gdpr4j.jpa.store")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hibernate..")
        .check(MAIN);
  }

  @Test
  void api_doesNotDependOnTheHibernateIntegration() {
    noClasses()
        .that()
        .resideInAPackage("io.github.gdpr4j.jpa")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.gdpr4j.jpa.hibernate")
        .check(MAIN);
  }

  @Test
  void onlyTheTextSupport_namesTextControlTypes() {
    // gdpr-text-control is optional: one bridge class names its types, behind a presence check.
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.gdpr4j.jpa.internal")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.gdpr4j.text..")
        .check(MAIN);
  }
}
