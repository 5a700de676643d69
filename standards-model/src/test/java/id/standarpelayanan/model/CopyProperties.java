package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Builder copies and {@code with*} preserve equality. Generated whole standards are covered by the
 * testkit's properties; here the realistic fixture is varied field by field.
 */
class CopyProperties {

  private static final ImmutableServiceStandard FIXTURE =
      ImmutableServiceStandard.copyOf(KanwilAcehFixtures.legalisasiIjazah());
  private static final ImmutableStandardsCatalog CATALOG =
      ImmutableStandardsCatalog.copyOf(KanwilAcehFixtures.catalog());

  @Property
  void builderFromPreservesEquality(
      @ForAll String name, @ForAll @LongRange(min = 0, max = 1_000_000) long amount) {
    ImmutableServiceStandard varied =
        FIXTURE
            .withName(name)
            .withFee(
                Fee.builder()
                    .addItem(
                        FeeItem.builder().setName("Biaya").setAmount(Rupiah.of(amount)).build())
                    .build());

    ServiceStandard copy = ServiceStandard.builder().from(varied).build();

    assertThat(copy).isEqualTo(varied).hasSameHashCodeAs(varied);
    assertThat(ImmutableServiceStandard.copyOf(copy)).isEqualTo(varied);
  }

  @Property
  void withAndBackIsIdentityInValue(@ForAll String name, @ForAll String version) {
    assertThat(FIXTURE.withName(name).withName(FIXTURE.getName())).isEqualTo(FIXTURE);
    assertThat(
            CATALOG.withVersion(version).withVersion(CATALOG.getVersion()).withStandards(FIXTURE))
        .isEqualTo(CATALOG);
  }

  @Property
  void withChangesOnlyTheNamedField(@ForAll String name) {
    ImmutableServiceStandard renamed = FIXTURE.withName(name);

    assertThat(renamed.getName()).contains(name);
    assertThat(renamed.withName(FIXTURE.getName())).usingRecursiveComparison().isEqualTo(FIXTURE);
    assertThat(renamed.equals(FIXTURE))
        .isEqualTo(FIXTURE.getName().equals(java.util.Optional.of(name)));
  }
}
