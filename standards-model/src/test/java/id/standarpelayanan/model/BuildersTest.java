package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tier 1: builders reject only meaningless values, naming the field; drafts still build. */
class BuildersTest {

  @Test
  void rejectsNegativeRupiahNamingTheField() {
    assertThatThrownBy(() -> Rupiah.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount")
        .hasMessageContaining("-1");
  }

  @Test
  void rejectsNegativeTimeSpanNamingTheField() {
    assertThatThrownBy(() -> TimeSpan.ofWorkingDays(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount")
        .hasMessageContaining("-3");
  }

  @Test
  void rejectsNullValuesNamingTheField() {
    assertThatThrownBy(() -> ServiceStandard.builder().setName((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Requirement.builder().setKind((RequirementKind) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void rejectsNullElementsInCollectionsNamingTheField() {
    assertThatThrownBy(
            () -> ServiceStandard.builder().addAllRequirements(Arrays.asList((Requirement) null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("requirements");
    assertThatThrownBy(() -> Facility.builder().addVulnerableGroup(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("vulnerableGroups");
    assertThatThrownBy(() -> Fee.builder().addPaymentChannel(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("paymentChannels");
  }

  @Test
  void rejectsNullMapEntriesNamingTheField() {
    assertThatThrownBy(() -> ServiceStandard.builder().putExtension("kode", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("extensions");
  }

  @Test
  void rejectsAMissingRequiredAttributeNamingIt() {
    assertThatThrownBy(() -> Requirement.builder().setKind(RequirementKind.ADMINISTRATIVE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
    assertThatThrownBy(() -> Channel.builder().setAddress("1708").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void aDraftWithViolationsStillBuilds() {
    ServiceStandard draft =
        ServiceStandard.builder().setId("bukan id yang sah").setName("").build();

    assertThat(draft.filledComponents()).isEmpty();
    assertThat(ModelValidation.validator().validate(draft)).hasSize(2);
  }

  @Test
  void emptyCatalogueIsADraft() {
    StandardsCatalog catalog = StandardsCatalog.builder().build();

    assertThat(catalog.getStatus()).isEqualTo(CatalogStatus.DRAFT);
    assertThat(catalog.getStandards()).isEmpty();
    assertThat(ModelValidation.validator().validate(catalog)).isEmpty();
  }

  @Test
  void theFixtureFillsEveryComponent() {
    assertThat(KanwilAcehFixtures.legalisasiIjazah().filledComponents())
        .containsExactly(Component.values());
  }

  @Test
  void fillsAnswersPerComponent() {
    ServiceStandard onlyFee =
        ServiceStandard.builder()
            .setId("layanan")
            .setName("Layanan")
            .setFee(Fee.builder().setFree(true).build())
            .build();

    assertThat(onlyFee.filledComponents()).containsExactly(Component.FEE);
    assertThat(onlyFee.fills(Component.FEE)).isTrue();
    assertThat(onlyFee.fills(Component.REQUIREMENTS)).isFalse();
  }

  @Test
  void everyComponentCanBeFilledAloneAndIsRecognised() {
    ServiceStandard full = KanwilAcehFixtures.legalisasiIjazah();
    ImmutableServiceStandard empty =
        ImmutableServiceStandard.builder().setId(full.getId()).setName(full.getName()).build();
    for (Component component : Component.values()) {
      ImmutableServiceStandard one =
          switch (component) {
            case LEGAL_BASIS -> empty.withLegalBasis(full.getLegalBasis());
            case REQUIREMENTS -> empty.withRequirements(full.getRequirements());
            case PROCEDURE -> empty.withProcedure(full.getProcedure());
            case COMPLETION_TIME -> empty.withCompletionTime(full.getCompletionTime());
            case FEE -> empty.withFee(full.getFee());
            case PRODUCTS -> empty.withProducts(full.getProducts());
            case FACILITIES -> empty.withFacilities(full.getFacilities());
            case COMPETENCE -> empty.withCompetencies(full.getCompetencies());
            case INTERNAL_SUPERVISION ->
                empty.withInternalSupervision(full.getInternalSupervision());
            case COMPLAINT_HANDLING -> empty.withComplaintHandling(full.getComplaintHandling());
            case STAFFING -> empty.withStaffing(full.getStaffing());
            case SERVICE_GUARANTEE -> empty.withServiceGuarantee(full.getServiceGuarantee());
            case SECURITY_AND_SAFETY -> empty.withSecurityAndSafety(full.getSecurityAndSafety());
            case PERFORMANCE_EVALUATION ->
                empty.withPerformanceEvaluation(full.getPerformanceEvaluation());
          };
      assertThat(one.filledComponents()).as(component.name()).containsExactly(component);
    }
  }

  @Test
  void extensionsAreSortedByKeySoEqualModelsIterateAlike() {
    ServiceStandard a =
        ServiceStandard.builder()
            .setId("a")
            .setName("A")
            .putExtension("z", "1")
            .putExtension("b", "2")
            .build();
    ServiceStandard b =
        ServiceStandard.builder()
            .setId("a")
            .setName("A")
            .putExtension("b", "2")
            .putExtension("z", "1")
            .build();

    assertThat(a).isEqualTo(b);
    assertThat(a.getExtensions().keySet()).containsExactly("b", "z");
  }
}
