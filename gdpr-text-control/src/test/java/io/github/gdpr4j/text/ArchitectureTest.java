package io.github.gdpr4j.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The detector stands alone: JDK only (and JSpecify), no console output outside the CLI. */
class ArchitectureTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.gdpr4j.text");

  @Test
  void detector_dependsOnlyOnJdkAndJspecify() {
    noClasses()
        .that()
        .resideInAPackage("io.github.gdpr4j.text")
        .and()
        .haveSimpleNameNotStartingWith("ControlledText")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "org.jspecify..", "io.github.gdpr4j.text..")
        .check(CLASSES);
  }

  @Test
  void detector_doesNotDependOnTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.github.gdpr4j.text")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.gdpr4j.text.cli")
        .check(CLASSES);
  }

  @Test
  void noConsoleOutput_outsideTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.gdpr4j.text.cli")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(CLASSES);
  }

  @Test
  void packages_haveNoCycles() {
    slices().matching("io.github.gdpr4j.(text).(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
