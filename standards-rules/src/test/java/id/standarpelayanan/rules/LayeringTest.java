package id.standarpelayanan.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules module knows the model and nothing of its siblings; its API does not expose its
 * internals; library code binds no logger and prints nothing.
 */
@AnalyzeClasses(packages = "id.standarpelayanan.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule rulesKnowNoSiblingModule = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage(
          "id.standarpelayanan.io..", "id.standarpelayanan.testkit..", "id.standarpelayanan.cli..", "com.fasterxml..")
      .because("standards-rules depends on the model only (DESIGN.md)");

  @ArchTest
  static final ArchRule rulesUseOnlyTheModelsLabelsInternally = noClasses()
      .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("id.standarpelayanan.model.internal..")
          .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Labels")))
          .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("Printable"))))
      .because("of the model's internals only the bundle loader (Languages.bundle) and the escaping of document"
          + " text for messages (Printable, shared by every module that prints document text) are shared");

  @ArchTest
  static final ArchRule publicApiExposesNoInternalType = methods()
      .that().areDeclaredInClassesThat().resideInAPackage("id.standarpelayanan.rules")
      .and().arePublic()
      .should().haveRawReturnType(DescribedPredicate.describe(
          "a type outside the internal packages", type -> !type.getPackageName().contains(".internal")))
      .because("nothing in an internal package is needed to use the API");

  @ArchTest
  static final ArchRule publicApiTakesNoInternalParameter = methods()
      .that().areDeclaredInClassesThat().resideInAPackage("id.standarpelayanan.rules")
      .and().arePublic()
      .should(com.tngtech.archunit.lang.conditions.ArchConditions.not(
          com.tngtech.archunit.lang.conditions.ArchConditions.haveRawParameterTypes(
              DescribedPredicate.describe("an internal type",
                  (java.util.List<JavaClass> types) ->
                      types.stream().anyMatch(t -> t.getPackageName().contains(".internal"))))));

  @ArchTest
  static final ArchRule internalsAreNotPublicApiTypesInTheRootPackage = classes()
      .that().resideInAPackage("id.standarpelayanan.rules").and().arePublic()
      .should().notBeAssignableTo(DescribedPredicate.describe(
          "an internal type", (JavaClass type) -> type.getPackageName().contains(".internal")));

  @ArchTest
  static final ArchRule noLoggerBindingNorConsoleOutput = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("org.slf4j.simple..", "ch.qos.logback..", "org.apache.logging.log4j.core..")
      .orShould().accessField(System.class, "out")
      .orShould().accessField(System.class, "err");
}
