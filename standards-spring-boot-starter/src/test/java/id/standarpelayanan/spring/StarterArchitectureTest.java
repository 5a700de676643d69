package id.standarpelayanan.spring;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.apiguardian.api.API;

/**
 * The starter's place in the architecture (README, "Modules"): an adapter on top of the libraries
 * that nothing depends on, using only their API. The tool's {@code ArchitectureTest} guards the
 * libraries themselves; the starter is not on the tool's class path, but every library it adapts is
 * on the starter's, so its rules are checked here.
 */
@AnalyzeClasses(
    packages = "id.standarpelayanan",
    importOptions = ImportOption.DoNotIncludeTests.class)
class StarterArchitectureTest {

  private static final String SPRING = "id.standarpelayanan.spring";

  @ArchTest
  static final ArchRule nothingInTheLibrariesKnowsTheStarter =
      noClasses()
          .that()
          .resideOutsideOfPackage(SPRING + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(SPRING + "..")
          .because("cli, server and the starter compose the libraries; nothing depends on them");

  @ArchTest
  static final ArchRule theLibrariesKnowNoSpring =
      noClasses()
          .that()
          .resideOutsideOfPackage(SPRING + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework..")
          .because("Spring stays in the starter: the libraries serve any framework");

  @ArchTest
  static final ArchRule theStarterUsesOnlyTheLibrariesApi =
      noClasses()
          .that()
          .resideInAPackage(SPRING + "..")
          .should()
          .dependOnClassesThat(
              describe(
                  "an internal type of another module",
                  (JavaClass type) ->
                      type.getPackageName().contains(".internal")
                          && !type.getPackageName().startsWith(SPRING)))
          .because("the starter is built on what any integrator can use");

  @ArchTest
  static final ArchRule theStartersInternalsServeTheStarterAlone =
      classes()
          .that()
          .resideInAPackage(SPRING + ".internal..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAPackage(SPRING + "..")
          .because("internal packages are not API");

  @ArchTest
  static final ArchRule apiTypesStateTheirStability =
      classes()
          .that()
          .resideInAPackage(SPRING)
          .and()
          .arePublic()
          .should()
          .beAnnotatedWith(API.class)
          .because("users must see what they may rely on (README, \"API stability\")");
}
