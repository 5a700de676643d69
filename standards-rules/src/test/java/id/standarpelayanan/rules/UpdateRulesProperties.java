package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the checker given a previous version, over the testkit's catalogues and standards: the
 * update rules never fire when the previous version is the current one, and a check without a
 * previous version gives the report it gave before the update rules existed.
 */
class UpdateRulesProperties {

  private static final String[] UPDATE_RULES = {
    "sp.update.identity-unchanged", "sp.update.previous-not-superseded"
  };

  private static final Checker CHECKER = Fixtures.checker(Profile.law25Of2009(), Locale.ENGLISH);

  /** The default profile without the update rules: what every check was before them. */
  private static final Checker WITHOUT_UPDATE_RULES =
      Fixtures.checker(
          Profile.law25Of2009().toBuilder().disable(UPDATE_RULES).build(), Locale.ENGLISH);

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void aCatalogueCheckedAgainstItselfReportsWhatItReportsAlone(
      @ForAll("catalogues") StandardsCatalog catalog) {
    // An equal copy, not the same instance: the rules compare by value.
    StandardsCatalog copy = ImmutableStandardsCatalog.builder().from(catalog).build();
    assertThat(CHECKER.check(catalog, copy)).isEqualTo(CHECKER.check(catalog));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void aStandardCheckedAgainstItselfReportsWhatItReportsAlone(
      @ForAll("standards") ServiceStandard standard) {
    assertThat(CHECKER.check(standard, standard)).isEqualTo(CHECKER.check(standard));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void withoutAPreviousVersionTheReportIsTheOneBeforeTheUpdateRules(
      @ForAll("catalogues") StandardsCatalog catalog, @ForAll("standards") ServiceStandard one) {
    assertThat(CHECKER.check(catalog)).isEqualTo(WITHOUT_UPDATE_RULES.check(catalog));
    assertThat(CHECKER.check(one)).isEqualTo(WITHOUT_UPDATE_RULES.check(one));
  }

  @Provide
  Arbitrary<StandardsCatalog> catalogues() {
    return Arbitraries.oneOf(StandardsArbitraries.catalogs(), StandardsArbitraries.draftCatalogs());
  }

  @Provide
  Arbitrary<ServiceStandard> standards() {
    return Arbitraries.oneOf(
        StandardsArbitraries.serviceStandards(), StandardsArbitraries.draftStandards());
  }
}
