package id.standarpelayanan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ComponentGroup;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A downstream-style property test: integrator code ({@link PublishedTable}) tested with the
 * testkit exactly as a user would, with {@code @ForAll ServiceStandard} and a tailored arbitrary.
 */
class PublishedTableProperties {

  @Property(tries = 200)
  void aCompleteStandardFillsAllFourteenRowsDeliveryFirst(@ForAll ServiceStandard standard) {
    List<PublishedTable.Row> rows = PublishedTable.rows(standard, Locale.forLanguageTag("id"));

    assertThat(rows).hasSize(14);
    assertThat(rows.subList(0, 6)).allMatch(r -> r.component().group() == ComponentGroup.SERVICE_DELIVERY);
    assertThat(rows.subList(0, 6)).extracting(PublishedTable.Row::number).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(rows.subList(6, 14)).extracting(PublishedTable.Row::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
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
  void draftsNeverBreakTheTable(@ForAll("drafts") ServiceStandard draft) {
    assertThat(PublishedTable.rows(draft, Locale.ENGLISH)).hasSize(draft.filledComponents().size());
  }

  @Provide
  Arbitrary<ServiceStandard> withoutFee() {
    return StandardsArbitraries.standards().without(Component.FEE);
  }

  @Provide
  Arbitrary<ServiceStandard> drafts() {
    return StandardsArbitraries.draftStandards();
  }
}
