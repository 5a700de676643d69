package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.Competency;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DocumentForm;
import id.standarpelayanan.model.EvaluationFrequency;
import id.standarpelayanan.model.EvaluationMethod;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.FacilityCategory;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.FeePricing;
import id.standarpelayanan.model.ImmutableChannel;
import id.standarpelayanan.model.ImmutableCompetency;
import id.standarpelayanan.model.ImmutableComplaintHandling;
import id.standarpelayanan.model.ImmutableCompletionTime;
import id.standarpelayanan.model.ImmutableFacility;
import id.standarpelayanan.model.ImmutableFee;
import id.standarpelayanan.model.ImmutableFeeItem;
import id.standarpelayanan.model.ImmutableInternalSupervision;
import id.standarpelayanan.model.ImmutableLegalReference;
import id.standarpelayanan.model.ImmutablePerformanceEvaluation;
import id.standarpelayanan.model.ImmutableProcedure;
import id.standarpelayanan.model.ImmutableProcedureStep;
import id.standarpelayanan.model.ImmutableProduct;
import id.standarpelayanan.model.ImmutableRequirement;
import id.standarpelayanan.model.ImmutableSecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStaffRole;
import id.standarpelayanan.model.ImmutableStaffing;
import id.standarpelayanan.model.ImmutableStepBranch;
import id.standarpelayanan.model.ImmutableSurveyElement;
import id.standarpelayanan.model.ImmutableTimeExtension;
import id.standarpelayanan.model.InternalSupervision;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.QualificationKind;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.SecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ServiceGuarantee;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SocialPlatform;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.model.SurveyElement;
import id.standarpelayanan.model.SurveyGrade;
import id.standarpelayanan.model.TimeExtension;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.VulnerableGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The draft generators: every component and a whole standard with every field filled independently,
 * each optional part present or absent, every enum constant; structurally valid (Bean Validation)
 * but not necessarily complete. For codecs, storage and forms.
 */
public final class Drafts {

  private Drafts() {}

  /**
   * Returns legal references of every type, optional parts present or absent.
   *
   * @return the references
   */
  public static Arbitrary<LegalReference> legalReferences() {
    List<LegalReference> real = new ArrayList<>(Vocabulary.REGULATIONS);
    real.addAll(Vocabulary.OTHER_INSTRUMENTS);
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(real), Arbitraries.of(Vocabulary.ARTICLES).optional(0.3))
            .as(
                (reference, article) ->
                    ImmutableLegalReference.copyOf(reference).withArticle(article)),
        Builders.withBuilder(ImmutableLegalReference::builder)
            .use(Arbitraries.of(RegulationType.class))
            .in(ImmutableLegalReference.Builder::setType)
            .use(Arbitraries.of(Vocabulary.ISSUERS))
            .withProbability(0.4)
            .in(ImmutableLegalReference.Builder::setIssuer)
            .use(Arbitraries.of(Vocabulary.REGIONS))
            .withProbability(0.3)
            .in(ImmutableLegalReference.Builder::setRegion)
            .use(Arbitraries.integers().between(500, 999).map(String::valueOf))
            .withProbability(0.8)
            .in(ImmutableLegalReference.Builder::setNumber)
            .use(Arbitraries.integers().between(1945, 2024))
            .withProbability(0.8)
            .in(ImmutableLegalReference.Builder::setYear)
            .use(Arbitraries.of(Vocabulary.ARTICLES))
            .withProbability(0.3)
            .in(ImmutableLegalReference.Builder::setArticle)
            .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
            .withProbability(0.7)
            .in(ImmutableLegalReference.Builder::setTitle)
            .build(ImmutableLegalReference.Builder::build));
  }

  /**
   * Returns requirements, optional parts present or absent.
   *
   * @return the requirements
   */
  public static Arbitrary<Requirement> requirements() {
    return Builders.withBuilder(ImmutableRequirement::builder)
        .use(SmallValues.ids())
        .withProbability(0.5)
        .in(ImmutableRequirement.Builder::setId)
        .use(SmallValues.text(Vocabulary.REQUIREMENTS))
        .in(ImmutableRequirement.Builder::setDescription)
        .use(Arbitraries.of(Vocabulary.ALTERNATIVES).list().ofMaxSize(2).uniqueElements())
        .in(ImmutableRequirement.Builder::setAlternatives)
        .use(Arbitraries.of(Vocabulary.APPLICANT_CATEGORIES))
        .withProbability(0.3)
        .in(ImmutableRequirement.Builder::setApplicantCategory)
        .use(Arbitraries.of(RequirementKind.class))
        .withProbability(0.7)
        .in(ImmutableRequirement.Builder::setKind)
        .use(Arbitraries.of(DocumentForm.class))
        .withProbability(0.7)
        .in(ImmutableRequirement.Builder::setForm)
        .use(Arbitraries.integers().between(1, 10))
        .withProbability(0.5)
        .in(ImmutableRequirement.Builder::setCopies)
        .use(Arbitraries.of(true, false))
        .in(ImmutableRequirement.Builder::setMandatory)
        .use(SmallValues.text(Vocabulary.CONDITIONS))
        .withProbability(0.4)
        .in(ImmutableRequirement.Builder::setCondition)
        .build(ImmutableRequirement.Builder::build);
  }

  /**
   * Returns branches of decision steps, leading to a step numbered 1 to 20 or out of the procedure,
   * parts present or absent.
   *
   * @return the branches
   */
  public static Arbitrary<StepBranch> stepBranches() {
    return Builders.withBuilder(ImmutableStepBranch::builder)
        .use(SmallValues.text(Vocabulary.BRANCH_CONDITIONS))
        .in(ImmutableStepBranch.Builder::setCondition)
        .use(Arbitraries.integers().between(1, 20))
        .withProbability(0.6)
        .in(ImmutableStepBranch.Builder::setNextStep)
        .use(SmallValues.text(Vocabulary.BRANCH_OUTCOMES))
        .withProbability(0.5)
        .in(ImmutableStepBranch.Builder::setOutcome)
        .build(ImmutableStepBranch.Builder::build);
  }

  /**
   * Returns procedure steps, optional parts present or absent.
   *
   * @return the steps
   */
  public static Arbitrary<ProcedureStep> procedureSteps() {
    return Builders.withBuilder(ImmutableProcedureStep::builder)
        .use(SmallValues.ids())
        .withProbability(0.5)
        .in(ImmutableProcedureStep.Builder::setId)
        .use(Arbitraries.integers().between(1, 20))
        .in(ImmutableProcedureStep.Builder::setNumber)
        .use(Arbitraries.of(Vocabulary.ROLES))
        .withProbability(0.8)
        .in(ImmutableProcedureStep.Builder::setActor)
        .use(SmallValues.text(Vocabulary.STEP_ACTIONS))
        .in(ImmutableProcedureStep.Builder::setDescription)
        .use(SmallValues.text(Vocabulary.STEP_CONDITIONS))
        .withProbability(0.3)
        .in(ImmutableProcedureStep.Builder::setCondition)
        .use(SmallValues.text(Vocabulary.STEP_EQUIPMENT))
        .withProbability(0.4)
        .in(ImmutableProcedureStep.Builder::setEquipment)
        .use(SmallValues.timeSpans())
        .withProbability(0.8)
        .in(ImmutableProcedureStep.Builder::setDuration)
        .use(SmallValues.text(Vocabulary.STEP_OUTPUTS))
        .withProbability(0.6)
        .in(ImmutableProcedureStep.Builder::setOutput)
        .use(stepBranches().list().ofMaxSize(2))
        .in(ImmutableProcedureStep.Builder::setBranches)
        .use(SmallValues.text(Vocabulary.STEP_NOTES))
        .withProbability(0.4)
        .in(ImmutableProcedureStep.Builder::setNotes)
        .build(ImmutableProcedureStep.Builder::build);
  }

  /**
   * Returns procedures with zero to six steps.
   *
   * @return the procedures
   */
  public static Arbitrary<Procedure> procedures() {
    return Builders.withBuilder(ImmutableProcedure::builder)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.6)
        .in(ImmutableProcedure.Builder::setDescription)
        .use(procedureSteps().list().ofMaxSize(6))
        .in(ImmutableProcedure.Builder::setSteps)
        .build(ImmutableProcedure.Builder::build);
  }

  /**
   * Returns extensions of the completion time (perpanjangan), mostly the 7 working days of UU
   * 14/2008, parts present or absent.
   *
   * @return the extensions
   */
  public static Arbitrary<TimeExtension> timeExtensions() {
    return Builders.withBuilder(ImmutableTimeExtension::builder)
        .use(
            Arbitraries.oneOf(Arbitraries.just(TimeSpan.ofWorkingDays(7)), SmallValues.timeSpans()))
        .in(ImmutableTimeExtension.Builder::setDuration)
        .use(SmallValues.text(Vocabulary.EXTENSION_CONDITIONS))
        .withProbability(0.6)
        .in(ImmutableTimeExtension.Builder::setCondition)
        .use(legalReferences())
        .withProbability(0.5)
        .in(ImmutableTimeExtension.Builder::setLegalBasis)
        .build(ImmutableTimeExtension.Builder::build);
  }

  /**
   * Returns completion times in every shape real documents use (a maximum, a range, a compound
   * value, a time per unit, a start condition, an extension), each part present or absent.
   *
   * @return the completion times
   */
  public static Arbitrary<CompletionTime> completionTimes() {
    return Builders.withBuilder(ImmutableCompletionTime::builder)
        .use(SmallValues.timeSpans())
        .withProbability(0.8)
        .in(ImmutableCompletionTime.Builder::setMaximum)
        .use(SmallValues.timeSpans())
        .withProbability(0.4)
        .in(ImmutableCompletionTime.Builder::setMinimum)
        .use(SmallValues.timeSpans().list().ofMaxSize(2))
        .in(ImmutableCompletionTime.Builder::setMaximumPlus)
        .use(Arbitraries.of(Vocabulary.PER_UNITS))
        .withProbability(0.3)
        .in(ImmutableCompletionTime.Builder::setPerUnit)
        .use(SmallValues.text(Vocabulary.START_CONDITIONS))
        .withProbability(0.4)
        .in(ImmutableCompletionTime.Builder::setStartCondition)
        .use(timeExtensions())
        .withProbability(0.3)
        .in(ImmutableCompletionTime.Builder::setExtension)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.5)
        .in(ImmutableCompletionTime.Builder::setDescription)
        .build(ImmutableCompletionTime.Builder::build);
  }

  /**
   * How a fee item's amount is given: stated (with or without saying so), set elsewhere, or not
   * said.
   */
  private record Price(Optional<Rupiah> amount, Optional<FeePricing> pricing) {}

  private static Arbitrary<Price> prices() {
    return Arbitraries.oneOf(
        SmallValues.rupiahs().map(amount -> new Price(Optional.of(amount), Optional.empty())),
        SmallValues.rupiahs()
            .map(amount -> new Price(Optional.of(amount), Optional.of(FeePricing.STATED))),
        Arbitraries.of(FeePricing.SET_BY_REGULATION, FeePricing.AT_COST)
            .map(p -> new Price(Optional.empty(), Optional.of(p))),
        Arbitraries.just(new Price(Optional.empty(), Optional.empty())));
  }

  /**
   * Returns fee items: with an amount (its pricing unsaid or {@link FeePricing#STATED}), set by a
   * regulation or at cost without one, or with neither in a draft; conditional, per applicant
   * category and surcharges among them.
   *
   * @return the items
   */
  public static Arbitrary<FeeItem> feeItems() {
    return Builders.withBuilder(ImmutableFeeItem::builder)
        .use(SmallValues.text(Vocabulary.FEE_ITEMS))
        .in(ImmutableFeeItem.Builder::setName)
        .use(prices())
        .in((builder, price) -> builder.setAmount(price.amount()).setPricing(price.pricing()))
        .use(SmallValues.text(Vocabulary.FEE_CONDITIONS))
        .withProbability(0.3)
        .in(ImmutableFeeItem.Builder::setCondition)
        .use(Arbitraries.of(Vocabulary.APPLICANT_CATEGORIES))
        .withProbability(0.3)
        .in(ImmutableFeeItem.Builder::setApplicantCategory)
        .use(Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true)))
        .in(ImmutableFeeItem.Builder::setSurcharge)
        .use(Arbitraries.of("per lembar", "per permohonan", "per dokumen"))
        .withProbability(0.5)
        .in(ImmutableFeeItem.Builder::setUnit)
        .use(legalReferences())
        .withProbability(0.7)
        .in(ImmutableFeeItem.Builder::setLegalBasis)
        .build(ImmutableFeeItem.Builder::build);
  }

  /**
   * Returns fees, free or priced, parts present or absent.
   *
   * @return the fees
   */
  public static Arbitrary<Fee> fees() {
    return Builders.withBuilder(ImmutableFee::builder)
        .use(Arbitraries.of(true, false))
        .in(ImmutableFee.Builder::setFree)
        .use(feeItems().list().ofMaxSize(3))
        .in(ImmutableFee.Builder::setItems)
        .use(Arbitraries.of(Vocabulary.PAYMENT_CHANNELS).list().ofMaxSize(2))
        .in(ImmutableFee.Builder::setPaymentChannels)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.4)
        .in(ImmutableFee.Builder::setDescription)
        .build(ImmutableFee.Builder::build);
  }

  /**
   * Returns products.
   *
   * @return the products
   */
  public static Arbitrary<Product> products() {
    return Builders.withBuilder(ImmutableProduct::builder)
        .use(Arbitraries.of(Vocabulary.PRODUCTS))
        .in(ImmutableProduct.Builder::setName)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.5)
        .in(ImmutableProduct.Builder::setDescription)
        .build(ImmutableProduct.Builder::build);
  }

  /**
   * Returns channels of every kind with a plausible address, or none.
   *
   * @return the channels
   */
  public static Arbitrary<Channel> channels() {
    return channelKinds()
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
                                .use(SmallValues.additionalKinds(kind))
                                .in(ImmutableChannel.Builder::setAdditionalKinds)
                                .use(SmallValues.address(kind, platform))
                                .withProbability(0.9)
                                .in(ImmutableChannel.Builder::setAddress)
                                .use(
                                    SmallValues.DESK_KINDS.contains(kind)
                                        ? Arbitraries.of(false, true)
                                        : Arbitraries.just(false))
                                .in(ImmutableChannel.Builder::setAtProviderAddress)
                                .use(
                                    kind == ChannelKind.SP4N_LAPOR
                                        ? laporAccess(true)
                                        : Arbitraries.just(List.<ChannelAccess>of()))
                                .in(ImmutableChannel.Builder::setAccess)
                                .use(SmallValues.serviceHours())
                                .withProbability(0.15)
                                .in(ImmutableChannel.Builder::setServiceHours)
                                .use(
                                    Arbitraries.of(
                                        "Senin–Jumat 08.00–16.00 WIB", "Setiap hari kerja"))
                                .withProbability(0.4)
                                .in(ImmutableChannel.Builder::setDescription)
                                .build(ImmutableChannel.Builder::build)));
  }

  /**
   * Returns channel kinds, social media three times as often as each other kind: offices list an
   * account on several platforms.
   */
  private static Arbitrary<ChannelKind> channelKinds() {
    List<Tuple.Tuple2<Integer, ChannelKind>> weighted = new ArrayList<>();
    for (ChannelKind kind : ChannelKind.values()) {
      weighted.add(Tuple.of(kind == ChannelKind.SOCIAL_MEDIA ? 3 : 1, kind));
    }
    return Arbitraries.frequency(weighted);
  }

  /**
   * Returns ways of reaching a channel, of every kind, with a plausible address or none.
   *
   * @return the ways
   */
  public static Arbitrary<ChannelAccess> channelAccesses() {
    return Arbitraries.of(ChannelKind.class)
        .flatMap(
            kind ->
                SmallValues.platforms(kind)
                    .flatMap(
                        platform ->
                            SmallValues.address(kind, platform)
                                .optional(0.9)
                                .map(
                                    address ->
                                        (ChannelAccess)
                                            ChannelAccess.builder()
                                                .setKind(kind)
                                                .setPlatform(platform)
                                                .setAddress(address)
                                                .build())));
  }

  /**
   * Returns the ways SP4N-LAPOR! is reached, in the order its publicity lists them: the web site,
   * SMS 1708 (only when {@code withShortCode}: the short code is no phone number the rule engine
   * accepts), the app and its X account; any subset of them.
   */
  static Arbitrary<List<ChannelAccess>> laporAccess(boolean withShortCode) {
    List<ChannelAccess> all = new ArrayList<>();
    all.add(
        ChannelAccess.builder()
            .setKind(ChannelKind.WEBSITE)
            .setAddress("https://www.lapor.go.id")
            .build());
    if (withShortCode) {
      all.add(ChannelAccess.builder().setKind(ChannelKind.SMS).setAddress("1708").build());
    }
    all.add(ChannelAccess.builder().setKind(ChannelKind.APP).setAddress("SP4N LAPOR").build());
    all.add(
        ChannelAccess.builder()
            .setKind(ChannelKind.SOCIAL_MEDIA)
            .setPlatform(SocialPlatform.X)
            .setAddress("@lapor1708")
            .build());
    return Arbitraries.subsetOf(all).map(subset -> all.stream().filter(subset::contains).toList());
  }

  /**
   * Returns complaint handling, parts present or absent.
   *
   * @return the complaint handling
   */
  public static Arbitrary<ComplaintHandling> complaintHandlings() {
    return Builders.withBuilder(ImmutableComplaintHandling::builder)
        .use(channels().list().ofMaxSize(4))
        .in(ImmutableComplaintHandling.Builder::setChannels)
        .use(SmallValues.timeSpans())
        .withProbability(0.7)
        .in(ImmutableComplaintHandling.Builder::setResponseTime)
        .use(SmallValues.text(Vocabulary.COMPLAINT_PROCEDURES))
        .withProbability(0.6)
        .in(ImmutableComplaintHandling.Builder::setProcedure)
        .use(Arbitraries.of(Vocabulary.UNITS))
        .withProbability(0.5)
        .in(ImmutableComplaintHandling.Builder::setResponsibleUnit)
        .use(Arbitraries.of(Vocabulary.OFFICERS))
        .withProbability(0.4)
        .in(ImmutableComplaintHandling.Builder::setResponsibleOfficer)
        .build(ImmutableComplaintHandling.Builder::build);
  }

  /**
   * Returns facilities, serving any subset of the vulnerable groups.
   *
   * @return the facilities
   */
  public static Arbitrary<Facility> facilities() {
    return Builders.withBuilder(ImmutableFacility::builder)
        .use(
            Arbitraries.oneOf(
                Arbitraries.of(Vocabulary.GENERAL_FACILITIES),
                Arbitraries.of(Vocabulary.ACCESSIBLE_FACILITIES)))
        .in(ImmutableFacility.Builder::setName)
        .use(Arbitraries.of(FacilityCategory.class))
        .withProbability(0.8)
        .in(ImmutableFacility.Builder::setCategory)
        .use(Arbitraries.subsetOf(VulnerableGroup.values()))
        .in(ImmutableFacility.Builder::setVulnerableGroups)
        .use(Arbitraries.integers().between(1, 20))
        .withProbability(0.4)
        .in(ImmutableFacility.Builder::setQuantity)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.3)
        .in(ImmutableFacility.Builder::setDescription)
        .build(ImmutableFacility.Builder::build);
  }

  /**
   * Returns competences as documents write them: in one of the four dimensions, as a qualification
   * of every kind, or as a qualification placed in the dimension it fits (education as knowledge,
   * certification as expertise, training as skill).
   *
   * @return the competences
   */
  public static Arbitrary<Competency> competencies() {
    Arbitrary<Competency> byDimension =
        Arbitraries.of(CompetencyDimension.class)
            .flatMap(
                dimension ->
                    Arbitraries.of(Vocabulary.COMPETENCIES.get(dimension.ordinal()))
                        .map(
                            text ->
                                Competency.builder()
                                    .setDimension(dimension)
                                    .setDescription(text)
                                    .build()));
    Arbitrary<Competency> byQualification =
        Arbitraries.of(QualificationKind.class)
            .flatMap(
                kind ->
                    Arbitraries.of(Vocabulary.QUALIFICATIONS.get(kind.ordinal()))
                        .map(
                            text ->
                                Competency.builder()
                                    .setQualification(kind)
                                    .setDescription(text)
                                    .build()));
    Arbitrary<Competency> both =
        byQualification.map(
            c -> {
              Optional<CompetencyDimension> fits =
                  switch (c.getQualification().orElseThrow()) {
                    case EDUCATION -> Optional.of(CompetencyDimension.KNOWLEDGE);
                    case CERTIFICATION -> Optional.of(CompetencyDimension.EXPERTISE);
                    case TRAINING -> Optional.of(CompetencyDimension.SKILL);
                    case OTHER -> Optional.empty();
                  };
              return ImmutableCompetency.copyOf(c).withDimension(fits);
            });
    return Arbitraries.oneOf(byDimension, byQualification, both);
  }

  /**
   * Returns internal supervision, parts present or absent.
   *
   * @return the supervision
   */
  public static Arbitrary<InternalSupervision> internalSupervisions() {
    return Builders.withBuilder(ImmutableInternalSupervision::builder)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.7)
        .in(ImmutableInternalSupervision.Builder::setDescription)
        .use(Arbitraries.of(Vocabulary.SUPERVISORS).list().ofMaxSize(3).uniqueElements())
        .in(ImmutableInternalSupervision.Builder::setSupervisors)
        .build(ImmutableInternalSupervision.Builder::build);
  }

  /**
   * Returns staff roles.
   *
   * @return the roles
   */
  public static Arbitrary<StaffRole> staffRoles() {
    return Builders.withBuilder(ImmutableStaffRole::builder)
        .use(Arbitraries.of(Vocabulary.ROLES))
        .in(ImmutableStaffRole.Builder::setName)
        .use(Arbitraries.integers().between(1, 5))
        .withProbability(0.8)
        .in(ImmutableStaffRole.Builder::setCount)
        .build(ImmutableStaffRole.Builder::build);
  }

  /**
   * Returns staffing, parts present or absent.
   *
   * @return the staffing
   */
  public static Arbitrary<Staffing> staffings() {
    return Builders.withBuilder(ImmutableStaffing::builder)
        .use(Arbitraries.integers().between(1, 30))
        .withProbability(0.7)
        .in(ImmutableStaffing.Builder::setImplementerCount)
        .use(staffRoles().list().ofMaxSize(4).uniqueElements(StaffRole::getName))
        .in(ImmutableStaffing.Builder::setRoles)
        .use(Arbitraries.integers().between(0, 200))
        .withProbability(0.6)
        .in(ImmutableStaffing.Builder::setExpectedDailyDemand)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.3)
        .in(ImmutableStaffing.Builder::setDescription)
        .build(ImmutableStaffing.Builder::build);
  }

  /**
   * Returns service guarantees.
   *
   * @return the guarantees
   */
  public static Arbitrary<ServiceGuarantee> serviceGuarantees() {
    return SmallValues.text(Vocabulary.GUARANTEES)
        .map(s -> ServiceGuarantee.builder().setStatement(s).build());
  }

  /**
   * Returns security and safety guarantees.
   *
   * @return the guarantees
   */
  public static Arbitrary<SecurityAndSafetyGuarantee> securityAndSafetyGuarantees() {
    return Builders.withBuilder(ImmutableSecurityAndSafetyGuarantee::builder)
        .use(SmallValues.text(Vocabulary.SAFETY_STATEMENTS))
        .in(ImmutableSecurityAndSafetyGuarantee.Builder::setStatement)
        .use(Arbitraries.of(Vocabulary.SAFETY_MEASURES).list().ofMaxSize(4).uniqueElements())
        .in(ImmutableSecurityAndSafetyGuarantee.Builder::setMeasures)
        .build(ImmutableSecurityAndSafetyGuarantee.Builder::build);
  }

  /**
   * Returns performance evaluations, parts present or absent.
   *
   * @param asOf the reference date: surveys end on it or in the two years before
   * @return the evaluations
   */
  public static Arbitrary<PerformanceEvaluation> performanceEvaluations(LocalDate asOf) {
    return Builders.withBuilder(ImmutablePerformanceEvaluation::builder)
        .use(Arbitraries.subsetOf(EvaluationMethod.values()))
        .in(ImmutablePerformanceEvaluation.Builder::setMethods)
        .use(Arbitraries.of(EvaluationFrequency.class))
        .withProbability(0.8)
        .in(ImmutablePerformanceEvaluation.Builder::setFrequency)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.5)
        .in(ImmutablePerformanceEvaluation.Builder::setDescription)
        .use(satisfactionSurveys(asOf).list().ofMaxSize(3))
        .withProbability(0.4)
        .in(ImmutablePerformanceEvaluation.Builder::setSatisfactionSurveys)
        .build(ImmutablePerformanceEvaluation.Builder::build);
  }

  /** The element codes of PermenPANRB 14/2017. */
  private static final List<String> SURVEY_CODES =
      List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");

  /**
   * Returns recorded community satisfaction surveys: a period of up to a year ending on {@code
   * asOf} or in the two years before, 1 to 1,000 respondents, a converted value from 25.00 to
   * 100.00 in hundredths with the grade of the guideline's table, and sometimes the weakest
   * elements and per-element figures (weights of 0.11, 0.111 or 0.2, or absent; means in
   * thousandths from 1 to 4), so weights that do not sum to 1 occur.
   *
   * @param asOf the reference date
   * @return the surveys
   */
  public static Arbitrary<SatisfactionSurvey> satisfactionSurveys(LocalDate asOf) {
    Arbitrary<LocalDate> ends = SmallValues.daysBefore(asOf, 0, 730);
    return Combinators.combine(
            ends,
            Arbitraries.integers().between(0, 365),
            Arbitraries.integers().between(1, 1000),
            Arbitraries.integers().between(2500, 10000).map(n -> BigDecimal.valueOf(n, 2)),
            Arbitraries.of(SURVEY_CODES).list().ofMaxSize(3).uniqueElements(),
            surveyElements().list().ofMaxSize(9).uniqueElements(SurveyElement::getCode))
        .as(
            (end, days, respondents, value, weakest, elements) ->
                SatisfactionSurvey.builder()
                    .setPeriodStart(end.minusDays(days))
                    .setPeriodEnd(end)
                    .setRespondents(respondents)
                    .setConvertedValue(value)
                    .setGrade(gradeOf(value))
                    .setWeakestElements(weakest)
                    .setElements(elements)
                    .build());
  }

  /**
   * Returns survey elements: a code of the guideline, a weight or none, a mean or none.
   *
   * @return the elements
   */
  public static Arbitrary<SurveyElement> surveyElements() {
    return Builders.withBuilder(ImmutableSurveyElement::builder)
        .use(Arbitraries.of(SURVEY_CODES))
        .in(ImmutableSurveyElement.Builder::setCode)
        .use(Arbitraries.of(new BigDecimal("0.11"), new BigDecimal("0.111"), new BigDecimal("0.2")))
        .withProbability(0.5)
        .in(ImmutableSurveyElement.Builder::setWeight)
        .use(Arbitraries.integers().between(1000, 4000).map(n -> BigDecimal.valueOf(n, 3)))
        .withProbability(0.7)
        .in(ImmutableSurveyElement.Builder::setMean)
        .build(ImmutableSurveyElement.Builder::build);
  }

  /** The guideline's grade of a converted value. */
  static SurveyGrade gradeOf(BigDecimal value) {
    if (value.compareTo(new BigDecimal("88.31")) >= 0) {
      return SurveyGrade.A;
    }
    if (value.compareTo(new BigDecimal("76.61")) >= 0) {
      return SurveyGrade.B;
    }
    return value.compareTo(new BigDecimal("65")) >= 0 ? SurveyGrade.C : SurveyGrade.D;
  }

  /**
   * Returns extension maps with keys of the model's id format.
   *
   * @return the maps, often empty
   */
  public static Arbitrary<Map<String, String>> extensions() {
    return Arbitraries.maps(
            Arbitraries.of("sippn.kode", "simpeg-id", "x_internal", "kode.layanan"),
            SmallValues.text(Vocabulary.DESCRIPTIONS))
        .ofMaxSize(3);
  }

  /**
   * Returns standards whose every component and optional part is present or absent independently:
   * structurally valid, not necessarily complete. The id and the name are sometimes absent; a
   * standard that states "no requirements" lists none, and its empty rows are components it does
   * not fill.
   *
   * @param asOf the reference date for dated parts (decree, pledge, publications)
   * @return the drafts
   */
  public static Arbitrary<ServiceStandard> standards(LocalDate asOf) {
    return Builders.withBuilder(ImmutableServiceStandard::builder)
        .use(SmallValues.ids())
        .withProbability(0.8)
        .in(ImmutableServiceStandard.Builder::setId)
        .use(SmallValues.text(Vocabulary.SERVICES))
        .withProbability(0.8)
        .in(ImmutableServiceStandard.Builder::setName)
        .use(SmallValues.text(Vocabulary.DESCRIPTIONS))
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setDescription)
        .use(Arbitraries.of(Vocabulary.UNITS))
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setUnit)
        .use(SmallValues.serviceHours())
        .withProbability(0.4)
        .in(ImmutableServiceStandard.Builder::setServiceHours)
        .use(Catalogues.decrees(asOf))
        .withProbability(0.3)
        .in(ImmutableServiceStandard.Builder::setDecree)
        .use(Catalogues.servicePledges(asOf))
        .withProbability(0.3)
        .in(ImmutableServiceStandard.Builder::setPledge)
        .use(SmallValues.publications(asOf).list().ofMaxSize(3))
        .in(ImmutableServiceStandard.Builder::setPublications)
        .use(Arbitraries.subsetOf(DeliveryChannel.values()))
        .in(ImmutableServiceStandard.Builder::setDeliveryChannels)
        .use(legalReferences().list().ofMaxSize(4))
        .in(ImmutableServiceStandard.Builder::setLegalBasis)
        .use(requirements().list().ofMaxSize(4))
        .in(ImmutableServiceStandard.Builder::setRequirements)
        .use(Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)))
        .in(ImmutableServiceStandard.Builder::setNoRequirements)
        .use(procedures())
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setProcedure)
        .use(completionTimes())
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setCompletionTime)
        .use(fees())
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setFee)
        .use(products().list().ofMaxSize(2))
        .in(ImmutableServiceStandard.Builder::setProducts)
        .use(facilities().list().ofMaxSize(3))
        .in(ImmutableServiceStandard.Builder::setFacilities)
        .use(competencies().list().ofMaxSize(4))
        .in(ImmutableServiceStandard.Builder::setCompetencies)
        .use(internalSupervisions())
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setInternalSupervision)
        .use(complaintHandlings())
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setComplaintHandling)
        .use(staffings())
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setStaffing)
        .use(serviceGuarantees())
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setServiceGuarantee)
        .use(securityAndSafetyGuarantees())
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setSecurityAndSafety)
        .use(performanceEvaluations(asOf))
        .withProbability(0.5)
        .in(ImmutableServiceStandard.Builder::setPerformanceEvaluation)
        .use(Arbitraries.subsetOf(Component.values()).ofMaxSize(4))
        .in(ImmutableServiceStandard.Builder::setEmptyComponents)
        .use(extensions())
        .in(ImmutableServiceStandard.Builder::setExtensions)
        .build(builder -> consistentDraft(builder.build()));
  }

  /**
   * Makes a draft say one thing per component: "no requirements" lists none, and an empty row is a
   * component the draft does not fill.
   */
  private static ServiceStandard consistentDraft(ImmutableServiceStandard draft) {
    ImmutableServiceStandard s =
        draft.isNoRequirements() ? draft.withRequirements(List.of()) : draft;
    return s.withEmptyComponents(s.getEmptyComponents().stream().filter(c -> !s.fills(c)).toList());
  }
}
