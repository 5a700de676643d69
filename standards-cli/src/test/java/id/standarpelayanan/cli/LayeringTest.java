package id.standarpelayanan.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The tool is a user of the libraries like any other: it touches none of their internals. */
@AnalyzeClasses(packages = "id.standarpelayanan", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule usesOnlyPublicApi = noClasses()
      .that().resideInAPackage("id.standarpelayanan.cli..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "id.standarpelayanan.model.internal..", "id.standarpelayanan.rules.internal..", "id.standarpelayanan.io.internal..");
}
