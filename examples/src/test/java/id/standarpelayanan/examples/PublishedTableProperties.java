package id.standarpelayanan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ComponentGroup;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.testkit.StandardArbitrary;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A downstream-style property test: integrator code ({@link PublishedTable}) tested with the
 * testkit exactly as a user would: {@code @ForAll ServiceStandard} (the testkit's default), a
 * tailored arbitrary from a {@code @Provide} method, and the testkit's suppliers named in
 * {@code @ForAll(supplier = ...)}, one of them tailored by a {@link
 * StandardArbitrary.TailoredSupplier}.
 */
class PublishedTableProperties {

  @Property(tries = 200)
  void aCompleteStandardFillsAllFourteenRowsDeliveryFirst(@ForAll ServiceStandard standard) {
    List<PublishedTable.Row> rows = PublishedTable.rows(standard, Locale.forLanguageTag("id"));

    assertThat(rows).hasSize(14);
    assertThat(rows.subList(0, 6))
        .allMatch(r -> r.component().group() == ComponentGroup.SERVICE_DELIVERY);
    assertThat(rows.subList(0, 6))
        .extracting(PublishedTable.Row::number)
        .containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(rows.subList(6, 14))
        .extracting(PublishedTable.Row::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(rows).allSatisfy(r -> assertThat(r.description()).isNotBlank());
  }

  @Property(tries = 100)
  void aMissingComponentHasNoRow(@ForAll("withoutFee") ServiceStandard standard) {
    assertThat(PublishedTable.rows(standard, Locale.ENGLISH))
        .hasSize(13)
        .noneMatch(r -> r.component() == Component.FEE)
        .anyMatch(r -> r.label().equals("Requirements"));
  }

  @Property(tries = 100)
  void draftsNeverBreakTheTable(
      @ForAll(supplier = StandardsArbitraries.DraftStandards.class) ServiceStandard draft) {
    assertThat(PublishedTable.rows(draft, Locale.ENGLISH)).hasSize(draft.filledComponents().size());
  }

  @Property(tries = 100)
  void aStandardWithoutProductsOrStaffingHasTwelveRows(
      @ForAll(supplier = WithoutProductsOrStaffing.class) ServiceStandard standard) {
    assertThat(PublishedTable.rows(standard, Locale.ENGLISH))
        .hasSize(12)
        .noneMatch(r -> r.component() == Component.PRODUCTS || r.component() == Component.STAFFING);
  }

  /** Complete standards that state neither products nor the number of implementers. */
  private static final class WithoutProductsOrStaffing extends StandardArbitrary.TailoredSupplier {

    @Override
    protected StandardArbitrary tailor(StandardArbitrary standards) {
      return standards.without(Component.PRODUCTS, Component.STAFFING);
    }
  }

  @Provide
  Arbitrary<ServiceStandard> withoutFee() {
    return StandardsArbitraries.standards().without(Component.FEE);
  }
}
