package id.standarpelayanan.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import id.standarpelayanan.model.internal.Printable;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The tool is a user of the libraries like any other: it touches none of their internals, but one
 * named exception: {@code model.internal.Printable}, the one escape-and-shorten of document text
 * that the libraries' messages use too, so that the report and the messages quoted in it escape
 * alike (until it is published as API).
 */
@AnalyzeClasses(packages = "id.standarpelayanan", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule usesOnlyPublicApi = noClasses()
      .that().resideInAPackage("id.standarpelayanan.cli..")
      .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
              "id.standarpelayanan.model.internal..", "id.standarpelayanan.rules.internal..", "id.standarpelayanan.io.internal..")
          .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(Printable.class))));
}
