package id.standarpelayanan.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Guards standards-io's place in the layering (DESIGN.md, STYLE.md). */
class LayeringTest {

  private static final JavaClasses IO = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.standarpelayanan.io");

  @Test
  void ioDoesNotKnowTheRuleEngineOrTheTools() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("id.standarpelayanan.rules..", "id.standarpelayanan.cli..",
            "id.standarpelayanan.testkit..")
        .check(IO);
  }

  @Test
  void publicApiExposesNoJacksonOrStaxTypes() {
    // The API's signatures name only the model, the JDK and this package; Jackson and Woodstox
    // stay behind the internal package.
    noClasses().that().resideInAPackage("id.standarpelayanan.io")
        .and().arePublic()
        .should().dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "com.ctc..", "org.codehaus..")
        .check(IO);
  }

  @Test
  void publicSignaturesNameNoInternalType() {
    // A caller needs nothing from the internal package: no public method of a public API class
    // takes or returns one of its types.
    DescribedPredicate<JavaClass> internal =
        JavaClass.Predicates.resideInAPackage("id.standarpelayanan.io.internal");
    noMethods().that().arePublic()
        .and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideInAPackage("id.standarpelayanan.io")
        .should().haveRawReturnType(internal)
        .orShould(new ArchCondition<JavaMethod>("take an internal type") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            for (JavaClass parameter : method.getRawParameterTypes()) {
              if (internal.test(parameter)) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName()));
              }
            }
          }
        })
        .check(IO);
  }

  @Test
  void codecMachineryDoesNotUseModelInternals() {
    // One exception: the XML writer refuses exactly the characters the model's @XmlCharacters
    // constraint refuses, by the same definition (XmlCharactersValidator.firstForbidden).
    noClasses().that().resideInAPackage("id.standarpelayanan.io.internal")
        .should().dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("id.standarpelayanan.model.internal")
                .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(
                    id.standarpelayanan.model.internal.XmlCharactersValidator.class))))
        .check(IO);
  }
}
