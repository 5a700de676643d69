package id.standarpelayanan.testkit.internal;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.Competency;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.Component;
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
import id.standarpelayanan.model.FeePricing;
import id.standarpelayanan.model.ImmutableChannel;
import id.standarpelayanan.model.ImmutableChannelAccess;
import id.standarpelayanan.model.ImmutableCompetency;
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
import id.standarpelayanan.model.ImmutablePublication;
import id.standarpelayanan.model.ImmutableRequirement;
import id.standarpelayanan.model.ImmutableSecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ImmutableServiceHours;
import id.standarpelayanan.model.ImmutableServicePeriod;
import id.standarpelayanan.model.ImmutableServicePledge;
import id.standarpelayanan.model.ImmutableServiceProvider;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStaffRole;
import id.standarpelayanan.model.ImmutableStaffing;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ImmutableStepBranch;
import id.standarpelayanan.model.ImmutableTimeExtension;
import id.standarpelayanan.model.InternalSupervision;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.Occasion;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.Publication;
import id.standarpelayanan.model.PublicationMedium;
import id.standarpelayanan.model.QualificationKind;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.SecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ServiceGuarantee;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServicePledge;
import id.standarpelayanan.model.ServiceProvider;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SocialPlatform;
import id.standarpelayanan.model.SpecialHours;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.model.TimeExtension;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.TimeWindow;
import id.standarpelayanan.model.VulnerableGroup;
import id.standarpelayanan.model.WorkingTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
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
import net.jqwik.api.Tuple;

/**
 * The generators behind {@code StandardsArbitraries}.
 *
 * <p>Two families: <em>complete</em> generators build standards and catalogues that satisfy every
 * rule of the default profile (consistent steps, times, staffing, products…); <em>draft</em>
 * generators fill every field independently, each optional part present or absent, for codecs
 * and storage, and stay structurally valid (Bean Validation) but not necessarily complete.
 */
public final class Generators {

  /** The working-day length complete standards are consistent with (the default calendar). */
  private static final int MINUTES_PER_DAY = WorkingTime.standard().getMinutesPerDay();

  /**
   * The units of complete standards' completion times: every unit but {@link DurationUnit#DAYS},
   * whose "hari" leaves open whether working or calendar days are meant (a rule may ask which).
   */
  private static final List<DurationUnit> COMPLETION_UNITS = List.of(
      DurationUnit.MINUTES, DurationUnit.HOURS, DurationUnit.WORKING_DAYS, DurationUnit.CALENDAR_DAYS,
      DurationUnit.WEEKS, DurationUnit.MONTHS);

  /** The kinds one phone number serves together. */
  private static final Set<ChannelKind> PHONE_KINDS = EnumSet.of(ChannelKind.PHONE, ChannelKind.SMS, ChannelKind.WHATSAPP);

  /** The kinds that may be at the provider's own address. */
  private static final Set<ChannelKind> DESK_KINDS = EnumSet.of(ChannelKind.IN_PERSON, ChannelKind.SUGGESTION_BOX);

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
      case APP -> Arbitraries.of("SP4N LAPOR", "PUSAKA Kemenag", "Mobile JKN");
      case SUGGESTION_BOX, IN_PERSON, LETTER, OTHER -> Arbitraries.of(Vocabulary.PLACES);
    };
  }

  /**
   * Returns a plausible address for a channel of the given kind on the given social-media
   * platform: the platform's URL or a handle for a {@link ChannelKind#SOCIAL_MEDIA} account.
   *
   * @param kind the kind
   * @param platform the platform, if the document names one
   * @return addresses the rule engine accepts for the kind
   */
  public static Arbitrary<String> address(ChannelKind kind, Optional<SocialPlatform> platform) {
    if (kind != ChannelKind.SOCIAL_MEDIA || platform.isEmpty()) {
      return address(kind);
    }
    return switch (platform.get()) {
      case FACEBOOK -> Arbitraries.just("https://www.facebook.com/kemenagaceh");
      case INSTAGRAM -> Arbitraries.of("@kemenagaceh", "https://www.instagram.com/kemenagaceh");
      case X -> Arbitraries.of("@kemenagaceh", "https://x.com/kemenagaceh");
      case YOUTUBE -> Arbitraries.just("https://www.youtube.com/@kemenagaceh");
      case TIKTOK -> Arbitraries.just("@kemenagaceh");
      case TELEGRAM -> Arbitraries.just("https://t.me/kemenagaceh");
      case OTHER -> Arbitraries.just("@ptspkemenagaceh");
    };
  }

  /**
   * Returns the further kinds a channel's address may serve: the other phone kinds for a phone
   * number (one number for phone, SMS and WhatsApp), none otherwise.
   */
  private static Arbitrary<Set<ChannelKind>> additionalKinds(ChannelKind kind) {
    if (!PHONE_KINDS.contains(kind)) {
      return Arbitraries.just(Set.of());
    }
    EnumSet<ChannelKind> others = EnumSet.copyOf(PHONE_KINDS);
    others.remove(kind);
    return Arbitraries.subsetOf(others);
  }

  private static Arbitrary<Optional<SocialPlatform>> platforms(ChannelKind kind) {
    return kind == ChannelKind.SOCIAL_MEDIA
        ? Arbitraries.of(SocialPlatform.class).optional(0.85)
        : Arbitraries.just(Optional.empty());
  }

  /**
   * Returns times of day on the quarter hour, from {@code from} to {@code to} inclusive.
   *
   * @param from the earliest, e.g. {@code 07:00}
   * @param to the latest
   * @return the times
   */
  private static Arbitrary<LocalTime> quarterHours(LocalTime from, LocalTime to) {
    int first = from.toSecondOfDay() / 900;
    return Arbitraries.integers().between(0, to.toSecondOfDay() / 900 - first)
        .map(q -> from.plusMinutes(15L * q));
  }

  /**
   * Returns midday breaks (istirahat): starting between 11:30 and 12:30, lasting half an hour to
   * an hour and a half, so they end after they start and by 14:00.
   *
   * @return the windows
   */
  public static Arbitrary<TimeWindow> timeWindows() {
    return Combinators.combine(quarterHours(LocalTime.of(11, 30), LocalTime.of(12, 30)), Arbitraries.of(60, 30, 90))
        .as((start, minutes) -> TimeWindow.of(start, start.plusMinutes(minutes)));
  }

  /**
   * Returns opening hours on any set of days (possibly none, as in a draft): opening between 07:00
   * and 09:00 and closing between 14:00 and 17:00, so a period opens before it closes and its
   * break lies within it; each part present or absent.
   *
   * @return the periods
   */
  public static Arbitrary<ServicePeriod> servicePeriods() {
    return Builders.withBuilder(ImmutableServicePeriod::builder)
        .use(Arbitraries.subsetOf(DayOfWeek.values())).in(ImmutableServicePeriod.Builder::setDays)
        .use(quarterHours(LocalTime.of(7, 0), LocalTime.of(9, 0))).withProbability(0.8).in(ImmutableServicePeriod.Builder::setOpens)
        .use(quarterHours(LocalTime.of(14, 0), LocalTime.of(17, 0))).withProbability(0.8).in(ImmutableServicePeriod.Builder::setCloses)
        .use(timeWindows().list().ofMaxSize(1)).in(ImmutableServicePeriod.Builder::setBreaks)
        .use(text(Vocabulary.PERIOD_NOTES)).withProbability(0.45).in(ImmutableServicePeriod.Builder::setDescription)
        .build(ImmutableServicePeriod.Builder::build);
  }

  /**
   * Returns special hours of every occasion: closed (then without periods) or with periods of
   * their own.
   *
   * @return the special hours
   */
  public static Arbitrary<SpecialHours> specialHours() {
    return Combinators.combine(
            Arbitraries.of(Occasion.class),
            Arbitraries.of(false, true),
            servicePeriods().list().ofMaxSize(2),
            text(Vocabulary.OCCASION_NOTES).optional(0.5))
        .as((occasion, closed, periods, note) -> SpecialHours.builder()
            .setOccasion(occasion).setClosed(closed).setPeriods(closed ? List.of() : periods).setDescription(note).build());
  }

  /**
   * Returns service hours (jam pelayanan), parts present or absent.
   *
   * @return the hours
   */
  public static Arbitrary<ServiceHours> serviceHours() {
    return Builders.withBuilder(ImmutableServiceHours::builder)
        .use(servicePeriods().list().ofMaxSize(3)).in(ImmutableServiceHours.Builder::setPeriods)
        .use(specialHours().list().ofMaxSize(2)).in(ImmutableServiceHours.Builder::setSpecialHours)
        .use(text(Vocabulary.HOURS_NOTES)).withProbability(0.4).in(ImmutableServiceHours.Builder::setDescription)
        .build(ImmutableServiceHours.Builder::build);
  }

  /**
   * Returns the hours of a civil-service office: Monday to Thursday and Friday with their breaks,
   * opening before closing, sometimes with Ramadan hours and holidays closed.
   *
   * @return the hours
   */
  private static Arbitrary<ServiceHours> officeHours() {
    Arbitrary<LocalTime> opens = quarterHours(LocalTime.of(7, 30), LocalTime.of(8, 30));
    Arbitrary<ServicePeriod> weekdays = Combinators.combine(opens, quarterHours(LocalTime.of(15, 30), LocalTime.of(16, 30)))
        .as((open, close) -> ServicePeriod.builder()
            .setDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)).setOpens(open).setCloses(close)
            .addBreak(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(13, 0))).build());
    Arbitrary<ServicePeriod> friday = Combinators.combine(opens, quarterHours(LocalTime.of(16, 0), LocalTime.of(17, 0)))
        .as((open, close) -> ServicePeriod.builder()
            .addDay(DayOfWeek.FRIDAY).setOpens(open).setCloses(close)
            .addBreak(TimeWindow.of(LocalTime.of(11, 30), LocalTime.of(14, 0))).build());
    SpecialHours ramadan = SpecialHours.builder().setOccasion(Occasion.RAMADAN)
        .addPeriod(ServicePeriod.builder().setDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
            .setOpens(LocalTime.of(8, 0)).setCloses(LocalTime.of(15, 0))
            .addBreak(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(12, 30))).build())
        .build();
    SpecialHours holidays = SpecialHours.builder().setOccasion(Occasion.PUBLIC_HOLIDAY).setClosed(true).build();
    SpecialHours leave = SpecialHours.builder().setOccasion(Occasion.COLLECTIVE_LEAVE).setClosed(true).build();
    return Combinators.combine(
            weekdays, friday, Arbitraries.subsetOf(ramadan, holidays, leave), Arbitraries.of(Vocabulary.HOURS_NOTES).optional(0.4))
        .as((mondayToThursday, onFriday, special, note) -> ServiceHours.builder()
            .addPeriods(mondayToThursday, onFriday)
            .setSpecialHours(special.stream().sorted(Comparator.comparing(SpecialHours::getOccasion)).toList())
            .setDescription(note)
            .build());
  }

  /**
   * Returns a plausible place for a publication in the given medium.
   *
   * @param medium the medium
   * @return the addresses
   */
  private static Arbitrary<String> publicationAddress(PublicationMedium medium) {
    return switch (medium) {
      case WEBSITE -> Arbitraries.of("https://aceh.kemenag.go.id/standar-pelayanan", "https://ptsp.aceh.kemenag.go.id");
      case NOTICE_BOARD -> Arbitraries.of("Papan informasi ruang tunggu PTSP", "Banner standar pelayanan di lobi kantor");
      case SIPPN -> Arbitraries.just("https://sippn.menpan.go.id");
      case PUBLIC_SERVICE_MALL -> Arbitraries.just("Gerai Kementerian Agama di Mal Pelayanan Publik");
      case BROCHURE -> Arbitraries.just("Leaflet di meja informasi PTSP");
      case SOCIAL_MEDIA -> Arbitraries.of("@kemenagaceh", "https://www.instagram.com/kemenagaceh");
      case OTHER -> Arbitraries.just("Videotron di halaman kantor");
    };
  }

  /**
   * Returns publications in every medium, dated before {@code asOf}, parts present or absent.
   *
   * @param asOf the reference date
   * @return the publications
   */
  public static Arbitrary<Publication> publications(LocalDate asOf) {
    return Arbitraries.of(PublicationMedium.class).flatMap(medium ->
        Builders.withBuilder(() -> ImmutablePublication.builder().setMedium(medium))
            .use(publicationAddress(medium)).withProbability(0.8).in(ImmutablePublication.Builder::setAddress)
            .use(daysBefore(asOf, 0, 700)).withProbability(0.7).in(ImmutablePublication.Builder::setDate)
            .use(text(Vocabulary.PUBLICATION_NOTES)).withProbability(0.3).in(ImmutablePublication.Builder::setDescription)
            .build(ImmutablePublication.Builder::build));
  }

  // ------------------------------------------------------------------ components, any (drafts)

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
            .as((reference, article) -> ImmutableLegalReference.copyOf(reference).withArticle(article)),
        Builders.withBuilder(ImmutableLegalReference::builder)
            .use(Arbitraries.of(RegulationType.class)).in(ImmutableLegalReference.Builder::setType)
            .use(Arbitraries.of(Vocabulary.ISSUERS)).withProbability(0.4).in(ImmutableLegalReference.Builder::setIssuer)
            .use(Arbitraries.of(Vocabulary.REGIONS)).withProbability(0.3).in(ImmutableLegalReference.Builder::setRegion)
            .use(Arbitraries.integers().between(500, 999).map(String::valueOf)).withProbability(0.8)
                .in(ImmutableLegalReference.Builder::setNumber)
            .use(Arbitraries.integers().between(1945, 2024)).withProbability(0.8).in(ImmutableLegalReference.Builder::setYear)
            .use(Arbitraries.of(Vocabulary.ARTICLES)).withProbability(0.3).in(ImmutableLegalReference.Builder::setArticle)
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
        .use(Arbitraries.of(Vocabulary.ALTERNATIVES).list().ofMaxSize(2).uniqueElements())
            .in(ImmutableRequirement.Builder::setAlternatives)
        .use(Arbitraries.of(Vocabulary.APPLICANT_CATEGORIES)).withProbability(0.3).in(ImmutableRequirement.Builder::setApplicantCategory)
        .use(Arbitraries.of(RequirementKind.class)).withProbability(0.7).in(ImmutableRequirement.Builder::setKind)
        .use(Arbitraries.of(DocumentForm.class)).withProbability(0.7).in(ImmutableRequirement.Builder::setForm)
        .use(Arbitraries.integers().between(1, 10)).withProbability(0.5).in(ImmutableRequirement.Builder::setCopies)
        .use(Arbitraries.of(true, false)).in(ImmutableRequirement.Builder::setMandatory)
        .use(text(Vocabulary.CONDITIONS)).withProbability(0.4).in(ImmutableRequirement.Builder::setCondition)
        .build(ImmutableRequirement.Builder::build);
  }

  /**
   * Returns branches of decision steps, leading to a step numbered 1 to 20 or out of the
   * procedure, parts present or absent.
   *
   * @return the branches
   */
  public static Arbitrary<StepBranch> stepBranches() {
    return Builders.withBuilder(ImmutableStepBranch::builder)
        .use(text(Vocabulary.BRANCH_CONDITIONS)).in(ImmutableStepBranch.Builder::setCondition)
        .use(Arbitraries.integers().between(1, 20)).withProbability(0.6).in(ImmutableStepBranch.Builder::setNextStep)
        .use(text(Vocabulary.BRANCH_OUTCOMES)).withProbability(0.5).in(ImmutableStepBranch.Builder::setOutcome)
        .build(ImmutableStepBranch.Builder::build);
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
        .use(text(Vocabulary.STEP_CONDITIONS)).withProbability(0.3).in(ImmutableProcedureStep.Builder::setCondition)
        .use(text(Vocabulary.STEP_EQUIPMENT)).withProbability(0.4).in(ImmutableProcedureStep.Builder::setEquipment)
        .use(timeSpans()).withProbability(0.8).in(ImmutableProcedureStep.Builder::setDuration)
        .use(text(Vocabulary.STEP_OUTPUTS)).withProbability(0.6).in(ImmutableProcedureStep.Builder::setOutput)
        .use(stepBranches().list().ofMaxSize(2)).in(ImmutableProcedureStep.Builder::setBranches)
        .use(text(Vocabulary.STEP_NOTES)).withProbability(0.4).in(ImmutableProcedureStep.Builder::setNotes)
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
   * Returns extensions of the completion time (perpanjangan), mostly the 7 working days of UU
   * 14/2008, parts present or absent.
   *
   * @return the extensions
   */
  public static Arbitrary<TimeExtension> timeExtensions() {
    return Builders.withBuilder(ImmutableTimeExtension::builder)
        .use(Arbitraries.oneOf(Arbitraries.just(TimeSpan.ofWorkingDays(7)), timeSpans())).in(ImmutableTimeExtension.Builder::setDuration)
        .use(text(Vocabulary.EXTENSION_CONDITIONS)).withProbability(0.6).in(ImmutableTimeExtension.Builder::setCondition)
        .use(legalReferences()).withProbability(0.5).in(ImmutableTimeExtension.Builder::setLegalBasis)
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
        .use(timeSpans()).withProbability(0.8).in(ImmutableCompletionTime.Builder::setMaximum)
        .use(timeSpans()).withProbability(0.4).in(ImmutableCompletionTime.Builder::setMinimum)
        .use(timeSpans().list().ofMaxSize(2)).in(ImmutableCompletionTime.Builder::setMaximumPlus)
        .use(Arbitraries.of(Vocabulary.PER_UNITS)).withProbability(0.3).in(ImmutableCompletionTime.Builder::setPerUnit)
        .use(text(Vocabulary.START_CONDITIONS)).withProbability(0.4).in(ImmutableCompletionTime.Builder::setStartCondition)
        .use(timeExtensions()).withProbability(0.3).in(ImmutableCompletionTime.Builder::setExtension)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutableCompletionTime.Builder::setDescription)
        .build(ImmutableCompletionTime.Builder::build);
  }

  /** How a fee item's amount is given: stated (with or without saying so), set elsewhere, or not said. */
  private record Price(Optional<Rupiah> amount, Optional<FeePricing> pricing) {}

  private static Arbitrary<Price> prices() {
    return Arbitraries.oneOf(
        rupiahs().map(amount -> new Price(Optional.of(amount), Optional.empty())),
        rupiahs().map(amount -> new Price(Optional.of(amount), Optional.of(FeePricing.STATED))),
        Arbitraries.of(FeePricing.SET_BY_REGULATION, FeePricing.AT_COST).map(p -> new Price(Optional.empty(), Optional.of(p))),
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
        .use(text(Vocabulary.FEE_ITEMS)).in(ImmutableFeeItem.Builder::setName)
        .use(prices()).in((builder, price) -> builder.setAmount(price.amount()).setPricing(price.pricing()))
        .use(text(Vocabulary.FEE_CONDITIONS)).withProbability(0.3).in(ImmutableFeeItem.Builder::setCondition)
        .use(Arbitraries.of(Vocabulary.APPLICANT_CATEGORIES)).withProbability(0.3).in(ImmutableFeeItem.Builder::setApplicantCategory)
        .use(Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true))).in(ImmutableFeeItem.Builder::setSurcharge)
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
    return channelKinds().flatMap(kind -> platforms(kind).flatMap(platform ->
        Builders.withBuilder(() -> ImmutableChannel.builder().setKind(kind).setPlatform(platform))
            .use(additionalKinds(kind)).in(ImmutableChannel.Builder::setAdditionalKinds)
            .use(address(kind, platform)).withProbability(0.9).in(ImmutableChannel.Builder::setAddress)
            .use(DESK_KINDS.contains(kind) ? Arbitraries.of(false, true) : Arbitraries.just(false))
                .in(ImmutableChannel.Builder::setAtProviderAddress)
            .use(kind == ChannelKind.SP4N_LAPOR ? laporAccess(true) : Arbitraries.just(List.<ChannelAccess>of()))
                .in(ImmutableChannel.Builder::setAccess)
            .use(serviceHours()).withProbability(0.15).in(ImmutableChannel.Builder::setServiceHours)
            .use(Arbitraries.of("Senin–Jumat 08.00–16.00 WIB", "Setiap hari kerja")).withProbability(0.4)
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
    return Arbitraries.of(ChannelKind.class).flatMap(kind -> platforms(kind).flatMap(platform ->
        address(kind, platform).optional(0.9).map(address -> (ChannelAccess) ChannelAccess.builder()
            .setKind(kind).setPlatform(platform).setAddress(address).build())));
  }

  /**
   * Returns the ways SP4N-LAPOR! is reached, in the order its publicity lists them: the web site,
   * SMS 1708 (only when {@code withShortCode}: the short code is no phone number the rule engine
   * accepts), the app and its X account; any subset of them.
   */
  private static Arbitrary<List<ChannelAccess>> laporAccess(boolean withShortCode) {
    List<ChannelAccess> all = new ArrayList<>();
    all.add(ChannelAccess.builder().setKind(ChannelKind.WEBSITE).setAddress("https://www.lapor.go.id").build());
    if (withShortCode) {
      all.add(ChannelAccess.builder().setKind(ChannelKind.SMS).setAddress("1708").build());
    }
    all.add(ChannelAccess.builder().setKind(ChannelKind.APP).setAddress("SP4N LAPOR").build());
    all.add(ChannelAccess.builder().setKind(ChannelKind.SOCIAL_MEDIA).setPlatform(SocialPlatform.X).setAddress("@lapor1708").build());
    return Arbitraries.subsetOf(all).map(subset -> all.stream().filter(subset::contains).toList());
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
        .use(Arbitraries.of(Vocabulary.OFFICERS)).withProbability(0.4).in(ImmutableComplaintHandling.Builder::setResponsibleOfficer)
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
   * Returns competences as documents write them: in one of the four dimensions, as a qualification
   * of every kind, or as a qualification placed in the dimension it fits (education as knowledge,
   * certification as expertise, training as skill).
   *
   * @return the competences
   */
  public static Arbitrary<Competency> competencies() {
    Arbitrary<Competency> byDimension = Arbitraries.of(CompetencyDimension.class).flatMap(dimension ->
        Arbitraries.of(Vocabulary.COMPETENCIES.get(dimension.ordinal()))
            .map(text -> Competency.builder().setDimension(dimension).setDescription(text).build()));
    Arbitrary<Competency> byQualification = Arbitraries.of(QualificationKind.class).flatMap(kind ->
        Arbitraries.of(Vocabulary.QUALIFICATIONS.get(kind.ordinal()))
            .map(text -> Competency.builder().setQualification(kind).setDescription(text).build()));
    Arbitrary<Competency> both = byQualification.map(c -> {
      Optional<CompetencyDimension> fits = switch (c.getQualification().orElseThrow()) {
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
   * structurally valid, not necessarily complete. The id and the name are sometimes absent; a
   * standard that states "no requirements" lists none, and its empty rows are components it does
   * not fill.
   *
   * @param asOf the reference date for dated parts (decree, pledge, publications)
   * @return the drafts
   */
  public static Arbitrary<ServiceStandard> draftStandards(LocalDate asOf) {
    return Builders.withBuilder(ImmutableServiceStandard::builder)
        .use(ids()).withProbability(0.8).in(ImmutableServiceStandard.Builder::setId)
        .use(text(Vocabulary.SERVICES)).withProbability(0.8).in(ImmutableServiceStandard.Builder::setName)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutableServiceStandard.Builder::setDescription)
        .use(Arbitraries.of(Vocabulary.UNITS)).withProbability(0.5).in(ImmutableServiceStandard.Builder::setUnit)
        .use(serviceHours()).withProbability(0.4).in(ImmutableServiceStandard.Builder::setServiceHours)
        .use(decrees(asOf)).withProbability(0.3).in(ImmutableServiceStandard.Builder::setDecree)
        .use(servicePledges(asOf)).withProbability(0.3).in(ImmutableServiceStandard.Builder::setPledge)
        .use(publications(asOf).list().ofMaxSize(3)).in(ImmutableServiceStandard.Builder::setPublications)
        .use(Arbitraries.subsetOf(DeliveryChannel.values())).in(ImmutableServiceStandard.Builder::setDeliveryChannels)
        .use(legalReferences().list().ofMaxSize(4)).in(ImmutableServiceStandard.Builder::setLegalBasis)
        .use(requirements().list().ofMaxSize(4)).in(ImmutableServiceStandard.Builder::setRequirements)
        .use(Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true))).in(ImmutableServiceStandard.Builder::setNoRequirements)
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
        .use(Arbitraries.subsetOf(Component.values()).ofMaxSize(4)).in(ImmutableServiceStandard.Builder::setEmptyComponents)
        .use(extensions()).in(ImmutableServiceStandard.Builder::setExtensions)
        .build(builder -> consistentDraft(builder.build()));
  }

  /**
   * Makes a draft say one thing per component: "no requirements" lists none, and an empty row is
   * a component the draft does not fill.
   */
  private static ServiceStandard consistentDraft(ImmutableServiceStandard draft) {
    ImmutableServiceStandard s = draft.isNoRequirements() ? draft.withRequirements(List.of()) : draft;
    return s.withEmptyComponents(s.getEmptyComponents().stream().filter(c -> !s.fills(c)).toList());
  }

  // ------------------------------------------------------------------ complete standards

  /**
   * A step before it is made consistent: what it does, how long, which role acts, and the SOP's
   * other columns; a checking step may become a decision with branches.
   */
  private record StepDraft(
      String action, TimeSpan duration, int actor, boolean withId, String output, Optional<String> equipment,
      Optional<String> notes, boolean decision) {}

  /** The parts of a completion time beside its maximum: a range's share, a start, an extension. */
  private record TimeDraft(Optional<Integer> minimumPercent, Optional<String> startCondition, Optional<TimeExtension> extension) {}

  /** The parts of a complete standard that must agree with each other, generated independently. */
  private record CoreDraft(
      List<StaffRole> roles, List<StepDraft> steps, List<Product> products, int completionUnit, int slack, int load,
      Optional<String> description, TimeDraft time) {}

  private static Arbitrary<TimeDraft> timeDrafts() {
    Arbitrary<TimeExtension> extension = Combinators.combine(
            Arbitraries.integers().between(1, 7).map(TimeSpan::ofWorkingDays),
            Arbitraries.of(Vocabulary.EXTENSION_CONDITIONS),
            Arbitraries.just(Vocabulary.REGULATIONS.get(2)).optional(0.5))
        .as((duration, condition, basis) -> TimeExtension.builder()
            .setDuration(duration).setCondition(condition).setLegalBasis(basis).build());
    return Combinators.combine(
            Arbitraries.integers().between(10, 100).optional(0.3),
            Arbitraries.of(Vocabulary.START_CONDITIONS).optional(0.4),
            extension.optional(0.35))
        .as(TimeDraft::new);
  }

  private static Arbitrary<CoreDraft> coreDrafts() {
    Arbitrary<StaffRole> role = Combinators.combine(Arbitraries.of(Vocabulary.ROLES), Arbitraries.integers().between(1, 3))
        .as((name, count) -> StaffRole.builder().setName(name).setCount(count).build());
    // Plain actions: a shared decoration would make two steps read alike (sp.procedure.step-order).
    Arbitrary<StepDraft> step = Combinators.combine(
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
            products().list().uniqueElements(Product::getName).ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, COMPLETION_UNITS.size() - 1),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 100),
            text(Vocabulary.DESCRIPTIONS).optional(0.6),
            timeDrafts())
        .as(CoreDraft::new);
  }

  /**
   * Makes the drafted core consistent: steps numbered 1..n, acted by the staff roles, the last
   * yielding the first product, a checking step's branches leading to the next step or back to
   * the applicant; a completion time no shorter than the steps, its range's minimum no longer than
   * its maximum; a daily demand within half the staff's capacity.
   */
  private static ImmutableServiceStandard.Builder core(ImmutableServiceStandard.Builder builder, CoreDraft draft) {
    List<ProcedureStep> steps = new ArrayList<>();
    int minutes = 0;
    // Each action once: a complete procedure does not repeat a step (sp.procedure.step-order).
    // Dropping repeats here rather than asking jqwik for unique elements keeps generation cheap.
    Set<String> actions = new HashSet<>();
    List<StepDraft> drafts = draft.steps().stream().filter(step -> actions.add(step.action())).toList();
    for (int i = 0; i < drafts.size(); i++) {
      StepDraft step = drafts.get(i);
      boolean last = i == drafts.size() - 1;
      var built = ProcedureStep.builder()
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
      if (step.decision() && !last && Vocabulary.DECISION_ACTIONS.stream().anyMatch(step.action()::startsWith)) {
        built.addBranches(
            StepBranch.builder().setCondition(Vocabulary.BRANCH_CONDITIONS.get(0)).setNextStep(i + 2).build(),
            StepBranch.builder().setCondition(Vocabulary.BRANCH_CONDITIONS.get(1)).setOutcome(Vocabulary.BRANCH_OUTCOMES.get(0)).build());
      }
      steps.add(built.build());
      minutes += (int) WorkingTime.standard().toMinutes(step.duration());
    }
    int implementers = draft.roles().stream().mapToInt(r -> r.getCount().orElse(1)).sum();
    int halfCapacity = implementers * MINUTES_PER_DAY / minutes / 2;
    TimeSpan maximum = completionFor(minutes, draft.completionUnit(), draft.slack());
    TimeDraft time = draft.time();
    return builder
        .setProcedure(Procedure.builder().setDescription(draft.description()).setSteps(steps).build())
        .setCompletionTime(CompletionTime.builder()
            .setMaximum(maximum)
            .setMinimum(time.minimumPercent().map(p -> TimeSpan.of(Math.max(1, maximum.getAmount() * p / 100), maximum.getUnit())))
            .setStartCondition(time.startCondition())
            .setExtension(time.extension())
            .build())
        .setProducts(draft.products())
        .setStaffing(Staffing.builder()
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
      case DAYS -> throw new IllegalStateException("complete standards do not use " + DurationUnit.DAYS);
    };
  }

  private static int ceil(int a, int b) {
    return (a + b - 1) / b;
  }

  private static Arbitrary<List<Requirement>> completeRequirements() {
    return requirements().list().ofMinSize(1).ofMaxSize(6).map(list -> {
      List<Requirement> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        // The applicant category is left to drafts: a list per category asks which list applies to whom.
        ImmutableRequirement r = ImmutableRequirement.copyOf(list.get(i)).withApplicantCategory(Optional.empty());
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
    Arbitrary<FeeItem> priced = Builders.withBuilder(ImmutableFeeItem::builder)
        .use(text(Vocabulary.SERVICES)).in(ImmutableFeeItem.Builder::setName)
        .use(Arbitraries.longs().between(1_000, 5_000_000).map(Rupiah::of)).in(ImmutableFeeItem.Builder::setAmount)
        .use(Arbitraries.just(FeePricing.STATED)).withProbability(0.3).in(ImmutableFeeItem.Builder::setPricing)
        .use(Arbitraries.of(Vocabulary.FEE_CONDITIONS)).withProbability(0.3).in(ImmutableFeeItem.Builder::setCondition)
        .use(Arbitraries.of(Vocabulary.APPLICANT_CATEGORIES)).withProbability(0.3).in(ImmutableFeeItem.Builder::setApplicantCategory)
        .use(Arbitraries.of(Vocabulary.TARIFF_REGULATIONS)).in(ImmutableFeeItem.Builder::setLegalBasis)
        .build(ImmutableFeeItem.Builder::build);
    Arbitrary<Fee> free = Arbitraries.of(Vocabulary.DESCRIPTIONS).optional(0.5)
        .map(d -> Fee.builder().setFree(true).setDescription(d).build());
    Arbitrary<Fee> paid = Combinators.combine(
            priced.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Vocabulary.PAYMENT_CHANNELS).list().ofMinSize(1).ofMaxSize(2))
        .as((items, channels) -> Fee.builder().setItems(items).setPaymentChannels(channels).build());
    return Arbitraries.frequencyOf(Tuple.of(3, free), Tuple.of(1, paid));
  }

  /** Distinct real regulations (by type, number and year), some with the article cited. */
  private static Arbitrary<List<LegalReference>> completeLegalBasis() {
    return Combinators.combine(Arbitraries.of(Vocabulary.REGULATIONS), Arbitraries.of(Vocabulary.ARTICLES).optional(0.3))
        .as((reference, article) -> (LegalReference) ImmutableLegalReference.copyOf(reference).withArticle(article))
        .list().uniqueElements(r -> List.of(r.getType(), r.getNumber(), r.getYear())).ofMinSize(1).ofMaxSize(6);
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

  /**
   * Returns channels of a known kind with a plausible address of their own: a phone number
   * sometimes serving SMS and WhatsApp too, a social-media account sometimes naming its platform,
   * SP4N-LAPOR! with the ways it is reached, now and then hours of their own.
   */
  private static Arbitrary<Channel> completeChannels() {
    Set<ChannelKind> usable = EnumSet.complementOf(EnumSet.of(ChannelKind.OTHER));
    return Arbitraries.of(usable).flatMap(kind -> platforms(kind).flatMap(platform ->
        Builders.withBuilder(() -> ImmutableChannel.builder().setKind(kind).setPlatform(platform))
            .use(address(kind, platform)).in(ImmutableChannel.Builder::setAddress)
            .use(additionalKinds(kind)).in(ImmutableChannel.Builder::setAdditionalKinds)
            .use(kind == ChannelKind.SP4N_LAPOR ? laporAccess(false) : Arbitraries.just(List.<ChannelAccess>of()))
                .in(ImmutableChannel.Builder::setAccess)
            .use(officeHours()).withProbability(0.1).in(ImmutableChannel.Builder::setServiceHours)
            .build(ImmutableChannel.Builder::build)));
  }

  private static Arbitrary<ComplaintHandling> completeComplaintHandling() {
    return Combinators.combine(
            completeChannels().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.oneOf(Arbitraries.integers().between(1, 14).map(TimeSpan::ofWorkingDays),
                Arbitraries.integers().between(1, 24).map(TimeSpan::ofHours)),
            text(Vocabulary.COMPLAINT_PROCEDURES),
            Arbitraries.of(Vocabulary.UNITS),
            Arbitraries.of(Vocabulary.OFFICERS).optional(0.5))
        .as((channels, response, procedure, unit, officer) -> ComplaintHandling.builder()
            .setChannels(channels).setResponseTime(response).setProcedure(procedure).setResponsibleUnit(unit)
            .setResponsibleOfficer(officer).build());
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
   * passes the rule engine's default profile and Bean Validation. They carry the parts of wire
   * format 1.1 that no rule judges (service hours, publications, articles and issuers of the legal
   * basis, alternative documents, the SOP's equipment and notes, branches, channel access, fee
   * conditions, a range, a start condition, an extension), but never an unqualified "hari", a
   * "no requirements" statement or an empty row. Every part is generated independently and made
   * consistent by a plain function, so shrinking stays fast and every shrunk value is still
   * complete.
   *
   * @param asOf the reference date for dated parts (publications)
   * @return the standards
   */
  public static Arbitrary<ServiceStandard> completeStandards(LocalDate asOf) {
    return Builders.withBuilder(ImmutableServiceStandard::builder)
        .use(coreDrafts()).in(Generators::core)
        .use(ids()).in(ImmutableServiceStandard.Builder::setId)
        .use(text(Vocabulary.SERVICES)).in(ImmutableServiceStandard.Builder::setName)
        .use(text(Vocabulary.DESCRIPTIONS)).withProbability(0.5).in(ImmutableServiceStandard.Builder::setDescription)
        .use(Arbitraries.of(Vocabulary.UNITS)).withProbability(0.5).in(ImmutableServiceStandard.Builder::setUnit)
        .use(officeHours()).withProbability(0.4).in(ImmutableServiceStandard.Builder::setServiceHours)
        .use(publications(asOf).list().ofMaxSize(2)).in(ImmutableServiceStandard.Builder::setPublications)
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
        .use(serviceHours()).withProbability(0.5).in(ImmutableServiceProvider.Builder::setServiceHours)
        .build(ImmutableServiceProvider.Builder::build);
  }

  /**
   * Returns decree numbers of the year of {@code asOf}.
   *
   * @param asOf the reference date
   * @return the numbers
   */
  private static Arbitrary<String> decreeNumbers(LocalDate asOf) {
    return Arbitraries.integers().between(100, 9999).map(n -> "KW.01.1/1/HK.00/" + n + "/" + asOf.getYear());
  }

  /**
   * Returns decrees signed on a day before {@code asOf}, the number sometimes left out as some
   * documents do.
   *
   * @param asOf the reference date
   * @return the decrees
   */
  public static Arbitrary<Decree> decrees(LocalDate asOf) {
    return Builders.withBuilder(ImmutableDecree::builder)
        .use(decreeNumbers(asOf)).withProbability(0.75).in(ImmutableDecree.Builder::setNumber)
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
        .use(publications(asOf).list().ofMaxSize(3)).in(ImmutableStandardsCatalog.Builder::setPublications)
        .use(publicConsultations(asOf).list().ofMaxSize(2)).in(ImmutableStandardsCatalog.Builder::setConsultations)
        .use(draftStandards(asOf).list().ofMaxSize(3)).in(ImmutableStandardsCatalog.Builder::setStandards)
        .use(Arbitraries.just("KW.01.1/1/HK.00/0001/2026")).withProbability(0.3).in(ImmutableStandardsCatalog.Builder::setSupersededBy)
        .use(extensions()).in(ImmutableStandardsCatalog.Builder::setExtensions)
        .build(ImmutableStandardsCatalog.Builder::build);
  }

  /**
   * Returns complete catalogues, valid on {@code asOf}: provider, a numbered decree signed after a
   * public consultation, an effective date after the decree, an evaluation within the last six
   * months, a pledge, publications, and one to four complete standards with distinct ids.
   *
   * @param asOf the day the catalogue is checked on
   * @param standards the standards to hold
   * @return the catalogues
   */
  public static Arbitrary<StandardsCatalog> completeCatalogs(LocalDate asOf, Arbitrary<ServiceStandard> standards) {
    return Builders.withBuilder(ImmutableStandardsCatalog::builder)
        .use(Combinators.combine(serviceProviders(), officeHours().optional(0.5))
                .as((p, hours) -> ImmutableServiceProvider.copyOf(p)
                    .withContacts(Channel.builder().setKind(ChannelKind.EMAIL).setAddress("ptsp.aceh@kemenag.go.id").build())
                    .withServiceHours(hours)))
            .in(ImmutableStandardsCatalog.Builder::setProvider)
        .use(Combinators.combine(decrees(asOf), decreeNumbers(asOf), daysBefore(asOf, 60, 700))
                .as((decree, number, signed) -> ImmutableDecree.copyOf(decree).withNumber(number).withDate(signed)))
            .in(ImmutableStandardsCatalog.Builder::setDecree)
        .use(Arbitraries.of(CatalogStatus.ESTABLISHED, CatalogStatus.PUBLISHED)).in(ImmutableStandardsCatalog.Builder::setStatus)
        .use(daysBefore(asOf, 0, 180)).in(ImmutableStandardsCatalog.Builder::setLastEvaluationDate)
        .use(servicePledges(asOf)).in(ImmutableStandardsCatalog.Builder::setPledge)
        .use(publications(asOf).list().ofMaxSize(2)).in(ImmutableStandardsCatalog.Builder::setPublications)
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
    types.put(ServiceStandard.class, () -> completeStandards(asOf));
    types.put(StandardsCatalog.class, () -> completeCatalogs(asOf, completeStandards(asOf)));
    types.put(TimeSpan.class, Generators::timeSpans);
    types.put(Rupiah.class, Generators::rupiahs);
    types.put(WorkingTime.class, Generators::workingTimes);
    types.put(LegalReference.class, Generators::legalReferences);
    types.put(Requirement.class, Generators::requirements);
    types.put(StepBranch.class, Generators::stepBranches);
    types.put(ProcedureStep.class, Generators::procedureSteps);
    types.put(Procedure.class, Generators::procedures);
    types.put(TimeExtension.class, Generators::timeExtensions);
    types.put(CompletionTime.class, Generators::completionTimes);
    types.put(FeeItem.class, Generators::feeItems);
    types.put(Fee.class, Generators::fees);
    types.put(Product.class, Generators::products);
    types.put(ChannelAccess.class, Generators::channelAccesses);
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
    types.put(Publication.class, () -> publications(asOf));
    types.put(TimeWindow.class, Generators::timeWindows);
    types.put(ServicePeriod.class, Generators::servicePeriods);
    types.put(SpecialHours.class, Generators::specialHours);
    types.put(ServiceHours.class, Generators::serviceHours);
    return Collections.unmodifiableMap(types);
  }

  private static List<ServiceStandard> distinctIds(List<ServiceStandard> standards) {
    List<ServiceStandard> out = new ArrayList<>();
    for (int i = 0; i < standards.size(); i++) {
      ServiceStandard s = standards.get(i);
      out.add(ImmutableServiceStandard.copyOf(s).withId(s.getId().orElse("layanan") + "-" + (i + 1)));
    }
    return out;
  }
}
