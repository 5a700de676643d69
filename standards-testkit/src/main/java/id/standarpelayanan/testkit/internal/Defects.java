package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.ImmutableComplaintHandling;
import id.standarpelayanan.model.ImmutableFacility;
import id.standarpelayanan.model.ImmutableProcedure;
import id.standarpelayanan.model.ImmutableProcedureStep;
import id.standarpelayanan.model.ImmutableRequirement;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStaffing;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TextLimits;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.WorkingTime;
import id.standarpelayanan.testkit.Defect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Applies {@link Defect}s and removes components from complete standards. */
public final class Defects {

  private static final String VAGUE = "Sesuai ketentuan yang berlaku";

  private Defects() {}

  /**
   * Removes a component: the standard neither fills it nor lists it with an empty row.
   *
   * @param standard the standard
   * @param component the component to remove
   * @return the standard without it
   */
  public static ServiceStandard without(ServiceStandard standard, Component component) {
    ImmutableServiceStandard s =
        ImmutableServiceStandard.copyOf(standard)
            .withEmptyComponents(
                standard.getEmptyComponents().stream().filter(c -> c != component).toList());
    return switch (component) {
      case LEGAL_BASIS -> s.withLegalBasis(List.of());
      case REQUIREMENTS -> s.withRequirements(List.of()).withNoRequirements(false);
      case PROCEDURE -> s.withProcedure(Optional.empty());
      case COMPLETION_TIME -> s.withCompletionTime(Optional.empty());
      case FEE -> s.withFee(Optional.empty());
      case PRODUCTS -> s.withProducts(List.of());
      case FACILITIES -> s.withFacilities(List.of());
      case COMPETENCE -> s.withCompetencies(List.of());
      case INTERNAL_SUPERVISION -> s.withInternalSupervision(Optional.empty());
      case COMPLAINT_HANDLING -> s.withComplaintHandling(Optional.empty());
      case STAFFING -> s.withStaffing(Optional.empty());
      case SERVICE_GUARANTEE -> s.withServiceGuarantee(Optional.empty());
      case SECURITY_AND_SAFETY -> s.withSecurityAndSafety(Optional.empty());
      case PERFORMANCE_EVALUATION -> s.withPerformanceEvaluation(Optional.empty());
    };
  }

  /**
   * Gives a complete standard one defect.
   *
   * @param standard a complete standard (every component present)
   * @param defect the defect
   * @param asOf the reference date, for dated defects
   * @return the defective standard
   */
  public static ServiceStandard apply(ServiceStandard standard, Defect defect, LocalDate asOf) {
    ImmutableServiceStandard s = ImmutableServiceStandard.copyOf(standard);
    return switch (defect) {
      case STEPS_EXCEED_COMPLETION_TIME -> {
        int minutes =
            s.getProcedure().orElseThrow().getSteps().stream()
                .mapToInt(
                    step ->
                        (int) WorkingTime.standard().toMinutes(step.getDuration().orElseThrow()))
                .sum();
        yield s.withCompletionTime(
            CompletionTime.builder().setMaximum(TimeSpan.ofMinutes(minutes - 1)).build());
      }
      case STEP_NUMBERING_GAP ->
          steps(
              s,
              steps -> {
                int last = steps.size() - 1;
                steps.set(
                    last,
                    ImmutableProcedureStep.copyOf(steps.get(last)).withNumber(steps.size() + 1));
                return steps;
              });
      case DUPLICATE_STEP_ID ->
          steps(
              s,
              steps -> {
                steps.set(0, ImmutableProcedureStep.copyOf(steps.get(0)).withId("langkah-kembar"));
                // A zero-minute copy at the end keeps the times, numbering and last output intact.
                steps.add(
                    ImmutableProcedureStep.copyOf(steps.get(0))
                        .withNumber(steps.size() + 1)
                        .withDuration(TimeSpan.ofMinutes(0))
                        .withOutput(lastOutput(steps)));
                return steps;
              });
      case VAGUE_COMPLETION_TIME ->
          s.withCompletionTime(CompletionTime.builder().setDescription(VAGUE).build());
      case VAGUE_FEE -> s.withFee(Fee.builder().setDescription(VAGUE).build());
      case FREE_WITH_PRICED_ITEMS ->
          s.withFee(
              Fee.builder()
                  .setFree(true)
                  .addItem(pricedItem(Vocabulary.TARIFF_REGULATIONS.get(0)))
                  .build());
      case FEE_WITHOUT_TARIFF_BASIS ->
          s.withFee(
              Fee.builder()
                  .addItem(
                      pricedItem(
                          LegalReference.builder()
                              .setType(RegulationType.SURAT_EDARAN)
                              .setNumber("7")
                              .setYear(2020)
                              .build()))
                  .addPaymentChannel(Vocabulary.PAYMENT_CHANNELS.get(0))
                  .build());
      case NO_COMPLAINT_CHANNEL ->
          s.withComplaintHandling(
              ImmutableComplaintHandling.copyOf(s.getComplaintHandling().orElseThrow())
                  .withChannels(List.of()));
      case IMPLAUSIBLE_CHANNEL_ADDRESS -> {
        ImmutableComplaintHandling handling =
            ImmutableComplaintHandling.copyOf(s.getComplaintHandling().orElseThrow());
        List<Channel> channels = new ArrayList<>(handling.getChannels());
        channels.add(
            Channel.builder()
                .setKind(ChannelKind.EMAIL)
                .setAddress("pengaduan kanwil aceh")
                .build());
        yield s.withComplaintHandling(handling.withChannels(channels));
      }
      case NO_COMPLAINT_RESPONSE_TIME ->
          s.withComplaintHandling(
              ImmutableComplaintHandling.copyOf(s.getComplaintHandling().orElseThrow())
                  .withResponseTime(Optional.empty()));
      case NO_FACILITY_FOR_VULNERABLE_GROUPS ->
          s.withFacilities(
              s.getFacilities().stream()
                  .map(f -> (Facility) ImmutableFacility.copyOf(f).withVulnerableGroups(List.of()))
                  .toList());
      case MISSING_COMPETENCE_DIMENSION ->
          s.withCompetencies(
              s.getCompetencies().stream()
                  .filter(
                      c -> !c.getDimension().equals(Optional.of(CompetencyDimension.EXPERIENCE)))
                  .toList());
      case UNDERSTAFFED ->
          s.withStaffing(
              ImmutableStaffing.copyOf(s.getStaffing().orElseThrow())
                  .withExpectedDailyDemand(TextLimits.COUNT));
      case UNKNOWN_STEP_ACTOR ->
          steps(
              s,
              steps -> {
                steps.set(
                    0,
                    ImmutableProcedureStep.copyOf(steps.get(0)).withActor("Petugas Tak Dikenal"));
                return steps;
              });
      case LAST_STEP_WITHOUT_PRODUCT ->
          steps(
              s,
              steps -> {
                int last = steps.size() - 1;
                steps.set(
                    last,
                    ImmutableProcedureStep.copyOf(steps.get(last))
                        .withOutput("Arsip internal unit"));
                return steps;
              });
      case DUPLICATE_LEGAL_REFERENCE ->
          s.withLegalBasis(plus(s.getLegalBasis(), s.getLegalBasis().get(0)));
      case FUTURE_LEGAL_REFERENCE ->
          s.withLegalBasis(
              plus(
                  s.getLegalBasis(),
                  LegalReference.builder()
                      .setType(RegulationType.PERMEN)
                      .setNumber("1")
                      .setYear(asOf.getYear() + 1)
                      .setTitle("Peraturan yang akan datang")
                      .build()));
      case REPEALED_LEGAL_REFERENCE ->
          s.withLegalBasis(
              plus(
                  s.getLegalBasis(),
                  LegalReference.builder()
                      .setType(RegulationType.PERMEN)
                      .setNumber("36")
                      .setYear(2012)
                      .setTitle("Pedoman Penyusunan, Penetapan, dan Penerapan Standar Pelayanan")
                      .build()));
      case DUPLICATE_REQUIREMENT_ID -> {
        List<Requirement> requirements = new ArrayList<>(s.getRequirements());
        requirements.set(
            0, ImmutableRequirement.copyOf(requirements.get(0)).withId("syarat-kembar"));
        requirements.add(
            ImmutableRequirement.copyOf(requirements.get(0))
                .withDescription(Vocabulary.REQUIREMENTS.get(1)));
        yield s.withRequirements(requirements);
      }
      case CONDITIONAL_REQUIREMENT_WITHOUT_CONDITION -> {
        List<Requirement> requirements = new ArrayList<>(s.getRequirements());
        requirements.set(
            0,
            ImmutableRequirement.copyOf(requirements.get(0))
                .withMandatory(false)
                .withCondition(Optional.empty()));
        yield s.withRequirements(requirements);
      }
      case PLACEHOLDER_TEXT -> s.withDescription("-");
      case XML_FORBIDDEN_CHARACTER ->
          s.withDescription(s.getDescription().orElse("Layanan") + " \uFFFE");
    };
  }

  private static FeeItem pricedItem(LegalReference basis) {
    return FeeItem.builder()
        .setName("Biaya layanan")
        .setAmount(Rupiah.of(50_000))
        .setLegalBasis(basis)
        .build();
  }

  private static <T> List<T> plus(List<T> list, T element) {
    List<T> out = new ArrayList<>(list);
    out.add(element);
    return out;
  }

  private static String lastOutput(List<ProcedureStep> steps) {
    return steps.get(steps.size() - 1).getOutput().orElseThrow();
  }

  private static ServiceStandard steps(
      ImmutableServiceStandard s, UnaryOperator<List<ProcedureStep>> change) {
    ImmutableProcedure procedure = ImmutableProcedure.copyOf(s.getProcedure().orElseThrow());
    return s.withProcedure(
        procedure.withSteps(change.apply(new ArrayList<>(procedure.getSteps()))));
  }
}
