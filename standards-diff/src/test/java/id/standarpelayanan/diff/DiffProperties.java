package id.standarpelayanan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the comparison, over the testkit's standards and catalogues and known edits. */
class DiffProperties {

  private static final Differ DIFFER = Differ.standard();
  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Provide
  Arbitrary<ServiceStandard> standards() {
    return StandardsArbitraries.serviceStandards();
  }

  @Provide
  Arbitrary<StandardsCatalog> catalogs() {
    return StandardsArbitraries.catalogs();
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.of(Mutation.class);
  }

  @Property(tries = 300)
  void anEditOfAKnownKindIsReportedAsExactlyThatChange(
      @ForAll("standards") ServiceStandard a, @ForAll("mutations") Mutation mutation) {
    Assume.that(mutation.applies(a));
    ServiceStandard b = mutation.apply(a);
    List<Change> changes = DIFFER.compare(a, b).changes();
    if (mutation.expected == null) {
      assertThat(changes).as("%s of %s", mutation, a.getId()).isEmpty();
      return;
    }
    assertThat(changes).as("%s", mutation).hasSize(1);
    Change change = changes.get(0);
    assertThat(change.meaning()).isEqualTo(mutation.expected);
    assertThat(change.effect()).isEqualTo(mutation.expected.effect());
    if (mutation.kind != null) {
      assertThat(change.kind()).isEqualTo(mutation.kind);
    }
    assertThat(change.pointer().toString()).startsWith(mutation.pointerPrefix);
    assertThat(change.serviceId()).isEqualTo(a.getId());
    mutation.assertValues(a, b, change);
  }

  /** The edits are not vacuous: each applies to some of the testkit's standards. */
  @Example
  void everyKindOfEditAppliesToSomeGeneratedStandards() {
    List<ServiceStandard> sample = standards().sampleStream().limit(300).toList();
    for (Mutation mutation : Mutation.values()) {
      assertThat(sample.stream().filter(mutation::applies).count()).as("%s", mutation).isPositive();
    }
  }

  @Property(tries = 100)
  void aStandardComparedWithItselfHasNoChange(@ForAll("standards") ServiceStandard a) {
    assertThat(DIFFER.compare(a, a).changes()).isEmpty();
  }

  @Property(tries = 30)
  void aCatalogueComparedWithItselfHasNoChange(@ForAll("catalogs") StandardsCatalog a) {
    assertThat(DIFFER.compare(a, a).changes()).isEmpty();
  }

  @Property(tries = 200)
  void comparingTheOtherWayGivesTheInverseChanges(
      @ForAll("standards") ServiceStandard a, @ForAll("mutations") Mutation mutation) {
    Assume.that(mutation.applies(a));
    ServiceStandard b = mutation.apply(a);
    assertInverse(DIFFER.compare(a, b).changes(), DIFFER.compare(b, a).changes());
  }

  @Property(tries = 100)
  void twoUnrelatedStandardsCompareInverselyBothWays(
      @ForAll("standards") ServiceStandard a, @ForAll("standards") ServiceStandard b) {
    assertInverse(DIFFER.compare(a, b).changes(), DIFFER.compare(b, a).changes());
  }

  @Property(tries = 200)
  void theJsonPatchTurnsTheOldJsonIntoTheNew(
      @ForAll("standards") ServiceStandard a, @ForAll("mutations") Mutation mutation)
      throws Exception {
    Assume.that(mutation.applies(a));
    ServiceStandard b = mutation.apply(a);
    assertPatchApplies(
        DIFFER.compare(a, b).jsonPatch(), JSON.writeToString(a), JSON.writeToString(b));
  }

  @Property(tries = 30)
  void theJsonPatchBetweenTwoUnrelatedCataloguesTurnsOneIntoTheOther(
      @ForAll("catalogs") StandardsCatalog a, @ForAll("catalogs") StandardsCatalog b)
      throws Exception {
    assertPatchApplies(
        DIFFER.compare(a, b).jsonPatch(), JSON.writeToString(a), JSON.writeToString(b));
  }

  private static void assertInverse(List<Change> forward, List<Change> backward) {
    assertThat(backward)
        .containsExactlyInAnyOrderElementsOf(forward.stream().map(Change::inverse).toList());
  }

  /** Applied by an independent RFC 6902 implementation (zjsonpatch). */
  private static void assertPatchApplies(String patch, String oldJson, String newJson)
      throws Exception {
    JsonNode applied =
        com.flipkart.zjsonpatch.JsonPatch.apply(MAPPER.readTree(patch), MAPPER.readTree(oldJson));
    assertThat(applied).isEqualTo(MAPPER.readTree(newJson));
  }
}
