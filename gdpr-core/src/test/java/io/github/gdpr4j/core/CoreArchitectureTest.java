package io.github.gdpr4j.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Architecture rules of gdpr-core (STYLE.md: dependencies, public surface, no System.out). */
class CoreArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.gdpr4j.core");

  @Test
  void core_importsProductionClasses() {
    assertThat(CORE).isNotEmpty();
    assertThat(CORE.contain(ProcessingGuard.class)).isTrue();
  }

  @Test
  void core_dependsOnlyOnJdkSlf4jAndJspecify() {
    // javax.crypto is in java.base (HMAC for the suppression list)
    classes()
        .that()
        .resideInAPackage("io.github.gdpr4j.core..")
        .and()
        .doNotHaveFullyQualifiedName(PurposeRegistryYaml.class.getName())
        .and()
        .haveNameNotMatching(
            java.util.regex.Pattern.quote(PurposeRegistryYaml.class.getName()) + "\\$.*")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "javax.crypto..", "org.slf4j..", "org.jspecify..", "io.github.gdpr4j.core..")
        .check(CORE);
  }

  @Test
  void yamlParser_onlyInTheLoader() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(PurposeRegistryYaml.class.getName())
        .and()
        .haveNameNotMatching(
            java.util.regex.Pattern.quote(PurposeRegistryYaml.class.getName()) + "\\$.*")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.snakeyaml..")
        .check(CORE);
  }

  @Test
  void coreAndSpi_referEachOtherOnlyThroughPublicTypes() {
    classes()
        .that()
        .resideInAPackage("io.github.gdpr4j.core")
        .should()
        .onlyDependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "public when in core.spi",
                (JavaClass c) ->
                    !c.getPackageName().equals("io.github.gdpr4j.core.spi")
                        || c.getModifiers().contains(JavaModifier.PUBLIC)))
        .check(CORE);
    classes()
        .that()
        .resideInAPackage("io.github.gdpr4j.core.spi")
        .should()
        .onlyDependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "public when in core",
                (JavaClass c) ->
                    !c.getPackageName().equals("io.github.gdpr4j.core")
                        || c.getModifiers().contains(JavaModifier.PUBLIC)))
        .check(CORE);
  }

  @Test
  void noSystemOutOrErr() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .check(CORE);
  }

  @Test
  void publicSignatures_exposeNoPackagePrivateTypes() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : CORE) {
      if (!isExported(c)) {
        continue;
      }
      for (JavaMember m : c.getMembers()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)
            && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
          continue;
        }
        List<JavaClass> types = new ArrayList<>();
        if (m instanceof JavaMethod method) {
          types.add(method.getRawReturnType());
          types.addAll(method.getRawParameterTypes());
        } else if (m instanceof com.tngtech.archunit.core.domain.JavaConstructor ctor) {
          types.addAll(ctor.getRawParameterTypes());
        } else if (m instanceof com.tngtech.archunit.core.domain.JavaField f) {
          types.add(f.getRawType());
        }
        for (JavaClass t : types) {
          JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
          if (base.getPackageName().startsWith("io.github.gdpr4j.core") && !isExported(base)) {
            leaks.add(m.getFullName() + " exposes " + base.getName());
          }
        }
      }
    }
    assertThat(leaks).as("STYLE.md: no internal types in public signatures").isEmpty();
  }

  private static boolean isExported(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
