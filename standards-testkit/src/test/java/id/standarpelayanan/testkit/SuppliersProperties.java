package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Each of the testkit's {@code ArbitrarySupplier}s feeds a parameter that names it. */
class SuppliersProperties {

  @Property(tries = 20)
  void serviceStandardsSupplierGivesCompleteStandards(
      @ForAll(supplier = StandardsArbitraries.ServiceStandards.class) ServiceStandard standard) {
    assertThat(standard.filledComponents()).containsExactly(Component.values());
    assertThat(standard.getId()).isPresent();
    assertThat(ModelValidation.validator().validate(standard)).isEmpty();
  }

  @Property(tries = 10)
  void catalogsSupplierGivesCatalogsOfCompleteStandards(
      @ForAll(supplier = StandardsArbitraries.Catalogs.class) StandardsCatalog catalog) {
    assertThat(catalog.getStandards())
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(4)
        .allSatisfy(s -> assertThat(s.filledComponents()).containsExactly(Component.values()));
    assertThat(ModelValidation.validator().validate(catalog)).isEmpty();
  }

  @Property(tries = 30)
  void draftStandardsSupplierGivesStructurallyValidDrafts(
      @ForAll(supplier = StandardsArbitraries.DraftStandards.class) ServiceStandard draft) {
    assertThat(ModelValidation.validator().validate(draft)).isEmpty();
  }

  @Property(tries = 20)
  void draftCatalogsSupplierGivesStructurallyValidCatalogues(
      @ForAll(supplier = StandardsArbitraries.DraftCatalogs.class) StandardsCatalog draft) {
    assertThat(draft.getStandards()).hasSizeLessThanOrEqualTo(3);
    assertThat(ModelValidation.validator().validate(draft)).isEmpty();
  }

  @Property(tries = 20)
  void aTailoredSupplierGivesTheTailoredStandards(
      @ForAll(supplier = WithoutFeeVagueTime.class) ServiceStandard standard) {
    assertThat(standard.filledComponents()).doesNotContain(Component.FEE).hasSize(13);
    assertThat(standard.getCompletionTime().orElseThrow().getMaximum()).isEmpty();
  }

  /** Complete standards without a fee and with a vague completion time. */
  private static final class WithoutFeeVagueTime extends StandardArbitrary.TailoredSupplier {

    @Override
    protected StandardArbitrary tailor(StandardArbitrary standards) {
      return standards.without(Component.FEE).with(Defect.VAGUE_COMPLETION_TIME);
    }
  }
}
