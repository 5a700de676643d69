package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.Competency;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.EvaluationFrequency;
import id.standarpelayanan.model.EvaluationMethod;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.FacilityCategory;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.FeePricing;
import id.standarpelayanan.model.ImmutableChannel;
import id.standarpelayanan.model.ImmutableFeeItem;
import id.standarpelayanan.model.ImmutableLegalReference;
import id.standarpelayanan.model.ImmutableRequirement;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.InternalSupervision;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.model.TimeExtension;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.VulnerableGroup;
import id.standarpelayanan.model.WorkingTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generator of complete standards: every component filled with realistic content and consistent
 * with the others (steps fit the completion time, actors are staff roles, the last step yields a
 * product, staff can handle the demand…), so that each passes every rule of the default profile.
 */
public final class CompleteStandards {

  /** The working-day length complete standards are consistent with (the default calendar). */
  private static final int MINUTES_PER_DAY = WorkingTime.standard().getMinutesPerDay();

  /**
   * The units of complete standards' completion times: every unit but {@link DurationUnit#DAYS},
   * whose "hari" leaves open whether working or calendar days are meant (a rule may ask which).
   */
  private static final List<DurationUnit> COMPLETION_UNITS =
      List.of(
          DurationUnit.MINUTES,
          DurationUnit.HOURS,
          DurationUnit.WORKING_DAYS,
          DurationUnit.CALENDAR_DAYS,
          DurationUnit.WEEKS,
          DurationUnit.MONTHS);

  private CompleteStandards() {}

  /**
   * A step before it is made consistent: what it does, how long, which role acts, and the SOP's
   * other columns; a checking step may become a decision with branches.
   */
  private record StepDraft(
      String action,
      TimeSpan duration,
      int actor,
      boolean withId,
      String output,
      Optional<String> equipment,
      Optional<String> notes,
      boolean decision) {}

  /** The parts of a completion time beside its maximum: a range's share, a start, an extension. */
  private record TimeDraft(
      Optional<Integer> minimumPercent,
      Optional<String> startCondition,
      Optional<TimeExtension> extension) {}

  /** The parts of a complete standard that must agree with each other, generated independently. */
  private record CoreDraft(
      List<StaffRole> roles,
      List<StepDraft> steps,
      List<Product> products,
      int completionUnit,
      int slack,
      int load,
      Optional<String> description,
      TimeDraft time) {}

  private static Arbitrary<TimeDraft> timeDrafts() {
    Arbitrary<TimeExtension> extension =
        Combinators.combine(
                Arbitraries.integers().between(1, 7).map(TimeSpan::ofWorkingDays),
                Arbitraries.of(Vocabulary.EXTENSION_CONDITIONS),
                Arbitraries.just(Vocabulary.REGULATIONS.get(2)).optional(0.5))
            .as(
                (duration, condition, basis) ->
                    TimeExtension.builder()
                        .setDuration(duration)
                        .setCondition(condition)
                        .setLegalBasis(basis)
                        .build());
    return Combinators.combine(
            Arbitraries.integers().between(10, 100).optional(0.3),
            Arbitraries.of(Vocabulary.START_CONDITIONS).optional(0.4),
            extension.optional(0.35))
        .as(TimeDraft::new);
  }

  private static Arbitrary<CoreDraft> coreDrafts() {
    Arbitrary<StaffRole> role =
        Combinators.combine(Arbitraries.of(Vocabulary.ROLES), Arbitraries.integers().between(1, 3))
            .as((name, count) -> StaffRole.builder().setName(name).setCount(count).build());
    // Plain actions: a shared decoration would make two steps read alike (sp.procedure.step-order).
    Arbitrary<StepDraft> step =
        Combinators.combine(
                Arbitraries.of(Vocabulary.STEP_ACTIONS),
                Arbitraries.oneOf(
                    Arbitraries.integers().between(1, 30).map(TimeSpan::ofMinutes),
                    Arbitraries.integers().between(1, 2).map(TimeSpan::ofHours)),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false),
                Arbitraries.of(Vocabulary.STEP_OUTPUTS),
                Arbitraries.of(Vocabulary.STEP_EQUIPMENT).optional(0.4),
                Arbitraries.of(Vocabulary.STEP_NOTES).optional(0.3),
                Arbitraries.of(false, true))
            .as(StepDraft::new);
    return Combinators.combine(
            role.list().uniqueElements(StaffRole::getName).ofMinSize(1).ofMaxSize(4),
            step.list().ofMinSize(1).ofMaxSize(6),
            Drafts.products().list().uniqueElements(Product::getName).ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, COMPLETION_UNITS.size() - 1),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 100),
            SmallValues.text(Vocabulary.DESCRIPTIONS).optional(0.6),
            timeDrafts())
        .as(CoreDraft::new);
  }

  /**
   * Makes the drafted core consistent: steps numbered 1..n, acted by the staff roles, the last
   * yielding the first product, a checking step's branches leading to the next step or back to the
   * applicant; a completion time no shorter than the steps, its range's minimum no longer than its
   * maximum; a daily demand within half the staff's capacity.
   */
  private static ImmutableServiceStandard.Builder core(
      ImmutableServiceStandard.Builder builder, CoreDraft draft) {
    List<ProcedureStep> steps = new ArrayList<>();
    int minutes = 0;
    // Each action once: a complete procedure does not repeat a step (sp.procedure.step-order).
    // Dropping repeats here rather than asking jqwik for unique elements keeps generation cheap.
    Set<String> actions = new HashSet<>();
    List<StepDraft> drafts =
        draft.steps().stream().filter(step -> actions.add(step.action())).toList();
    for (int i = 0; i < drafts.size(); i++) {
      StepDraft step = drafts.get(i);
      boolean last = i == drafts.size() - 1;
      var built =
          ProcedureStep.builder()
              .setNumber(i + 1)
              .setActor(draft.roles().get(step.actor() % draft.roles().size()).getName())
              .setDescription(step.action())
              .setDuration(step.duration())
              .setOutput(last ? draft.products().get(0).getName() : step.output())
              .setEquipment(step.equipment())
              .setNotes(step.notes());
      if (step.withId()) {
        built.setId("langkah-" + (i + 1));
      }
      if (step.decision()
          && !last
          && Vocabulary.DECISION_ACTIONS.stream().anyMatch(step.action()::startsWith)) {
        built.addBranches(
            StepBranch.builder()
                .setCondition(Vocabulary.BRANCH_CONDITIONS.get(0))
                .setNextStep(i + 2)
                .build(),
            StepBranch.builder()
                .setCondition(Vocabulary.BRANCH_CONDITIONS.get(1))
                .setOutcome(Vocabulary.BRANCH_OUTCOMES.get(0))
                .build());
      }
      steps.add(built.build());
      minutes += (int) WorkingTime.standard().toMinutes(step.duration());
    }
    int implementers = draft.roles().stream().mapToInt(r -> r.getCount().orElse(1)).sum();
    int halfCapacity = implementers * MINUTES_PER_DAY / minutes / 2;
    TimeSpan maximum = completionFor(minutes, draft.completionUnit(), draft.slack());
    TimeDraft time = draft.time();
    return builder
        .setProcedure(
            Procedure.builder().setDescription(draft.description()).setSteps(steps).build())
        .setCompletionTime(
            CompletionTime.builder()
                .setMaximum(maximum)
                .setMinimum(
                    time.minimumPercent()
                        .map(
                            p ->
                                TimeSpan.of(
                                    Math.max(1, maximum.getAmount() * p / 100), maximum.getUnit())))
                .setStartCondition(time.startCondition())
                .setExtension(time.extension())
                .build())
        .setProducts(draft.products())
        .setStaffing(
            Staffing.builder()
                .setImplementerCount(implementers)
                .setRoles(draft.roles())
                .setExpectedDailyDemand(halfCapacity * draft.load() / 100)
                .build());
  }

  /**
   * A completion time certainly no shorter than {@code minutes} of work, in one of the {@link
   * #COMPLETION_UNITS}; a month counts as its shortest, 28 calendar days.
   */
  private static TimeSpan completionFor(int minutes, int unit, int slack) {
    int week = MINUTES_PER_DAY * WorkingTime.standard().getDaysPerWeek();
    return switch (COMPLETION_UNITS.get(unit)) {
      case MINUTES -> TimeSpan.ofMinutes(minutes + slack * 10);
      case HOURS -> TimeSpan.ofHours(ceil(minutes, 60) + slack);
      case WORKING_DAYS -> TimeSpan.ofWorkingDays(ceil(minutes, MINUTES_PER_DAY) + slack);
      case CALENDAR_DAYS -> TimeSpan.ofCalendarDays(ceil(minutes * 7, week) + slack);
      case WEEKS -> TimeSpan.of(ceil(minutes, week) + slack, DurationUnit.WEEKS);
      case MONTHS -> TimeSpan.of(ceil(minutes, 4 * week) + slack, DurationUnit.MONTHS);
      case DAYS ->
          throw new IllegalStateException("complete standards do not use " + DurationUnit.DAYS);
    };
  }

  private static int ceil(int a, int b) {
    return (a + b - 1) / b;
  }

  private static Arbitrary<List<Requirement>> completeRequirements() {
    return Drafts.requirements()
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            list -> {
              List<Requirement> out = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                // The applicant category is left to drafts: a list per category asks which list
                // applies to whom.
                ImmutableRequirement r =
                    ImmutableRequirement.copyOf(list.get(i))
                        .withApplicantCategory(Optional.empty());
                r = r.getId().isPresent() ? r.withId("syarat-" + (i + 1)) : r;
                if (!r.isMandatory() && r.getCondition().isEmpty()) {
                  r = r.withCondition(Vocabulary.CONDITIONS.get(0));
                }
                out.add(r);
              }
              return out;
            });
  }

  private static Arbitrary<Fee> completeFees() {
    Arbitrary<FeeItem> priced =
        Builders.withBuilder(ImmutableFeeItem::builder)
            .use(SmallValues.text(Vocabulary.SERVICES))
            .in(ImmutableFeeItem.Builder::setName)
            .use(Arbitraries.longs().between(1_000, 5_000_000).map(Rupiah::of))
            .in(ImmutableFeeItem.Builder::setAmount)
            .use(Arbitraries.just(FeePricing.STATED))
            .withProbability(0.3)
            .in(ImmutableFeeItem.Builder::setPricing)
            .use(Arbitraries.of(Vocabulary.FEE_CONDITIONS))
            .withProbability(0.3)
            .in(ImmutableFeeItem.Builder::setCondition)
            .use(Arbitraries.of(Vocabulary.APPLICANT_CATEGORIES))
            .withProbability(0.3)
            .in(ImmutableFeeItem.Builder::setApplicantCategory)
            .use(Arbitraries.of(Vocabulary.TARIFF_REGULATIONS))
            .in(ImmutableFeeItem.Builder::setLegalBasis)
            .build(ImmutableFeeItem.Builder::build);
    Arbitrary<Fee> free =
        Arbitraries.of(Vocabulary.DESCRIPTIONS)
            .optional(0.5)
            .map(d -> Fee.builder().setFree(true).setDescription(d).build());
    Arbitrary<Fee> paid =
        Combinators.combine(
                priced.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(Vocabulary.PAYMENT_CHANNELS).list().ofMinSize(1).ofMaxSize(2))
            .as(
                (items, channels) ->
                    Fee.builder().setItems(items).setPaymentChannels(channels).build());
    return Arbitraries.frequencyOf(Tuple.of(3, free), Tuple.of(1, paid));
  }

  /** Distinct real regulations (by type, number and year), some with the article cited. */
  private static Arbitrary<List<LegalReference>> completeLegalBasis() {
    return Combinators.combine(
            Arbitraries.of(Vocabulary.REGULATIONS),
            Arbitraries.of(Vocabulary.ARTICLES).optional(0.3))
        .as(
            (reference, article) ->
                (LegalReference) ImmutableLegalReference.copyOf(reference).withArticle(article))
        .list()
        .uniqueElements(r -> List.of(r.getType(), r.getNumber(), r.getYear()))
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  private static Arbitrary<List<Facility>> completeFacilities() {
    Arbitrary<Facility> accessible =
        Combinators.combine(
                Arbitraries.of(Vocabulary.ACCESSIBLE_FACILITIES),
                Arbitraries.subsetOf(VulnerableGroup.values()).ofMinSize(1),
                Arbitraries.of(FacilityCategory.class))
            .as(
                (name, groups, category) ->
                    Facility.builder()
                        .setName(name)
                        .setVulnerableGroups(groups)
                        .setCategory(category)
                        .build());
    return Combinators.combine(accessible, Drafts.facilities().list().ofMaxSize(3))
        .as(
            (first, rest) -> {
              List<Facility> all = new ArrayList<>();
              all.add(first);
              all.addAll(rest);
              return all;
            });
  }

  private static Arbitrary<List<Competency>> completeCompetencies() {
    return Combinators.combine(
            Drafts.competencies().list().ofMaxSize(2), Arbitraries.integers().between(0, 1))
        .as(
            (extra, variant) -> {
              List<Competency> all = new ArrayList<>();
              for (CompetencyDimension dimension : CompetencyDimension.values()) {
                String text = Vocabulary.COMPETENCIES.get(dimension.ordinal()).get(variant);
                all.add(Competency.builder().setDimension(dimension).setDescription(text).build());
              }
              all.addAll(extra);
              return all;
            });
  }

  /**
   * Returns channels of a known kind with a plausible address of their own: a phone number
   * sometimes serving SMS and WhatsApp too, a social-media account sometimes naming its platform,
   * SP4N-LAPOR! with the ways it is reached, now and then hours of their own.
   */
  private static Arbitrary<Channel> completeChannels() {
    Set<ChannelKind> usable = EnumSet.complementOf(EnumSet.of(ChannelKind.OTHER));
    return Arbitraries.of(usable)
        .flatMap(
            kind ->
                SmallValues.platforms(kind)
                    .flatMap(
                        platform ->
                            Builders.withBuilder(
                                    () ->
                                        ImmutableChannel.builder()
                                            .setKind(kind)
                                            .setPlatform(platform))
                                .use(SmallValues.address(kind, platform))
                                .in(ImmutableChannel.Builder::setAddress)
                                .use(SmallValues.additionalKinds(kind))
                                .in(ImmutableChannel.Builder::setAdditionalKinds)
                                .use(
                                    kind == ChannelKind.SP4N_LAPOR
                                        ? Drafts.laporAccess(false)
                                        : Arbitraries.just(List.<ChannelAccess>of()))
                                .in(ImmutableChannel.Builder::setAccess)
                                .use(SmallValues.officeHours())
                                .withProbability(0.1)
                                .in(ImmutableChannel.Builder::setServiceHours)
                                .build(ImmutableChannel.Builder::build)));
  }

  private static Arbitrary<ComplaintHandling> completeComplaintHandling() {
    return Combinators.combine(
            completeChannels().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.oneOf(
                Arbitraries.integers().between(1, 14).map(TimeSpan::ofWorkingDays),
                Arbitraries.integers().between(1, 24).map(TimeSpan::ofHours)),
            SmallValues.text(Vocabulary.COMPLAINT_PROCEDURES),
            Arbitraries.of(Vocabulary.UNITS),
            Arbitraries.of(Vocabulary.OFFICERS).optional(0.5))
        .as(
            (channels, response, procedure, unit, officer) ->
                ComplaintHandling.builder()
                    .setChannels(channels)
                    .setResponseTime(response)
                    .setProcedure(procedure)
                    .setResponsibleUnit(unit)
                    .setResponsibleOfficer(officer)
                    .build());
  }

  private static Arbitrary<PerformanceEvaluation> completeEvaluation() {
    return Combinators.combine(
            Arbitraries.subsetOf(EvaluationMethod.values()).ofMinSize(1),
            Arbitraries.of(EvaluationFrequency.class),
            SmallValues.text(Vocabulary.DESCRIPTIONS).optional(0.5))
        .as(
            (methods, frequency, description) ->
                PerformanceEvaluation.builder()
                    .setMethods(methods)
                    .setFrequency(frequency)
                    .setDescription(description)
                    .build());
  }

  /**
   * Returns complete standards: every component filled, meaningful and consistent, so that each
   * passes the rule engine's default profile and Bean Validation. They carry the parts of wire
   * format 1.1 that no rule judges (service hours, publications, articles and issuers of the legal
   * basis, alternative documents, the SOP's equipment and notes, branches, channel access, fee
   * conditions, a range, a start condition, an extension), but never an unqualified "hari", a "no
   * requirements" statement or an empty row. Every part is generated independently and made
   * consistent by a plain function, so shrinking stays fast and every shrunk value is still
   * complete.
   *
   * @param asOf the reference date for dated parts (publications)
   * @return the standards
   */
  public static Arbitrary<ServiceStandard> standards(LocalDate asOf) {
    return Builders.withBuilder(ImmutableServiceStandard::builder)
        .use(coreDrafts())
        .in(CompleteStandards::core)
        .use(SmallValues.ids())
        .in(ImmutableServiceStandard.Builder::setId)
        .use(SmallValues.text(Vocabulary.SERVICES))
        .in(ImmutableServiceStandard.Builder::setName)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setDescription)
        .use(Arbitraries.of(Vocabulary.UNITS))
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setUnit)
        .use(SmallValues.officeHours())
        .withProbability(0.4)
        .in(ImmutableServiceStandard.Builder::setServiceHours)
        .use(SmallValues.publications(asOf).list().ofMaxSize(2))
        .in(ImmutableServiceStandard.Builder::setPublications)
        .use(Arbitraries.subsetOf(DeliveryChannel.values()).ofMinSize(1))
        .in(ImmutableServiceStandard.Builder::setDeliveryChannels)
        .use(completeLegalBasis())
        .in(ImmutableServiceStandard.Builder::setLegalBasis)
        .use(completeRequirements())
        .in(ImmutableServiceStandard.Builder::setRequirements)
        .use(completeFees())
        .in(ImmutableServiceStandard.Builder::setFee)
        .use(completeFacilities())
        .in(ImmutableServiceStandard.Builder::setFacilities)
        .use(completeCompetencies())
        .in(ImmutableServiceStandard.Builder::setCompetencies)
        .use(
            Combinators.combine(
                    SmallValues.text(Vocabulary.DESCRIPTIONS),
                    Arbitraries.of(Vocabulary.SUPERVISORS)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(2)
                        .uniqueElements())
                .as(
                    (d, s) ->
                        InternalSupervision.builder().setDescription(d).setSupervisors(s).build()))
        .in(ImmutableServiceStandard.Builder::setInternalSupervision)
        .use(completeComplaintHandling())
        .in(ImmutableServiceStandard.Builder::setComplaintHandling)
        .use(Drafts.serviceGuarantees())
        .in(ImmutableServiceStandard.Builder::setServiceGuarantee)
        .use(Drafts.securityAndSafetyGuarantees())
        .in(ImmutableServiceStandard.Builder::setSecurityAndSafety)
        .use(completeEvaluation())
        .in(ImmutableServiceStandard.Builder::setPerformanceEvaluation)
        .use(Drafts.extensions())
        .in(ImmutableServiceStandard.Builder::setExtensions)
        .build(ImmutableServiceStandard.Builder::build);
  }
}
