package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.FeePricing;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Publication;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SpecialHours;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.model.TimeExtension;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.TimeWindow;
import id.standarpelayanan.model.WorkingTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    assertThat(steps)
        .extracting(ProcedureStep::getNumber)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, steps.size()).boxed().toList());
    assertThat(
            calendar.compareTotal(
                steps.stream().map(s -> s.getDuration().orElseThrow()).toList(),
                standard.getCompletionTime().orElseThrow().getMaximum().orElseThrow()))
        .isLessThanOrEqualTo(0);
    List<String> roles =
        standard.getStaffing().orElseThrow().getRoles().stream().map(StaffRole::getName).toList();
    assertThat(steps).allSatisfy(step -> assertThat(roles).contains(step.getActor().orElseThrow()));
    assertThat(standard.getProducts())
        .extracting(p -> p.getName())
        .contains(steps.get(steps.size() - 1).getOutput().orElseThrow());
    assertThat(
            standard.getCompetencies().stream()
                .flatMap(c -> c.getDimension().stream())
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(CompetencyDimension.values());
    assertThat(standard.getFacilities())
        .anySatisfy(f -> assertThat(f.getVulnerableGroups()).isNotEmpty());
    assertThat(standard.getLegalBasis()).doesNotHaveDuplicates();
  }

  @Property(tries = 200)
  void completeStandardsKeepTheirIdAndNameAndStateEveryComponentPlainly(
      @ForAll ServiceStandard standard) {
    assertThat(standard.getId()).isPresent();
    assertThat(standard.getName()).isPresent();
    assertThat(standard.isNoRequirements()).isFalse();
    assertThat(standard.getEmptyComponents()).isEmpty();
    assertThat(standard.getRequirements())
        .allSatisfy(r -> assertThat(r.getApplicantCategory()).isEmpty());
    CompletionTime time = standard.getCompletionTime().orElseThrow();
    TimeSpan maximum = time.getMaximum().orElseThrow();
    assertThat(maximum.getUnit())
        .as("an unqualified \"hari\" is left to drafts")
        .isNotEqualTo(DurationUnit.DAYS);
    assertThat(time.getPerUnit()).isEmpty();
    assertThat(time.getMaximumPlus()).isEmpty();
    time.getMinimum()
        .ifPresent(
            minimum -> {
              assertThat(minimum.getUnit()).isEqualTo(maximum.getUnit());
              assertThat(minimum.getAmount()).isPositive().isLessThanOrEqualTo(maximum.getAmount());
            });
    standard
        .getFee()
        .orElseThrow()
        .getItems()
        .forEach(
            item -> {
              assertThat(item.getAmount()).as("a complete fee states its amounts").isPresent();
              assertThat(item.getPricing()).isIn(Optional.empty(), Optional.of(FeePricing.STATED));
              assertThat(item.isSurcharge()).isFalse();
            });
  }

  @Property(tries = 200)
  void completeStandardsBranchOnlyToStepsThatExist(@ForAll ServiceStandard standard) {
    List<ProcedureStep> steps = standard.getProcedure().orElseThrow().getSteps();
    assertThat(steps.get(steps.size() - 1).getBranches())
        .as("the last step yields the product")
        .isEmpty();
    assertThat(steps)
        .flatExtracting(ProcedureStep::getBranches)
        .allSatisfy(
            branch -> {
              assertThat(branch.getNextStep().isPresent() || branch.getOutcome().isPresent())
                  .as("a branch leads somewhere")
                  .isTrue();
              branch.getNextStep().ifPresent(next -> assertThat(next).isBetween(1, steps.size()));
            });
  }

  @Property(tries = 200)
  void serviceHoursOpenBeforeTheyCloseWithBreaksInside(@ForAll("anyHours") ServiceHours hours) {
    List<ServicePeriod> periods = new ArrayList<>(hours.getPeriods());
    hours
        .getSpecialHours()
        .forEach(
            special -> {
              if (special.isClosed()) {
                assertThat(special.getPeriods())
                    .as("closed on %s", special.getOccasion())
                    .isEmpty();
              }
              periods.addAll(special.getPeriods());
            });
    assertThat(periods)
        .allSatisfy(
            period -> {
              period
                  .getBreaks()
                  .forEach(window -> assertThat(window.getEnd()).isAfter(window.getStart()));
              period
                  .getOpens()
                  .ifPresent(
                      opens ->
                          period
                              .getCloses()
                              .ifPresent(
                                  closes -> {
                                    assertThat(opens).isBefore(closes);
                                    period
                                        .getBreaks()
                                        .forEach(
                                            window -> assertThat(window.getStart()).isAfter(opens));
                                    period
                                        .getBreaks()
                                        .forEach(
                                            window ->
                                                assertThat(window.getEnd())
                                                    .isBeforeOrEqualTo(closes));
                                  }));
            });
    assertThat(ModelValidation.validator().validate(hours)).isEmpty();
  }

  @Provide
  Arbitrary<ServiceHours> anyHours() {
    Arbitrary<ServiceHours> ofCompleteStandards =
        StandardsArbitraries.serviceStandards()
            .filter(s -> s.getServiceHours().isPresent())
            .map(s -> s.getServiceHours().orElseThrow());
    Arbitrary<ServiceHours> ofCatalogues =
        StandardsArbitraries.catalogs()
            .filter(c -> c.getProvider().orElseThrow().getServiceHours().isPresent())
            .map(c -> c.getProvider().orElseThrow().getServiceHours().orElseThrow());
    return Arbitraries.oneOf(
        StandardsArbitraries.of(ServiceHours.class), ofCompleteStandards, ofCatalogues);
  }

  @Property(tries = 200)
  void draftsSayOneThingPerComponentAndPriceItemsPlausibly(
      @ForAll("drafts") ServiceStandard draft) {
    if (draft.isNoRequirements()) {
      assertThat(draft.getRequirements()).as("no requirements lists none").isEmpty();
    }
    assertThat(draft.getEmptyComponents())
        .as("an empty row is a component not filled")
        .noneMatch(draft::fills);
    draft.getFee().stream()
        .flatMap(fee -> fee.getItems().stream())
        .forEach(
            item -> {
              if (item.getAmount().isPresent()) {
                assertThat(item.getPricing())
                    .isIn(Optional.empty(), Optional.of(FeePricing.STATED));
              } else {
                assertThat(item.getPricing()).isNotEqualTo(Optional.of(FeePricing.STATED));
              }
            });
    draft.getComplaintHandling().stream()
        .flatMap(h -> h.getChannels().stream())
        .forEach(
            channel -> {
              assertThat(channel.getAdditionalKinds()).doesNotContain(channel.getKind());
              if (channel.getKind() != ChannelKind.SOCIAL_MEDIA) {
                assertThat(channel.getPlatform()).isEmpty();
              }
            });
  }

  @Property(tries = 100)
  void newValueTypesPassBeanValidation(
      @ForAll Publication publication,
      @ForAll ChannelAccess access,
      @ForAll StepBranch branch,
      @ForAll TimeExtension extension,
      @ForAll SpecialHours special,
      @ForAll TimeWindow window) {
    for (Object value : List.of(publication, access, branch, extension, special, window)) {
      assertThat(ModelValidation.validator().validate(value)).as("%s", value).isEmpty();
    }
    publication
        .getDate()
        .ifPresent(date -> assertThat(date).isBeforeOrEqualTo(StandardsArbitraries.REFERENCE_DATE));
  }

  @Property(tries = 100)
  void catalogsHoldDistinctCompleteStandardsAndPassBeanValidation(
      @ForAll StandardsCatalog catalog) {
    assertThat(catalog.getStandards()).isNotEmpty();
    assertThat(catalog.getStandards())
        .extracting(ServiceStandard::getId)
        .doesNotHaveDuplicates()
        .doesNotContain(Optional.empty());
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
  void builderCopiesAndWithersPreserveEquality(
      @ForAll("drafts") ServiceStandard standard, @ForAll String name) {
    ServiceStandard copy = ServiceStandard.builder().from(standard).build();
    ImmutableServiceStandard immutable = ImmutableServiceStandard.copyOf(standard);

    assertThat(copy).isEqualTo(standard).hasSameHashCodeAs(standard);
    assertThat(immutable.withName(name).withName(standard.getName())).isEqualTo(standard);
  }

  @Provide
  Arbitrary<ServiceStandard> drafts() {
    return StandardsArbitraries.draftStandards();
  }

  @Provide
  Arbitrary<StandardsCatalog> draftCatalogs() {
    return StandardsArbitraries.draftCatalogs();
  }
}
