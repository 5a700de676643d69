package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.WorkingTime;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Complete standards are structurally valid and consistent by construction. */
class CompleteStandardsProperties {

  @Property(tries = 200)
  void completeStandardsFillEveryComponentAndPassBeanValidation(@ForAll ServiceStandard standard) {
    assertThat(standard.filledComponents()).containsExactly(Component.values());
    assertThat(ModelValidation.validator().validate(standard)).isEmpty();
  }

  @Property(tries = 200)
  void completeStandardsAreConsistent(@ForAll ServiceStandard standard) {
    List<ProcedureStep> steps = standard.getProcedure().orElseThrow().getSteps();
    WorkingTime calendar = WorkingTime.standard();

    assertThat(steps).extracting(ProcedureStep::getNumber)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, steps.size()).boxed().toList());
    assertThat(calendar.compareTotal(
            steps.stream().map(s -> s.getDuration().orElseThrow()).toList(),
            standard.getCompletionTime().orElseThrow().getMaximum().orElseThrow()))
        .isLessThanOrEqualTo(0);
    List<String> roles = standard.getStaffing().orElseThrow().getRoles().stream().map(StaffRole::getName).toList();
    assertThat(steps).allSatisfy(step -> assertThat(roles).contains(step.getActor().orElseThrow()));
    assertThat(standard.getProducts()).extracting(p -> p.getName())
        .contains(steps.get(steps.size() - 1).getOutput().orElseThrow());
    assertThat(standard.getCompetencies().stream().map(c -> c.getDimension()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(CompetencyDimension.values());
    assertThat(standard.getFacilities()).anySatisfy(f -> assertThat(f.getVulnerableGroups()).isNotEmpty());
    assertThat(standard.getLegalBasis()).doesNotHaveDuplicates();
  }

  @Property(tries = 100)
  void catalogsHoldDistinctCompleteStandardsAndPassBeanValidation(@ForAll StandardsCatalog catalog) {
    assertThat(catalog.getStandards()).isNotEmpty();
    assertThat(catalog.getStandards()).extracting(ServiceStandard::getId).doesNotHaveDuplicates();
    assertThat(ModelValidation.validator().validate(catalog)).isEmpty();
    assertThat(catalog.getDecree().orElseThrow().getDate().orElseThrow())
        .isBefore(StandardsArbitraries.REFERENCE_DATE)
        .isAfter(catalog.getConsultations().get(0).getDate().orElseThrow());
  }

  @Property(tries = 200)
  void draftsPassBeanValidation(@ForAll("drafts") ServiceStandard draft) {
    assertThat(ModelValidation.validator().validate(draft)).isEmpty();
  }

  @Property(tries = 100)
  void draftCatalogsPassBeanValidation(@ForAll("draftCatalogs") StandardsCatalog draft) {
    assertThat(ModelValidation.validator().validate(draft)).isEmpty();
  }

  @Property(tries = 100)
  void builderCopiesAndWithersPreserveEquality(@ForAll("drafts") ServiceStandard standard, @ForAll String name) {
    ServiceStandard copy = ServiceStandard.builder().from(standard).build();
    ImmutableServiceStandard immutable = ImmutableServiceStandard.copyOf(standard);

    assertThat(copy).isEqualTo(standard).hasSameHashCodeAs(standard);
    assertThat(immutable.withName(name).withName(standard.getName())).isEqualTo(standard);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<ServiceStandard> drafts() {
    return StandardsArbitraries.draftStandards();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<StandardsCatalog> draftCatalogs() {
    return StandardsArbitraries.draftCatalogs();
  }
}
