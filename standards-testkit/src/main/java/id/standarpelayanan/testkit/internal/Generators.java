package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.Competency;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.ConsultationForm;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DocumentForm;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.EvaluationFrequency;
import id.standarpelayanan.model.EvaluationMethod;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.FacilityCategory;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.ImmutableChannel;
import id.standarpelayanan.model.ImmutableCompletionTime;
import id.standarpelayanan.model.ImmutableComplaintHandling;
import id.standarpelayanan.model.ImmutableDecree;
import id.standarpelayanan.model.ImmutableFacility;
import id.standarpelayanan.model.ImmutableFee;
import id.standarpelayanan.model.ImmutableFeeItem;
import id.standarpelayanan.model.ImmutableInternalSupervision;
import id.standarpelayanan.model.ImmutableLegalReference;
import id.standarpelayanan.model.ImmutablePerformanceEvaluation;
import id.standarpelayanan.model.ImmutableProcedure;
import id.standarpelayanan.model.ImmutableProcedureStep;
import id.standarpelayanan.model.ImmutableProduct;
import id.standarpelayanan.model.ImmutablePublicConsultation;
import id.standarpelayanan.model.ImmutableRequirement;
import id.standarpelayanan.model.ImmutableSecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ImmutableServicePledge;
import id.standarpelayanan.model.ImmutableServiceProvider;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStaffRole;
import id.standarpelayanan.model.ImmutableStaffing;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.InternalSupervision;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.SecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ServiceGuarantee;
import id.standarpelayanan.model.ServicePledge;
import id.standarpelayanan.model.ServiceProvider;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.VulnerableGroup;
import id.standarpelayanan.model.WorkingTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * The generators behind {@code StandardsArbitraries}. Not API.
 *
 * <p>Two families: <em>complete</em> generators build standards and catalogues that satisfy every
 * rule of the default profile (consistent steps, times, staffing, products…); <em>draft</em>
 * generators fill every field independently, each optional part present or absent, for codecs
 * and storage, and stay structurally valid (Bean Validation) but not necessarily complete.
 */
public final class Generators {

  /** The working-day length complete standards are consistent with (the default calendar). */
  private static final int MINUTES_PER_DAY = WorkingTime.standard().getMinutesPerDay();

  private Generators() {}

  // ------------------------------------------------------------------ text

  /**
   * Returns text from a pool, sometimes followed by a Unicode phrase.
   *
   * @param pool the phrases
   * @return the text
   */
  public static Arbitrary<String> text(List<String> pool) {
    return Combinators.combine(Arbitraries.of(pool), Arbitraries.of(Vocabulary.UNICODE).optional(0.15))
        .as((phrase, unicode) -> unicode.map(u -> phrase + " — " + u).orElse(phrase));
  }

  /**
   * Returns identifiers of the model's format, short and readable.
   *
   * @return the ids
   */
  public static Arbitrary<String> ids() {
    return Combinators.combine(
            Arbitraries.of("layanan", "izin", "rekomendasi", "legalisasi", "informasi"),
            Arbitraries.integers().between(1, 999))
        .as((word, n) -> word + "-" + n);
  }

  // ------------------------------------------------------------------ small values

  /**
   * Returns time spans of every unit, from zero upwards.
   *
   * @return the spans
   */
  public static Arbitrary<TimeSpan> timeSpans() {
    return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.of(DurationUnit.class))
        .as(TimeSpan::of);
  }

  /**
   * Returns amounts in whole rupiah, including zero and the large end.
   *
   * @return the amounts
   */
  public static Arbitrary<Rupiah> rupiahs() {
    return Arbitraries.longs().between(0, 1_000_000_000_000L).map(Rupiah::of);
  }

  /**
   * Returns working-time calendars.
   *
   * @return the calendars
   */
  public static Arbitrary<WorkingTime> workingTimes() {
    return Combinators.combine(Arbitraries.integers().between(1, 1440), Arbitraries.integers().between(1, 7))
        .as((minutes, days) -> WorkingTime.builder().setMinutesPerDay(minutes).setDaysPerWeek(days).build());
  }

  /**
   * Returns a plausible address for a channel of the given kind.
   *
   * @param kind the kind
   * @return addresses the rule engine accepts for it
   */
  public static Arbitrary<String> address(ChannelKind kind) {
    Arbitrary<Integer> digits = Arbitraries.integers().between(1000, 9999);
    return switch (kind) {
      case EMAIL -> Arbitraries.of("ptsp", "pengaduan", "layanan", "humas").map(u -> u + ".aceh@kemenag.go.id");
      case PHONE -> digits.map(d -> "(0651) 2" + d);
      case WHATSAPP, SMS -> digits.map(d -> "+62 811-68" + (d % 100) + "-" + d);
      case WEBSITE -> Arbitraries.of("https://aceh.kemenag.go.id", "https://ptsp.aceh.kemenag.go.id/pengaduan");
      case SP4N_LAPOR -> Arbitraries.just("https://www.lapor.go.id");
      case SOCIAL_MEDIA -> Arbitraries.of("@kemenagaceh", "https://www.instagram.com/kemenagaceh");
      case SUGGESTION_BOX, IN_PERSON, LETTER, OTHER -> Arbitraries.of(Vocabulary.PLACES);
    };
  }

  // ------------------------------------------------------------------ components, any (drafts)

  /**
   * Returns legal references of every type, optional parts present or absent.
   *
   * @return the references
   */
  public static Arbitrary<LegalReference> legalReferences() {
    return Arbitraries.oneOf(
        Arbitraries.of(Vocabulary.REGULATIONS),
        Builders.withBuilder(ImmutableLegalReference::builder)
            .use(Arbitraries.of(RegulationType.class)).in(ImmutableLegalReference.Builder::setType)
            .use(Arbitraries.integers().between(500, 999).map(String::valueOf)).withProbability(0.8)
                .in(ImmutableLegalReference.Builder::setNumber)
            .use(Arbitraries.integers().between(1945, 2024)).withProbability(0.8).in(ImmutableLegalReference.Builder::setYear)
            .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.7).in(ImmutableLegalReference.Builder::setTitle)
            .build(ImmutableLegalReference.Builder::build));
  }

  /**
   * Returns requirements, optional parts present or absent.
   *
   * @return the requirements
   */
  public static Arbitrary<Requirement> requirements() {
    return Builders.withBuilder(ImmutableRequirement::builder)
        .use(ids()).withProbability(0.5).in(ImmutableRequirement.Builder::setId)
        .use(text(Vocabulary.REQUIREMENTS)).in(ImmutableRequirement.Builder::setDescription)
        .use(Arbitraries.of(RequirementKind.class)).withProbability(0.7).in(ImmutableRequirement.Builder::setKind)
        .use(Arbitraries.of(DocumentForm.class)).withProbability(0.7).in(ImmutableRequirement.Builder::setForm)
        .use(Arbitraries.integers().between(1, 10)).withProbability(0.5).in(ImmutableRequirement.Builder::setCopies)
        .use(Arbitraries.of(true, false)).in(ImmutableRequirement.Builder::setMandatory)
        .use(text(Vocabulary.CONDITIONS)).withProbability(0.4).in(ImmutableRequirement.Builder::setCondition)
        .build(ImmutableRequirement.Builder::build);
  }

  /**
   * Returns procedure steps, optional parts present or absent.
   *
   * @return the steps
   */
  public static Arbitrary<ProcedureStep> procedureSteps() {
    return Builders.withBuilder(ImmutableProcedureStep::builder)
        .use(ids()).withProbability(0.5).in(ImmutableProcedureStep.Builder::setId)
        .use(Arbitraries.integers().between(1, 20)).in(ImmutableProcedureStep.Builder::setNumber)
        .use(Arbitraries.of(Vocabulary.ROLES)).withProbability(0.8).in(ImmutableProcedureStep.Builder::setActor)
        .use(text(Vocabulary.STEP_ACTIONS)).in(ImmutableProcedureStep.Builder::setDescription)
        .use(timeSpans()).withProbability(0.8).in(ImmutableProcedureStep.Builder::setDuration)
        .use(text(Vocabulary.STEP_OUTPUTS)).withProbability(0.6).in(ImmutableProcedureStep.Builder::setOutput)
        .build(ImmutableProcedureStep.Builder::build);
  }

  /**
   * Returns procedures with zero to six steps.
   *
   * @return the procedures
   */
  public static Arbitrary<Procedure> procedures() {
    return Builders.withBuilder(ImmutableProcedure::builder)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.6).in(ImmutableProcedure.Builder::setDescription)
        .use(procedureSteps().list().ofMaxSize(6)).in(ImmutableProcedure.Builder::setSteps)
        .build(ImmutableProcedure.Builder::build);
  }

  /**
   * Returns completion times, the maximum and the note each present or absent.
   *
   * @return the completion times
   */
  public static Arbitrary<CompletionTime> completionTimes() {
    return Builders.withBuilder(ImmutableCompletionTime::builder)
        .use(timeSpans()).withProbability(0.8).in(ImmutableCompletionTime.Builder::setMaximum)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutableCompletionTime.Builder::setDescription)
        .build(ImmutableCompletionTime.Builder::build);
  }

  /**
   * Returns priced fee items.
   *
   * @return the items
   */
  public static Arbitrary<FeeItem> feeItems() {
    return Builders.withBuilder(ImmutableFeeItem::builder)
        .use(text(Vocabulary.SERVICES)).in(ImmutableFeeItem.Builder::setName)
        .use(rupiahs()).in(ImmutableFeeItem.Builder::setAmount)
        .use(Arbitraries.of("per lembar", "per permohonan", "per dokumen")).withProbability(0.5).in(ImmutableFeeItem.Builder::setUnit)
        .use(legalReferences()).withProbability(0.7).in(ImmutableFeeItem.Builder::setLegalBasis)
        .build(ImmutableFeeItem.Builder::build);
  }

  /**
   * Returns fees, free or priced, parts present or absent.
   *
   * @return the fees
   */
  public static Arbitrary<Fee> fees() {
    return Builders.withBuilder(ImmutableFee::builder)
        .use(Arbitraries.of(true, false)).in(ImmutableFee.Builder::setFree)
        .use(feeItems().list().ofMaxSize(3)).in(ImmutableFee.Builder::setItems)
        .use(Arbitraries.of(Vocabulary.PAYMENT_CHANNELS).list().ofMaxSize(2)).in(ImmutableFee.Builder::setPaymentChannels)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.4).in(ImmutableFee.Builder::setDescription)
        .build(ImmutableFee.Builder::build);
  }

  /**
   * Returns products.
   *
   * @return the products
   */
  public static Arbitrary<Product> products() {
    return Builders.withBuilder(ImmutableProduct::builder)
        .use(Arbitraries.of(Vocabulary.PRODUCTS)).in(ImmutableProduct.Builder::setName)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutableProduct.Builder::setDescription)
        .build(ImmutableProduct.Builder::build);
  }

  /**
   * Returns channels of every kind with a plausible address, or none.
   *
   * @return the channels
   */
  public static Arbitrary<Channel> channels() {
    return Arbitraries.of(ChannelKind.class).flatMap(kind ->
        Builders.withBuilder(() -> ImmutableChannel.builder().setKind(kind))
            .use(address(kind)).withProbability(0.9).in(ImmutableChannel.Builder::setAddress)
            .use(Arbitraries.of("Senin–Jumat 08.00–16.00 WIB", "Setiap hari kerja")).withProbability(0.3)
                .in(ImmutableChannel.Builder::setDescription)
            .build(ImmutableChannel.Builder::build));
  }

  /**
   * Returns complaint handling, parts present or absent.
   *
   * @return the complaint handling
   */
  public static Arbitrary<ComplaintHandling> complaintHandlings() {
    return Builders.withBuilder(ImmutableComplaintHandling::builder)
        .use(channels().list().ofMaxSize(4)).in(ImmutableComplaintHandling.Builder::setChannels)
        .use(timeSpans()).withProbability(0.7).in(ImmutableComplaintHandling.Builder::setResponseTime)
        .use(text(Vocabulary.COMPLAINT_PROCEDURES)).withProbability(0.6).in(ImmutableComplaintHandling.Builder::setProcedure)
        .use(Arbitraries.of(Vocabulary.UNITS)).withProbability(0.5).in(ImmutableComplaintHandling.Builder::setResponsibleUnit)
        .build(ImmutableComplaintHandling.Builder::build);
  }

  /**
   * Returns facilities, serving any subset of the vulnerable groups.
   *
   * @return the facilities
   */
  public static Arbitrary<Facility> facilities() {
    return Builders.withBuilder(ImmutableFacility::builder)
        .use(Arbitraries.oneOf(Arbitraries.of(Vocabulary.GENERAL_FACILITIES), Arbitraries.of(Vocabulary.ACCESSIBLE_FACILITIES)))
            .in(ImmutableFacility.Builder::setName)
        .use(Arbitraries.of(FacilityCategory.class)).withProbability(0.8).in(ImmutableFacility.Builder::setCategory)
        .use(Arbitraries.subsetOf(VulnerableGroup.values())).in(ImmutableFacility.Builder::setVulnerableGroups)
        .use(Arbitraries.integers().between(1, 20)).withProbability(0.4).in(ImmutableFacility.Builder::setQuantity)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.3).in(ImmutableFacility.Builder::setDescription)
        .build(ImmutableFacility.Builder::build);
  }

  /**
   * Returns competences of every dimension.
   *
   * @return the competences
   */
  public static Arbitrary<Competency> competencies() {
    return Arbitraries.of(CompetencyDimension.class).flatMap(dimension ->
        Arbitraries.of(Vocabulary.COMPETENCIES.get(dimension.ordinal()))
            .map(text -> Competency.builder().setDimension(dimension).setDescription(text).build()));
  }

  /**
   * Returns internal supervision, parts present or absent.
   *
   * @return the supervision
   */
  public static Arbitrary<InternalSupervision> internalSupervisions() {
    return Builders.withBuilder(ImmutableInternalSupervision::builder)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.7).in(ImmutableInternalSupervision.Builder::setDescription)
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
        .use(Arbitraries.of(Vocabulary.ROLES)).in(ImmutableStaffRole.Builder::setName)
        .use(Arbitraries.integers().between(1, 5)).withProbability(0.8).in(ImmutableStaffRole.Builder::setCount)
        .build(ImmutableStaffRole.Builder::build);
  }

  /**
   * Returns staffing, parts present or absent.
   *
   * @return the staffing
   */
  public static Arbitrary<Staffing> staffings() {
    return Builders.withBuilder(ImmutableStaffing::builder)
        .use(Arbitraries.integers().between(1, 30)).withProbability(0.7).in(ImmutableStaffing.Builder::setImplementerCount)
        .use(staffRoles().list().ofMaxSize(4).uniqueElements(StaffRole::getName)).in(ImmutableStaffing.Builder::setRoles)
        .use(Arbitraries.integers().between(0, 200)).withProbability(0.6).in(ImmutableStaffing.Builder::setExpectedDailyDemand)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.3).in(ImmutableStaffing.Builder::setDescription)
        .build(ImmutableStaffing.Builder::build);
  }

  /**
   * Returns service guarantees.
   *
   * @return the guarantees
   */
  public static Arbitrary<ServiceGuarantee> serviceGuarantees() {
    return text(Vocabulary.GUARANTEES).map(s -> ServiceGuarantee.builder().setStatement(s).build());
  }

  /**
   * Returns security and safety guarantees.
   *
   * @return the guarantees
   */
  public static Arbitrary<SecurityAndSafetyGuarantee> securityAndSafetyGuarantees() {
    return Builders.withBuilder(ImmutableSecurityAndSafetyGuarantee::builder)
        .use(text(Vocabulary.SAFETY_STATEMENTS)).in(ImmutableSecurityAndSafetyGuarantee.Builder::setStatement)
        .use(Arbitraries.of(Vocabulary.SAFETY_MEASURES).list().ofMaxSize(4).uniqueElements())
            .in(ImmutableSecurityAndSafetyGuarantee.Builder::setMeasures)
        .build(ImmutableSecurityAndSafetyGuarantee.Builder::build);
  }

  /**
   * Returns performance evaluations, parts present or absent.
   *
   * @return the evaluations
   */
  public static Arbitrary<PerformanceEvaluation> performanceEvaluations() {
    return Builders.withBuilder(ImmutablePerformanceEvaluation::builder)
        .use(Arbitraries.subsetOf(EvaluationMethod.values())).in(ImmutablePerformanceEvaluation.Builder::setMethods)
        .use(Arbitraries.of(EvaluationFrequency.class)).withProbability(0.8).in(ImmutablePerformanceEvaluation.Builder::setFrequency)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutablePerformanceEvaluation.Builder::setDescription)
        .build(ImmutablePerformanceEvaluation.Builder::build);
  }

  /**
   * Returns extension maps with keys of the model's id format.
   *
   * @return the maps, often empty
   */
  public static Arbitrary<Map<String, String>> extensions() {
    return Arbitraries.maps(
            Arbitraries.of("sippn.kode", "simpeg-id", "x_internal", "kode.layanan"),
            text(Vocabulary.DESCRIPTIONS))
        .ofMaxSize(3);
  }

  /**
   * Returns standards whose every component and optional part is present or absent independently:
   * structurally valid, not necessarily complete.
   *
   * @return the drafts
   */
  public static Arbitrary<ServiceStandard> draftStandards() {
    return Builders.withBuilder(ImmutableServiceStandard::builder)
        .use(ids()).in(ImmutableServiceStandard.Builder::setId)
        .use(text(Vocabulary.SERVICES)).in(ImmutableServiceStandard.Builder::setName)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutableServiceStandard.Builder::setDescription)
        .use(Arbitraries.of(Vocabulary.UNITS)).withProbability(0.5).in(ImmutableServiceStandard.Builder::setUnit)
        .use(Arbitraries.subsetOf(DeliveryChannel.values())).in(ImmutableServiceStandard.Builder::setDeliveryChannels)
        .use(legalReferences().list().ofMaxSize(4)).in(ImmutableServiceStandard.Builder::setLegalBasis)
        .use(requirements().list().ofMaxSize(4)).in(ImmutableServiceStandard.Builder::setRequirements)
        .use(procedures()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setProcedure)
        .use(completionTimes()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setCompletionTime)
        .use(fees()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setFee)
        .use(products().list().ofMaxSize(2)).in(ImmutableServiceStandard.Builder::setProducts)
        .use(facilities().list().ofMaxSize(3)).in(ImmutableServiceStandard.Builder::setFacilities)
        .use(competencies().list().ofMaxSize(4)).in(ImmutableServiceStandard.Builder::setCompetencies)
        .use(internalSupervisions()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setInternalSupervision)
        .use(complaintHandlings()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setComplaintHandling)
        .use(staffings()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setStaffing)
        .use(serviceGuarantees()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setServiceGuarantee)
        .use(securityAndSafetyGuarantees()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setSecurityAndSafety)
        .use(performanceEvaluations()).withProbability(0.5).in(ImmutableServiceStandard.Builder::setPerformanceEvaluation)
        .use(extensions()).in(ImmutableServiceStandard.Builder::setExtensions)
        .build(ImmutableServiceStandard.Builder::build);
  }

  // ------------------------------------------------------------------ complete standards

  /** A step before it is made consistent: what it does, how long, which role acts. */
  private record StepDraft(String action, TimeSpan duration, int actor, boolean withId, String output) {}

  /** The parts of a complete standard that must agree with each other, generated independently. */
  private record CoreDraft(
      List<StaffRole> roles, List<StepDraft> steps, List<Product> products, int completionUnit, int slack, int load,
      Optional<String> description) {}

  private static Arbitrary<CoreDraft> coreDrafts() {
    Arbitrary<StaffRole> role = Combinators.combine(Arbitraries.of(Vocabulary.ROLES), Arbitraries.integers().between(1, 3))
        .as((name, count) -> StaffRole.builder().setName(name).setCount(count).build());
    Arbitrary<StepDraft> step = Combinators.combine(
            text(Vocabulary.STEP_ACTIONS),
            Arbitraries.oneOf(
                Arbitraries.integers().between(1, 30).map(TimeSpan::ofMinutes),
                Arbitraries.integers().between(1, 2).map(TimeSpan::ofHours)),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false),
            Arbitraries.of(Vocabulary.STEP_OUTPUTS))
        .as(StepDraft::new);
    return Combinators.combine(
            role.list().uniqueElements(StaffRole::getName).ofMinSize(1).ofMaxSize(4),
            step.list().ofMinSize(1).ofMaxSize(6),
            products().list().uniqueElements(Product::getName).ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 100),
            text(Vocabulary.DESCRIPTIONS).optional(0.6))
        .as(CoreDraft::new);
  }

  /**
   * Makes the drafted core consistent: steps numbered 1..n, acted by the staff roles, the last
   * yielding the first product; a completion time no shorter than the steps; a daily demand within
   * half the staff's capacity.
   */
  private static ImmutableServiceStandard.Builder core(ImmutableServiceStandard.Builder builder, CoreDraft draft) {
    List<ProcedureStep> steps = new ArrayList<>();
    int minutes = 0;
    for (int i = 0; i < draft.steps().size(); i++) {
      StepDraft step = draft.steps().get(i);
      boolean last = i == draft.steps().size() - 1;
      var built = ProcedureStep.builder()
          .setNumber(i + 1)
          .setActor(draft.roles().get(step.actor() % draft.roles().size()).getName())
          .setDescription(step.action())
          .setDuration(step.duration())
          .setOutput(last ? draft.products().get(0).getName() : step.output());
      if (step.withId()) {
        built.setId("langkah-" + (i + 1));
      }
      steps.add(built.build());
      minutes += (int) WorkingTime.standard().toMinutes(step.duration());
    }
    int implementers = draft.roles().stream().mapToInt(r -> r.getCount().orElse(1)).sum();
    int halfCapacity = implementers * MINUTES_PER_DAY / minutes / 2;
    return builder
        .setProcedure(Procedure.builder().setDescription(draft.description()).setSteps(steps).build())
        .setCompletionTime(CompletionTime.builder().setMaximum(completionFor(minutes, draft.completionUnit(), draft.slack())).build())
        .setProducts(draft.products())
        .setStaffing(Staffing.builder()
            .setImplementerCount(implementers)
            .setRoles(draft.roles())
            .setExpectedDailyDemand(halfCapacity * draft.load() / 100)
            .build());
  }

  /** A completion time no shorter than {@code minutes} of work, in one of the four units. */
  private static TimeSpan completionFor(int minutes, int unit, int slack) {
    int daysPerWeek = WorkingTime.standard().getDaysPerWeek();
    return switch (unit) {
      case 0 -> TimeSpan.ofMinutes(minutes + slack * 10);
      case 1 -> TimeSpan.ofHours(ceil(minutes, 60) + slack);
      case 2 -> TimeSpan.ofWorkingDays(ceil(minutes, MINUTES_PER_DAY) + slack);
      default -> TimeSpan.ofCalendarDays(ceil(minutes * 7, MINUTES_PER_DAY * daysPerWeek) + slack);
    };
  }

  private static int ceil(int a, int b) {
    return (a + b - 1) / b;
  }

  private static Arbitrary<List<Requirement>> completeRequirements() {
    return requirements().list().ofMinSize(1).ofMaxSize(6).map(list -> {
      List<Requirement> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        ImmutableRequirement r = ImmutableRequirement.copyOf(list.get(i));
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
    Arbitrary<FeeItem> priced = Combinators.combine(
            text(Vocabulary.SERVICES), Arbitraries.longs().between(1_000, 5_000_000), Arbitraries.of(Vocabulary.TARIFF_REGULATIONS))
        .as((name, amount, basis) -> FeeItem.builder().setName(name).setAmount(Rupiah.of(amount)).setLegalBasis(basis).build());
    Arbitrary<Fee> free = Arbitraries.of(Vocabulary.DESCRIPTIONS).optional(0.5)
        .map(d -> Fee.builder().setFree(true).setDescription(d).build());
    Arbitrary<Fee> paid = Combinators.combine(
            priced.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Vocabulary.PAYMENT_CHANNELS).list().ofMinSize(1).ofMaxSize(2))
        .as((items, channels) -> Fee.builder().setItems(items).setPaymentChannels(channels).build());
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, free), net.jqwik.api.Tuple.of(1, paid));
  }

  private static Arbitrary<List<LegalReference>> completeLegalBasis() {
    return Arbitraries.of(Vocabulary.REGULATIONS).list().uniqueElements().ofMinSize(1).ofMaxSize(6);
  }

  private static Arbitrary<List<Facility>> completeFacilities() {
    Arbitrary<Facility> accessible = Combinators.combine(
            Arbitraries.of(Vocabulary.ACCESSIBLE_FACILITIES),
            Arbitraries.subsetOf(VulnerableGroup.values()).ofMinSize(1),
            Arbitraries.of(FacilityCategory.class))
        .as((name, groups, category) -> Facility.builder().setName(name).setVulnerableGroups(groups).setCategory(category).build());
    return Combinators.combine(accessible, facilities().list().ofMaxSize(3))
        .as((first, rest) -> {
          List<Facility> all = new ArrayList<>();
          all.add(first);
          all.addAll(rest);
          return all;
        });
  }

  private static Arbitrary<List<Competency>> completeCompetencies() {
    return Combinators.combine(competencies().list().ofMaxSize(2), Arbitraries.integers().between(0, 1))
        .as((extra, variant) -> {
          List<Competency> all = new ArrayList<>();
          for (CompetencyDimension dimension : CompetencyDimension.values()) {
            String text = Vocabulary.COMPETENCIES.get(dimension.ordinal()).get(variant);
            all.add(Competency.builder().setDimension(dimension).setDescription(text).build());
          }
          all.addAll(extra);
          return all;
        });
  }

  private static Arbitrary<ComplaintHandling> completeComplaintHandling() {
    Set<ChannelKind> usable = EnumSet.complementOf(EnumSet.of(ChannelKind.OTHER));
    Arbitrary<Channel> channel = Arbitraries.of(usable).flatMap(kind ->
        address(kind).map(a -> (Channel) Channel.builder().setKind(kind).setAddress(a).build()));
    return Combinators.combine(
            channel.list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.oneOf(Arbitraries.integers().between(1, 14).map(TimeSpan::ofWorkingDays),
                Arbitraries.integers().between(1, 24).map(TimeSpan::ofHours)),
            text(Vocabulary.COMPLAINT_PROCEDURES),
            Arbitraries.of(Vocabulary.UNITS))
        .as((channels, response, procedure, unit) -> ComplaintHandling.builder()
            .setChannels(channels).setResponseTime(response).setProcedure(procedure).setResponsibleUnit(unit).build());
  }

  private static Arbitrary<PerformanceEvaluation> completeEvaluation() {
    return Combinators.combine(
            Arbitraries.subsetOf(EvaluationMethod.values()).ofMinSize(1),
            Arbitraries.of(EvaluationFrequency.class),
            text(Vocabulary.DESCRIPTIONS).optional(0.5))
        .as((methods, frequency, description) -> PerformanceEvaluation.builder()
            .setMethods(methods).setFrequency(frequency).setDescription(description).build());
  }

  /**
   * Returns complete standards: every component filled, meaningful and consistent, so that each
   * passes the rule engine's default profile and Bean Validation. Every part is generated
   * independently and made consistent by a plain function, so shrinking stays fast and every
   * shrunk value is still complete.
   *
   * @return the standards
   */
  public static Arbitrary<ServiceStandard> completeStandards() {
    return Builders.withBuilder(ImmutableServiceStandard::builder)
        .use(coreDrafts()).in(Generators::core)
        .use(ids()).in(ImmutableServiceStandard.Builder::setId)
        .use(text(Vocabulary.SERVICES)).in(ImmutableServiceStandard.Builder::setName)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutableServiceStandard.Builder::setDescription)
        .use(Arbitraries.of(Vocabulary.UNITS)).withProbability(0.5).in(ImmutableServiceStandard.Builder::setUnit)
        .use(Arbitraries.subsetOf(DeliveryChannel.values()).ofMinSize(1)).in(ImmutableServiceStandard.Builder::setDeliveryChannels)
        .use(completeLegalBasis()).in(ImmutableServiceStandard.Builder::setLegalBasis)
        .use(completeRequirements()).in(ImmutableServiceStandard.Builder::setRequirements)
        .use(completeFees()).in(ImmutableServiceStandard.Builder::setFee)
        .use(completeFacilities()).in(ImmutableServiceStandard.Builder::setFacilities)
        .use(completeCompetencies()).in(ImmutableServiceStandard.Builder::setCompetencies)
        .use(Combinators.combine(text(Vocabulary.DESCRIPTIONS),
                Arbitraries.of(Vocabulary.SUPERVISORS).list().ofMinSize(1).ofMaxSize(2).uniqueElements())
                .as((d, s) -> InternalSupervision.builder().setDescription(d).setSupervisors(s).build()))
            .in(ImmutableServiceStandard.Builder::setInternalSupervision)
        .use(completeComplaintHandling()).in(ImmutableServiceStandard.Builder::setComplaintHandling)
        .use(serviceGuarantees()).in(ImmutableServiceStandard.Builder::setServiceGuarantee)
        .use(securityAndSafetyGuarantees()).in(ImmutableServiceStandard.Builder::setSecurityAndSafety)
        .use(completeEvaluation()).in(ImmutableServiceStandard.Builder::setPerformanceEvaluation)
        .use(extensions()).in(ImmutableServiceStandard.Builder::setExtensions)
        .build(ImmutableServiceStandard.Builder::build);
  }

  // ------------------------------------------------------------------ catalogues

  /**
   * Returns service providers.
   *
   * @return the providers
   */
  public static Arbitrary<ServiceProvider> serviceProviders() {
    return Builders.withBuilder(ImmutableServiceProvider::builder)
        .use(Arbitraries.of("Kantor Wilayah Kementerian Agama Provinsi Aceh", "Kantor Kementerian Agama Kota Banda Aceh",
            "Kantor Kementerian Agama Kabupaten Aceh Besar")).in(ImmutableServiceProvider.Builder::setName)
        .use(Arbitraries.just("Kementerian Agama Republik Indonesia")).withProbability(0.8).in(ImmutableServiceProvider.Builder::setParentAgency)
        .use(Arbitraries.of("Kw.01", "Kk.01.6", "Kk.01.7")).withProbability(0.6).in(ImmutableServiceProvider.Builder::setUnitCode)
        .use(Arbitraries.of("Provinsi Aceh", "Kota Banda Aceh")).withProbability(0.7).in(ImmutableServiceProvider.Builder::setRegion)
        .use(Arbitraries.of(Vocabulary.PLACES)).withProbability(0.7).in(ImmutableServiceProvider.Builder::setAddress)
        .use(channels().list().ofMaxSize(3)).in(ImmutableServiceProvider.Builder::setContacts)
        .build(ImmutableServiceProvider.Builder::build);
  }

  /**
   * Returns decrees signed on a day before {@code asOf}.
   *
   * @param asOf the reference date
   * @return the decrees
   */
  public static Arbitrary<Decree> decrees(LocalDate asOf) {
    return Builders.withBuilder(ImmutableDecree::builder)
        .use(Arbitraries.integers().between(100, 9999).map(n -> "KW.01.1/1/HK.00/" + n + "/" + asOf.getYear()))
            .in(ImmutableDecree.Builder::setNumber)
        .use(daysBefore(asOf, 30, 700)).withProbability(0.9).in(ImmutableDecree.Builder::setDate)
        .use(Arbitraries.just("Kepala Kantor Wilayah Kementerian Agama Provinsi Aceh")).withProbability(0.7)
            .in(ImmutableDecree.Builder::setSignatory)
        .use(Arbitraries.just("Standar Pelayanan")).withProbability(0.5).in(ImmutableDecree.Builder::setTitle)
        .build(ImmutableDecree.Builder::build);
  }

  /**
   * Returns service pledges.
   *
   * @param asOf the reference date
   * @return the pledges
   */
  public static Arbitrary<ServicePledge> servicePledges(LocalDate asOf) {
    return Builders.withBuilder(ImmutableServicePledge::builder)
        .use(Arbitraries.of(
                "Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan",
                "Apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan"))
            .in(ImmutableServicePledge.Builder::setText)
        .use(Arbitraries.just("Kepala Kantor Wilayah")).withProbability(0.7).in(ImmutableServicePledge.Builder::setSignatory)
        .use(daysBefore(asOf, 0, 700)).withProbability(0.7).in(ImmutableServicePledge.Builder::setDate)
        .build(ImmutableServicePledge.Builder::build);
  }

  /**
   * Returns public consultations.
   *
   * @param asOf the reference date
   * @return the consultations
   */
  public static Arbitrary<PublicConsultation> publicConsultations(LocalDate asOf) {
    return Builders.withBuilder(ImmutablePublicConsultation::builder)
        .use(daysBefore(asOf, 0, 900)).withProbability(0.9).in(ImmutablePublicConsultation.Builder::setDate)
        .use(Arbitraries.of(ConsultationForm.class)).withProbability(0.8).in(ImmutablePublicConsultation.Builder::setForm)
        .use(Arbitraries.integers().between(5, 200)).withProbability(0.6).in(ImmutablePublicConsultation.Builder::setParticipantCount)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutablePublicConsultation.Builder::setSummary)
        .use(Arbitraries.integers().between(1, 99).map(n -> "BA-FKP/" + n)).withProbability(0.5)
            .in(ImmutablePublicConsultation.Builder::setMinutesReference)
        .build(ImmutablePublicConsultation.Builder::build);
  }

  private static Arbitrary<LocalDate> daysBefore(LocalDate asOf, int min, int max) {
    return Arbitraries.integers().between(min, max).map(asOf::minusDays);
  }

  /**
   * Returns catalogues whose every part is present or absent independently, holding draft
   * standards: structurally valid, not necessarily complete.
   *
   * @param asOf the reference date
   * @return the catalogues
   */
  public static Arbitrary<StandardsCatalog> draftCatalogs(LocalDate asOf) {
    return Builders.withBuilder(ImmutableStandardsCatalog::builder)
        .use(serviceProviders()).withProbability(0.7).in(ImmutableStandardsCatalog.Builder::setProvider)
        .use(decrees(asOf)).withProbability(0.6).in(ImmutableStandardsCatalog.Builder::setDecree)
        .use(Arbitraries.of("2023", "2024", "2025")).withProbability(0.5).in(ImmutableStandardsCatalog.Builder::setVersion)
        .use(Arbitraries.of(CatalogStatus.class)).in(ImmutableStandardsCatalog.Builder::setStatus)
        .use(daysBefore(asOf, 0, 600)).withProbability(0.5).in(ImmutableStandardsCatalog.Builder::setEffectiveDate)
        .use(daysBefore(asOf, 0, 600)).withProbability(0.5).in(ImmutableStandardsCatalog.Builder::setLastEvaluationDate)
        .use(servicePledges(asOf)).withProbability(0.6).in(ImmutableStandardsCatalog.Builder::setPledge)
        .use(publicConsultations(asOf).list().ofMaxSize(2)).in(ImmutableStandardsCatalog.Builder::setConsultations)
        .use(draftStandards().list().ofMaxSize(3)).in(ImmutableStandardsCatalog.Builder::setStandards)
        .use(Arbitraries.just("KW.01.1/1/HK.00/0001/2026")).withProbability(0.2).in(ImmutableStandardsCatalog.Builder::setSupersededBy)
        .use(extensions()).in(ImmutableStandardsCatalog.Builder::setExtensions)
        .build(ImmutableStandardsCatalog.Builder::build);
  }

  /**
   * Returns complete catalogues, valid on {@code asOf}: provider, a decree signed after a public
   * consultation, an effective date after the decree, an evaluation within the last six months, a
   * pledge, and one to four complete standards with distinct ids.
   *
   * @param asOf the day the catalogue is checked on
   * @param standards the standards to hold
   * @return the catalogues
   */
  public static Arbitrary<StandardsCatalog> completeCatalogs(LocalDate asOf, Arbitrary<ServiceStandard> standards) {
    return Builders.withBuilder(ImmutableStandardsCatalog::builder)
        .use(serviceProviders().map(p -> ImmutableServiceProvider.copyOf(p)
                .withContacts(Channel.builder().setKind(ChannelKind.EMAIL).setAddress("ptsp.aceh@kemenag.go.id").build())))
            .in(ImmutableStandardsCatalog.Builder::setProvider)
        .use(Combinators.combine(decrees(asOf), daysBefore(asOf, 60, 700))
                .as((decree, signed) -> ImmutableDecree.copyOf(decree).withDate(signed)))
            .in(ImmutableStandardsCatalog.Builder::setDecree)
        .use(Arbitraries.of(CatalogStatus.ESTABLISHED, CatalogStatus.PUBLISHED)).in(ImmutableStandardsCatalog.Builder::setStatus)
        .use(daysBefore(asOf, 0, 180)).in(ImmutableStandardsCatalog.Builder::setLastEvaluationDate)
        .use(servicePledges(asOf)).in(ImmutableStandardsCatalog.Builder::setPledge)
        .use(publicConsultations(asOf).list().ofMinSize(1).ofMaxSize(2)).in(ImmutableStandardsCatalog.Builder::setConsultations)
        .use(standards.list().ofMinSize(1).ofMaxSize(4).map(Generators::distinctIds)).in(ImmutableStandardsCatalog.Builder::setStandards)
        .use(extensions()).in(ImmutableStandardsCatalog.Builder::setExtensions)
        .build(builder -> dated(builder.build()));
  }

  /**
   * Aligns a catalogue's dates on its decree: consultations two weeks before, the pledge on the
   * day, the standards effective two weeks after.
   */
  private static StandardsCatalog dated(ImmutableStandardsCatalog catalog) {
    LocalDate signed = catalog.getDecree().orElseThrow().getDate().orElseThrow();
    return catalog
        .withVersion(String.valueOf(signed.getYear()))
        .withEffectiveDate(signed.plusDays(14))
        .withPledge(ImmutableServicePledge.copyOf(catalog.getPledge().orElseThrow()).withDate(signed))
        .withConsultations(catalog.getConsultations().stream()
            .map(c -> (PublicConsultation) ImmutablePublicConsultation.copyOf(c).withDate(signed.minusDays(14)))
            .toList());
  }

  /**
   * Returns the arbitrary of each model type, keyed by the type.
   *
   * @param asOf the reference date for dated values
   * @return an unmodifiable map in a stable order
   */
  public static Map<Class<?>, Supplier<Arbitrary<?>>> byType(LocalDate asOf) {
    Map<Class<?>, Supplier<Arbitrary<?>>> types = new LinkedHashMap<>();
    types.put(ServiceStandard.class, Generators::completeStandards);
    types.put(StandardsCatalog.class, () -> completeCatalogs(asOf, completeStandards()));
    types.put(TimeSpan.class, Generators::timeSpans);
    types.put(Rupiah.class, Generators::rupiahs);
    types.put(WorkingTime.class, Generators::workingTimes);
    types.put(LegalReference.class, Generators::legalReferences);
    types.put(Requirement.class, Generators::requirements);
    types.put(ProcedureStep.class, Generators::procedureSteps);
    types.put(Procedure.class, Generators::procedures);
    types.put(CompletionTime.class, Generators::completionTimes);
    types.put(FeeItem.class, Generators::feeItems);
    types.put(Fee.class, Generators::fees);
    types.put(Product.class, Generators::products);
    types.put(Channel.class, Generators::channels);
    types.put(ComplaintHandling.class, Generators::complaintHandlings);
    types.put(Facility.class, Generators::facilities);
    types.put(Competency.class, Generators::competencies);
    types.put(InternalSupervision.class, Generators::internalSupervisions);
    types.put(StaffRole.class, Generators::staffRoles);
    types.put(Staffing.class, Generators::staffings);
    types.put(ServiceGuarantee.class, Generators::serviceGuarantees);
    types.put(SecurityAndSafetyGuarantee.class, Generators::securityAndSafetyGuarantees);
    types.put(PerformanceEvaluation.class, Generators::performanceEvaluations);
    types.put(ServiceProvider.class, Generators::serviceProviders);
    types.put(Decree.class, () -> decrees(asOf));
    types.put(ServicePledge.class, () -> servicePledges(asOf));
    types.put(PublicConsultation.class, () -> publicConsultations(asOf));
    return Collections.unmodifiableMap(types);
  }

  private static List<ServiceStandard> distinctIds(List<ServiceStandard> standards) {
    List<ServiceStandard> out = new ArrayList<>();
    for (int i = 0; i < standards.size(); i++) {
      ServiceStandard s = standards.get(i);
      out.add(ImmutableServiceStandard.copyOf(s).withId(s.getId() + "-" + (i + 1)));
    }
    return out;
  }
}
