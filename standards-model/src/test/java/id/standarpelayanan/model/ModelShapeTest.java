package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.fixtures.ModelShape;
import id.standarpelayanan.model.fixtures.ModelShape.Filler;
import id.standarpelayanan.model.fixtures.ModelShape.Kind;
import id.standarpelayanan.model.fixtures.ModelShape.Located;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelShape}, the reflection the walk tests of every module rely on, finds what is on disk
 * and builds what it walks.
 */
class ModelShapeTest {

  @Test
  void theValueTypesReachedFromTheCatalogueAndTheWorkingTimeAreAllThoseOnDisk() throws Exception {
    assertThat(ModelShape.valueTypes())
        .containsExactlyInAnyOrderElementsOf(
            ModelLabelsTest.valueTypes().collect(Collectors.toList()));
  }

  @Test
  void propertiesTellTheirKindAndElementType() {
    var byName =
        ModelShape.properties(ServiceStandard.class).stream()
            .collect(Collectors.toMap(ModelShape.Property::name, p -> p));
    assertThat(byName.get("name").kind()).isEqualTo(Kind.OPTIONAL);
    assertThat(byName.get("name").text()).isTrue();
    assertThat(byName.get("requirements").kind()).isEqualTo(Kind.COLLECTION);
    assertThat(byName.get("requirements").element()).isEqualTo(Requirement.class);
    assertThat(byName.get("emptyComponents").element()).isEqualTo(Component.class);
    assertThat(byName.get("extensions").kind()).isEqualTo(Kind.MAP);
    assertThat(byName.get("extensions").text()).isFalse();
    assertThat(byName.get("noRequirements").kind()).isEqualTo(Kind.SINGLE);
    assertThat(byName.get("noRequirements").element()).isEqualTo(boolean.class);
    assertThat(
            ModelShape.properties(Requirement.class).stream()
                .filter(ModelShape.Property::text)
                .map(ModelShape.Property::key))
        .containsExactlyInAnyOrder(
            "Requirement.alternatives",
            "Requirement.applicantCategory",
            "Requirement.condition",
            "Requirement.description",
            "Requirement.id");
  }

  @Test
  void aValueWithEveryPropertyFilledHoldsEachTextAtItsOwnPointer() {
    ServiceStandard standard = ModelShape.build(ServiceStandard.class, Filler.everything());
    assertThat(standard.filledComponents()).containsExactly(Component.values());
    assertThat(
            standard
                .getProcedure()
                .orElseThrow()
                .getSteps()
                .get(0)
                .getBranches()
                .get(0)
                .getOutcome())
        .contains("/procedure/steps/0/branches/0/outcome");
    assertThat(
            standard
                .getComplaintHandling()
                .orElseThrow()
                .getChannels()
                .get(0)
                .getServiceHours()
                .orElseThrow()
                .getSpecialHours()
                .get(0)
                .getPeriods()
                .get(0)
                .getBreaks())
        .hasSize(1);
    assertThat(standard.getFee().orElseThrow().getPaymentChannels())
        .containsExactly("/fee/paymentChannels/0");
    assertThat(standard.getExtensions()).containsEntry("key", "/extensions/key");
  }

  @Test
  void theWalkLocatesEveryPropertyParentsFirstAndElementsAtIndexZero() {
    List<String> pointers =
        ModelShape.walk(StandardsCatalog.class).stream().map(Located::pointer).toList();
    assertThat(pointers)
        .contains(
            "/standards",
            "/standards/0/procedure/steps/0/actor",
            "/provider/contacts/0/access/0/address")
        .doesNotHaveDuplicates();
    assertThat(pointers.indexOf("/standards")).isLessThan(pointers.indexOf("/standards/0/name"));
  }

  @Test
  void aValueWithNothingFilledHoldsOnlyItsRequiredProperties() {
    Filler nothing = new Filler((pointer, property) -> false, pointer -> "-");
    assertThat(ModelShape.build(ServiceStandard.class, nothing))
        .isEqualTo(ServiceStandard.builder().build());
    assertThat(ModelShape.build(Requirement.class, nothing))
        .isEqualTo(Requirement.builder().setDescription("-").setMandatory(false).build());
  }
}
