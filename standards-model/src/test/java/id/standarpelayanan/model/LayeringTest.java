package id.standarpelayanan.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model stands alone: it knows no serialization library and none of the other modules. */
@AnalyzeClasses(packages = "id.standarpelayanan.model", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule modelKnowsNoOtherModule = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage(
          "id.standarpelayanan.rules..", "id.standarpelayanan.io..", "id.standarpelayanan.testkit..", "id.standarpelayanan.cli..");

  @ArchTest
  static final ArchRule modelKnowsNoSerializationLibrary = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "javax.xml..", "org.w3c..")
      .because("the model must stay free of serialization libraries");
}
