package id.standarpelayanan.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.haveRawParameterTypes;
import static com.tngtech.archunit.lang.conditions.ArchConditions.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.model.internal.text.XmlCharactersValidator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The architecture of all modules in one place (README.md, 'Modules' and 'API stability'): the
 * layering of the modules and of their internal packages, with every exception named and its reason
 * given, and the rules on the libraries' API that are not layering. The module declarations enforce
 * the same boundaries when the modules run on the module path; this test also guards the class
 * path, where nothing else does. It lives in the tool's tests because here all library modules are
 * on the class path. The Spring Boot starter is not (the tool does not need Spring): it sits above
 * the libraries like the tool, nothing depends on it, and its own {@code StarterArchitectureTest}
 * checks that from the starter's class path, where every library it adapts is.
 */
@AnalyzeClasses(
    packages = "id.standarpelayanan",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String MODEL = "id.standarpelayanan.model";
  private static final String RULES = "id.standarpelayanan.rules";
  private static final String IO = "id.standarpelayanan.io";
  private static final String REPORTS = "id.standarpelayanan.reports";
  private static final String SKM = "id.standarpelayanan.skm";
  private static final String PUBLISH = "id.standarpelayanan.publish";
  private static final String PUBLISH_PDF = "id.standarpelayanan.publish.pdf";
  private static final String DIFF = "id.standarpelayanan.diff";
  private static final String SERVER = "id.standarpelayanan.server";
  private static final String TESTKIT = "id.standarpelayanan.testkit";
  private static final String CLI = "id.standarpelayanan.cli";

  /** The API packages, those the module declarations export. */
  private static final String[] API_PACKAGES = {
    MODEL,
    MODEL + ".constraints",
    RULES,
    RULES + ".validation",
    IO,
    REPORTS,
    SKM,
    PUBLISH,
    PUBLISH_PDF,
    DIFF,
    DIFF + ".update",
    SERVER,
    TESTKIT
  };

  /**
   * Model at the bottom; rules and io on it, not knowing each other; reports on rules and io; the
   * survey (skm) on the model and rules (for Languages and Severity) and knowing neither io nor
   * reports; publication (publish) on the model and rules (the report decides between a draft and a
   * publication), knowing neither io nor reports; its PDF (publish pdf) on publish alone, reading
   * the flowchart geometry that publish exports to it by name; the comparison (diff) on io and, for
   * its update rule, on rules; the server on reports (and what they stand on); the testkit on the
   * model only; the tool on top. A module's internal packages serve that module alone.
   */
  @ArchTest
  static final ArchRule modulesDependDownwardsAndKeepTheirInternals =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("model")
          .definedBy(MODEL, MODEL + ".constraints")
          .layer("model internals")
          .definedBy(MODEL + ".internal..")
          .layer("rules")
          .definedBy(RULES, RULES + ".validation")
          .layer("rules internals")
          .definedBy(RULES + ".internal..")
          .layer("io")
          .definedBy(IO)
          .layer("io internals")
          .definedBy(IO + ".internal..")
          .layer("reports")
          .definedBy(REPORTS)
          .layer("reports internals")
          .definedBy(REPORTS + ".internal..")
          .layer("skm")
          .definedBy(SKM)
          .layer("skm internals")
          .definedBy(SKM + ".internal..")
          .layer("publish")
          .definedBy(PUBLISH)
          .layer("publish internals")
          .definedBy(PUBLISH + ".internal..")
          .layer("publish pdf")
          .definedBy(PUBLISH_PDF)
          .layer("publish pdf internals")
          .definedBy(PUBLISH_PDF + ".internal..")
          .layer("diff")
          .definedBy(DIFF, DIFF + ".update")
          .layer("diff internals")
          .definedBy(DIFF + ".internal..", DIFF + ".update.internal..")
          .layer("server")
          .definedBy(SERVER)
          .layer("server internals")
          .definedBy(SERVER + ".internal..")
          .layer("testkit")
          .definedBy(TESTKIT)
          .layer("testkit internals")
          .definedBy(TESTKIT + ".internal..")
          .layer("cli")
          .definedBy(CLI)
          .layer("cli internals")
          .definedBy(CLI + ".internal..")
          .whereLayer("model")
          .mayOnlyBeAccessedByLayers(
              "model internals",
              "rules",
              "rules internals",
              "io",
              "io internals",
              "reports",
              "reports internals",
              "skm",
              "skm internals",
              "publish",
              "publish internals",
              "publish pdf",
              "publish pdf internals",
              "diff",
              "diff internals",
              "server",
              "server internals",
              "testkit",
              "testkit internals",
              "cli",
              "cli internals")
          .whereLayer("model internals")
          .mayOnlyBeAccessedByLayers("model")
          .whereLayer("rules")
          .mayOnlyBeAccessedByLayers(
              "rules internals",
              "reports",
              "reports internals",
              "skm",
              "skm internals",
              "publish",
              "publish internals",
              "diff",
              "diff internals",
              "server internals",
              "cli",
              "cli internals")
          .whereLayer("rules internals")
          .mayOnlyBeAccessedByLayers("rules")
          .whereLayer("io")
          .mayOnlyBeAccessedByLayers(
              "io internals",
              "reports",
              "reports internals",
              "diff",
              "diff internals",
              "server",
              "server internals",
              "cli",
              "cli internals")
          .whereLayer("io internals")
          .mayOnlyBeAccessedByLayers("io")
          .whereLayer("reports")
          .mayOnlyBeAccessedByLayers(
              "reports internals", "server internals", "cli", "cli internals")
          .whereLayer("reports internals")
          .mayOnlyBeAccessedByLayers("reports")
          .whereLayer("skm")
          .mayOnlyBeAccessedByLayers("skm internals", "cli", "cli internals")
          .whereLayer("skm internals")
          .mayOnlyBeAccessedByLayers("skm")
          .whereLayer("publish")
          .mayOnlyBeAccessedByLayers(
              "publish internals", "publish pdf", "publish pdf internals", "cli", "cli internals")
          // The flowchart's geometry is exported by name to standards-publish-pdf alone.
          .whereLayer("publish internals")
          .mayOnlyBeAccessedByLayers("publish", "publish pdf internals")
          .whereLayer("publish pdf")
          .mayOnlyBeAccessedByLayers("publish pdf internals", "cli", "cli internals")
          .whereLayer("publish pdf internals")
          .mayOnlyBeAccessedByLayers("publish pdf")
          .whereLayer("diff")
          // publish renders a Comparison's change log (Publisher.changeLog; optional dependency).
          .mayOnlyBeAccessedByLayers(
              "diff internals", "publish", "publish internals", "cli", "cli internals")
          .whereLayer("diff internals")
          .mayOnlyBeAccessedByLayers("diff")
          .whereLayer("server")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("server internals")
          .mayOnlyBeAccessedByLayers("server")
          .whereLayer("testkit")
          .mayOnlyBeAccessedByLayers("testkit internals")
          .whereLayer("testkit internals")
          .mayOnlyBeAccessedByLayers("testkit")
          .whereLayer("cli")
          .mayOnlyBeAccessedByLayers("cli internals")
          .whereLayer("cli internals")
          .mayOnlyBeAccessedByLayers("cli")
          // Printable is the one escaping and shortening of document text for messages: the rules'
          // and the readers' messages, the reports, the change log and the tool's own messages
          // quote document text alike. The model exports its internal package to these five
          // modules by name for it.
          .ignoreDependency(
              resideInAnyPackage(RULES + "..", IO + "..", REPORTS + "..", DIFF + "..", CLI + ".."),
              equivalentTo(Printable.class))
          // The XML writer refuses exactly the characters the model's @XmlCharacters constraint
          // refuses, by the same definition (XmlCharactersValidator.firstForbidden).
          .ignoreDependency(
              resideInAPackage(IO + ".internal"), equivalentTo(XmlCharactersValidator.class))
          .because(
              "dependencies go downwards only and internals are reached only by name (README.md, 'Modules')");

  @ArchTest
  static final ArchRule modelKnowsNoSerializationLibrary =
      noClasses()
          .that()
          .resideInAPackage(MODEL + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..", "javax.xml..", "org.w3c..")
          .because("the model must stay free of serialization libraries (README.md, 'Modules')");

  @ArchTest
  static final ArchRule rulesKnowNoSerializationLibrary =
      noClasses()
          .that()
          .resideInAPackage(RULES + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..", "javax.xml..")
          .because("standards-rules depends on the model only (README.md, 'Modules')");

  @ArchTest
  static final ArchRule ioApiExposesNoJacksonOrStaxTypes =
      noClasses()
          .that()
          .resideInAPackage(IO)
          .and()
          .arePublic()
          .and()
          .doNotHaveFullyQualifiedName(IO + ".StandardsModule")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..", "com.ctc..", "org.codehaus..")
          .because(
              "Jackson and Woodstox stay behind io's internal package; the one exception is"
                  + " StandardsModule, a Jackson Module for applications' own mappers by design");

  @ArchTest
  static final ArchRule jacksonModuleIsAThinFacade =
      classes()
          .that()
          .haveFullyQualifiedName(IO + ".StandardsModule")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              IO + ".internal",
              "com.fasterxml.jackson.core",
              "com.fasterxml.jackson.databind",
              "org.apiguardian.api",
              "java.lang")
          .because(
              "StandardsModule exposes Jackson's Module and nothing more: the binding stays in"
                  + " io.internal, and Woodstox never shows");

  @ArchTest
  static final ArchRule publishApiExposesNoTemplateEngine =
      noClasses()
          .that()
          .resideInAPackage(PUBLISH)
          .and()
          .arePublic()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.github.mustachejava..")
          .because("mustache.java stays behind the publication's internal package");

  @ArchTest
  static final ArchRule publishPdfApiExposesNoPdfLibrary =
      noClasses()
          .that()
          .resideInAPackage(PUBLISH_PDF)
          .and()
          .arePublic()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.fontbox..")
          .because("openhtmltopdf and PDFBox stay behind the PDF module's internal package");

  @ArchTest
  static final ArchRule skmApiExposesNoJacksonType =
      noClasses()
          .that()
          .resideInAPackage(SKM)
          .and()
          .arePublic()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..")
          .because("Jackson's CSV and JSON streams stay behind the survey's internal package");

  @ArchTest
  static final ArchRule diffApiExposesNoJacksonType =
      noClasses()
          .that()
          .resideInAPackage(DIFF)
          .and()
          .arePublic()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..")
          .because("the trees the comparison walks stay behind the diff module's internal package");

  @ArchTest
  static final ArchRule reportsApiExposesNoJacksonType =
      noClasses()
          .that()
          .resideInAPackage(REPORTS)
          .and()
          .arePublic()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..")
          .because("Jackson's generator stays behind the reports' internal package");

  @ArchTest
  static final ArchRule theToolWritesReportsOnlyThroughTheReportsApi =
      noClasses()
          .that()
          .resideInAPackage(CLI + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml..")
          .because(
              "sp validate uses the public pieces of standards-reports, no report code of its own"
                  + " (issue 15)");

  @ArchTest
  static final ArchRule apiReturnsNoInternalType =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAnyPackage(API_PACKAGES)
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .arePublic()
          .should()
          .haveRawReturnType(
              describe("a type outside the internal packages", type -> !internal(type)))
          .because("nothing in an internal package is needed to use the API");

  @ArchTest
  static final ArchRule apiTakesNoInternalParameter =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAnyPackage(API_PACKAGES)
          .and()
          .areDeclaredInClassesThat()
          .arePublic()
          .and()
          .arePublic()
          .should(
              not(
                  haveRawParameterTypes(
                      describe(
                          "an internal type",
                          (List<JavaClass> types) ->
                              types.stream().anyMatch(ArchitectureTest::internal)))))
          .because("nothing in an internal package is needed to use the API");

  @ArchTest
  static final ArchRule apiTypesExtendNoInternalType =
      classes()
          .that()
          .resideInAnyPackage(API_PACKAGES)
          .and()
          .arePublic()
          .should()
          .notBeAssignableTo(describe("an internal type", ArchitectureTest::internal))
          .because("a public type's supertypes are part of its API");

  @ArchTest
  static final ArchRule librariesBindNoLoggerAndPrintNothing =
      noClasses()
          .that()
          .resideInAnyPackage(
              MODEL + "..",
              RULES + "..",
              IO + "..",
              REPORTS + "..",
              SKM + "..",
              SERVER + "..",
              TESTKIT + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.slf4j.simple..", "ch.qos.logback..", "org.apache.logging.log4j.core..")
          .orShould()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("a library leaves logging and output to its user; the tool prints");

  /**
   * Every public type of an exported package states its stability. A class generated by Immutables
   * ({@code ImmutableX}) shares the stability of its abstract value type {@code X}, checked here.
   */
  @ArchTest
  static final ArchRule apiTypesStateTheirStability =
      classes()
          .that()
          .resideInAnyPackage(API_PACKAGES)
          .and()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .and(describe("not generated by Immutables", (JavaClass type) -> !generated(type)))
          .should()
          .beAnnotatedWith(API.class)
          .because("users must see what they may rely on (README, \"API stability\")");

  private static boolean internal(JavaClass type) {
    return type.getPackageName().contains(".internal");
  }

  private static boolean generated(JavaClass type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable")
        && type.getInterfaces().stream()
            .anyMatch(
                i -> i.toErasure().getSimpleName().equals(name.substring("Immutable".length())));
  }
}
