package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import id.standarpelayanan.model.internal.ConstraintPlans;
import id.standarpelayanan.model.internal.FastPathValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Bean Validation constraint of the model fires on a bad value with exactly one violation at
 * the right JSON Pointer, and stays quiet on a good (boundary) value.
 */
class ConstraintsTest {

  private static final ConstraintPlans PLANS =
      ModelValidation.validator().unwrap(FastPathValidator.class).plans();

  private static final ImmutableStandardsCatalog CATALOG =
      ImmutableStandardsCatalog.copyOf(KanwilAcehFixtures.catalog());
  private static final ImmutableServiceStandard STANDARD =
      ImmutableServiceStandard.copyOf(CATALOG.getStandards().get(0));

  /** One constrained field: how to put a value into the catalogue, a bad value and a good one. */
  record Case(
      String pointer,
      Class<? extends Annotation> constraint,
      Function<Object, StandardsCatalog> put,
      Object bad,
      Object good) {
    @Override
    public String toString() {
      return pointer + " @" + constraint.getSimpleName() + " bad=" + abbreviate(bad);
    }

    private static String abbreviate(Object value) {
      String text = String.valueOf(value);
      return text.length() > 20 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
    }
  }

  private static final String BLANK = " \t ";

  /** A text with a character XML 1.0 cannot carry (U+FFFE). */
  private static final String FORBIDDEN = "ada\uFFFEitu";

  /**
   * A text with every kind of character XML 1.0 can carry near the forbidden ones: tab, line feed,
   * carriage return, U+007F–U+009F, U+FFFD and a surrogate pair.
   */
  private static final String CARRIED = "ada\t\n\r\u007F\u0085\u009F\uFFFD\uD83D\uDE00itu";

  static String longer(int max) {
    return "x".repeat(max + 1);
  }

  static String exactly(int max) {
    return "x".repeat(max);
  }

  static StandardsCatalog inStandard(UnaryOperator<ImmutableServiceStandard> change) {
    return CATALOG.withStandards(change.apply(STANDARD));
  }

  @SuppressWarnings("unchecked")
  static <T> Case text(
      String pointer,
      Class<? extends Annotation> constraint,
      Function<T, StandardsCatalog> put,
      T bad,
      T good) {
    return new Case(pointer, constraint, v -> put.apply((T) v), bad, good);
  }

  /** The blank and the too-long case of one text field. */
  static Stream<Case> textField(String pointer, int max, Function<String, StandardsCatalog> put) {
    return Stream.of(
        text(pointer, NotBlankIfPresent.class, put, BLANK, "ada"),
        text(pointer, Size.class, put, longer(max), exactly(max)),
        text(pointer, XmlCharacters.class, put, FORBIDDEN, CARRIED));
  }

  static ImmutableRequirement requirement() {
    return ImmutableRequirement.copyOf(STANDARD.getRequirements().get(0));
  }

  static ImmutableProcedureStep step() {
    return ImmutableProcedureStep.copyOf(STANDARD.getProcedure().orElseThrow().getSteps().get(0));
  }

  static StandardsCatalog withStep(ImmutableProcedureStep step) {
    return inStandard(
        s ->
            s.withProcedure(
                ImmutableProcedure.copyOf(s.getProcedure().orElseThrow()).withSteps(step)));
  }

  static StandardsCatalog withStaffing(UnaryOperator<ImmutableStaffing> change) {
    return inStandard(
        s -> s.withStaffing(change.apply(ImmutableStaffing.copyOf(s.getStaffing().orElseThrow()))));
  }

  static StandardsCatalog withComplaints(UnaryOperator<ImmutableComplaintHandling> change) {
    return inStandard(
        s ->
            s.withComplaintHandling(
                change.apply(
                    ImmutableComplaintHandling.copyOf(s.getComplaintHandling().orElseThrow()))));
  }

  static StandardsCatalog withFee(Fee fee) {
    return inStandard(s -> s.withFee(fee));
  }

  static FeeItem feeItem(String name, String unit) {
    return FeeItem.builder().setName(name).setAmount(Rupiah.of(5000)).setUnit(unit).build();
  }

  static ImmutableSatisfactionSurvey survey() {
    return ImmutableSatisfactionSurvey.builder()
        .setPeriodStart(java.time.LocalDate.of(2024, 1, 1))
        .setPeriodEnd(java.time.LocalDate.of(2024, 6, 30))
        .setRespondents(120)
        .setConvertedValue(new BigDecimal("82.47"))
        .setGrade(SurveyGrade.B)
        .build();
  }

  static ImmutableSurveyElement element() {
    return ImmutableSurveyElement.builder().setCode("U1").build();
  }

  static StandardsCatalog withSurvey(SatisfactionSurvey survey) {
    return inStandard(
        s ->
            s.withPerformanceEvaluation(
                PerformanceEvaluation.builder().addSatisfactionSurvey(survey).build()));
  }

  static ImmutableFacility facility() {
    return ImmutableFacility.copyOf(STANDARD.getFacilities().get(0));
  }

  static ImmutableServiceProvider provider() {
    return ImmutableServiceProvider.copyOf(CATALOG.getProvider().orElseThrow());
  }

  static ImmutableDecree decree() {
    return ImmutableDecree.copyOf(CATALOG.getDecree().orElseThrow());
  }

  static ImmutablePublicConsultation consultation() {
    return ImmutablePublicConsultation.copyOf(CATALOG.getConsultations().get(0));
  }

  static ImmutableLegalReference law() {
    return ImmutableLegalReference.copyOf(STANDARD.getLegalBasis().get(0));
  }

  static Stream<Case> cases() {
    String s0 = "/standards/0";
    return Stream.of(
            // Catalogue
            textField("/version", TextLimits.CODE, v -> CATALOG.withVersion(v)),
            textField("/supersededBy", TextLimits.CODE, v -> CATALOG.withSupersededBy(v)),
            Stream.of(
                text(
                    "/extensions/-awal-tanda-hubung",
                    Pattern.class,
                    (String k) -> CATALOG.withExtensions(Map.of(k, "v")),
                    "-awal-tanda-hubung",
                    "sipp.kode"),
                text(
                    "/extensions/kode",
                    Size.class,
                    (String v) -> CATALOG.withExtensions(Map.of("kode", v)),
                    longer(TextLimits.TEXT),
                    exactly(TextLimits.TEXT)),
                text(
                    "/extensions/kode",
                    XmlCharacters.class,
                    (String v) -> CATALOG.withExtensions(Map.of("kode", v)),
                    FORBIDDEN,
                    CARRIED)),
            textField(
                "/provider/name",
                TextLimits.NAME,
                v -> CATALOG.withProvider(provider().withName(v))),
            textField(
                "/provider/parentAgency",
                TextLimits.NAME,
                v -> CATALOG.withProvider(provider().withParentAgency(v))),
            textField(
                "/provider/unitCode",
                TextLimits.CODE,
                v -> CATALOG.withProvider(provider().withUnitCode(v))),
            textField(
                "/provider/region",
                TextLimits.NAME,
                v -> CATALOG.withProvider(provider().withRegion(v))),
            textField(
                "/provider/address",
                TextLimits.TEXT,
                v -> CATALOG.withProvider(provider().withAddress(v))),
            textField(
                "/provider/contacts/0/address",
                TextLimits.NAME,
                v ->
                    CATALOG.withProvider(
                        provider()
                            .withContacts(
                                Channel.builder()
                                    .setKind(ChannelKind.PHONE)
                                    .setAddress(v)
                                    .build()))),
            textField(
                "/provider/contacts/0/description",
                TextLimits.TEXT,
                v ->
                    CATALOG.withProvider(
                        provider()
                            .withContacts(
                                Channel.builder()
                                    .setKind(ChannelKind.PHONE)
                                    .setDescription(v)
                                    .build()))),
            textField(
                "/decree/number", TextLimits.CODE, v -> CATALOG.withDecree(decree().withNumber(v))),
            textField(
                "/decree/signatory",
                TextLimits.NAME,
                v -> CATALOG.withDecree(decree().withSignatory(v))),
            textField(
                "/decree/title", TextLimits.NAME, v -> CATALOG.withDecree(decree().withTitle(v))),
            textField(
                "/pledge/text",
                TextLimits.TEXT,
                v ->
                    CATALOG.withPledge(
                        ImmutableServicePledge.copyOf(CATALOG.getPledge().orElseThrow())
                            .withText(v))),
            textField(
                "/pledge/signatory",
                TextLimits.NAME,
                v ->
                    CATALOG.withPledge(
                        ImmutableServicePledge.copyOf(CATALOG.getPledge().orElseThrow())
                            .withSignatory(v))),
            Stream.of(
                text(
                    "/consultations/0/participantCount",
                    Positive.class,
                    (Integer n) ->
                        CATALOG.withConsultations(consultation().withParticipantCount(n)),
                    0,
                    1),
                text(
                    "/consultations/0/participantCount",
                    Max.class,
                    (Integer n) ->
                        CATALOG.withConsultations(consultation().withParticipantCount(n)),
                    TextLimits.COUNT + 1,
                    TextLimits.COUNT)),
            textField(
                "/consultations/0/summary",
                TextLimits.TEXT,
                v -> CATALOG.withConsultations(consultation().withSummary(v))),
            textField(
                "/consultations/0/minutesReference",
                TextLimits.CODE,
                v -> CATALOG.withConsultations(consultation().withMinutesReference(v))),
            // Standard
            Stream.of(
                text(
                    s0 + "/id", Pattern.class, (String v) -> inStandard(s -> s.withId(v)), "", "a"),
                text(
                    s0 + "/id",
                    Pattern.class,
                    (String v) -> inStandard(s -> s.withId(v)),
                    "a".repeat(65),
                    "a".repeat(64)),
                text(
                    s0 + "/id",
                    Pattern.class,
                    (String v) -> inStandard(s -> s.withId(v)),
                    "layanan ijazah",
                    "layanan_ijazah.v2")),
            textField(s0 + "/name", TextLimits.NAME, v -> inStandard(s -> s.withName(v))),
            textField(
                s0 + "/description", TextLimits.TEXT, v -> inStandard(s -> s.withDescription(v))),
            textField(s0 + "/unit", TextLimits.NAME, v -> inStandard(s -> s.withUnit(v))),
            Stream.of(
                text(
                    s0 + "/extensions/kode sipp",
                    Pattern.class,
                    (String k) -> inStandard(s -> s.withExtensions(Map.of(k, "v"))),
                    "kode sipp",
                    "kode-sipp"),
                text(
                    s0 + "/extensions/k",
                    Size.class,
                    (String v) -> inStandard(s -> s.withExtensions(Map.of("k", v))),
                    longer(TextLimits.TEXT),
                    exactly(TextLimits.TEXT)),
                text(
                    s0 + "/extensions/k",
                    XmlCharacters.class,
                    (String v) -> inStandard(s -> s.withExtensions(Map.of("k", v))),
                    FORBIDDEN,
                    CARRIED)),
            // 1 legal basis
            textField(
                s0 + "/legalBasis/0/number",
                TextLimits.CODE,
                v -> inStandard(s -> s.withLegalBasis(law().withNumber(v)))),
            textField(
                s0 + "/legalBasis/0/title",
                TextLimits.NAME,
                v -> inStandard(s -> s.withLegalBasis(law().withTitle(v)))),
            Stream.of(
                text(
                    s0 + "/legalBasis/0/year",
                    Min.class,
                    (Integer y) -> inStandard(s -> s.withLegalBasis(law().withYear(y))),
                    999,
                    1000),
                text(
                    s0 + "/legalBasis/0/year",
                    Max.class,
                    (Integer y) -> inStandard(s -> s.withLegalBasis(law().withYear(y))),
                    10000,
                    9999)),
            // 2 requirements
            Stream.of(
                text(
                    s0 + "/requirements/0/id",
                    Pattern.class,
                    (String v) -> inStandard(s -> s.withRequirements(requirement().withId(v))),
                    "ktp/asli",
                    "ktp-asli"),
                text(
                    s0 + "/requirements/0/copies",
                    Positive.class,
                    (Integer n) -> inStandard(s -> s.withRequirements(requirement().withCopies(n))),
                    0,
                    1),
                text(
                    s0 + "/requirements/0/copies",
                    Max.class,
                    (Integer n) -> inStandard(s -> s.withRequirements(requirement().withCopies(n))),
                    TextLimits.COUNT + 1,
                    TextLimits.COUNT)),
            textField(
                s0 + "/requirements/0/description",
                TextLimits.TEXT,
                v -> inStandard(s -> s.withRequirements(requirement().withDescription(v)))),
            textField(
                s0 + "/requirements/0/condition",
                TextLimits.TEXT,
                v -> inStandard(s -> s.withRequirements(requirement().withCondition(v)))),
            // 3 procedure
            textField(
                s0 + "/procedure/description",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withProcedure(
                                ImmutableProcedure.copyOf(s.getProcedure().orElseThrow())
                                    .withDescription(v)))),
            Stream.of(
                text(
                    s0 + "/procedure/steps/0/id",
                    Pattern.class,
                    (String v) -> withStep(step().withId(v)),
                    "#1",
                    "1"),
                text(
                    s0 + "/procedure/steps/0/number",
                    Positive.class,
                    (Integer n) -> withStep(step().withNumber(n)),
                    0,
                    1)),
            textField(
                s0 + "/procedure/steps/0/actor",
                TextLimits.NAME,
                v -> withStep(step().withActor(v))),
            textField(
                s0 + "/procedure/steps/0/description",
                TextLimits.TEXT,
                v -> withStep(step().withDescription(v))),
            textField(
                s0 + "/procedure/steps/0/output",
                TextLimits.NAME,
                v -> withStep(step().withOutput(v))),
            // 4 completion time
            textField(
                s0 + "/completionTime/description",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withCompletionTime(
                                ImmutableCompletionTime.copyOf(s.getCompletionTime().orElseThrow())
                                    .withDescription(v)))),
            // 5 fee
            textField(
                s0 + "/fee/items/0/name",
                TextLimits.NAME,
                v -> withFee(Fee.builder().addItem(feeItem(v, "per lembar")).build())),
            textField(
                s0 + "/fee/items/0/unit",
                TextLimits.NAME,
                v -> withFee(Fee.builder().addItem(feeItem("Legalisasi", v)).build())),
            textField(
                s0 + "/fee/items/0/legalBasis/number",
                TextLimits.CODE,
                v ->
                    withFee(
                        Fee.builder()
                            .addItem(
                                ImmutableFeeItem.copyOf(feeItem("Legalisasi", "per lembar"))
                                    .withLegalBasis(law().withNumber(v)))
                            .build())),
            textField(
                s0 + "/fee/items/0/legalBasis/title",
                TextLimits.NAME,
                v ->
                    withFee(
                        Fee.builder()
                            .addItem(
                                ImmutableFeeItem.copyOf(feeItem("Legalisasi", "per lembar"))
                                    .withLegalBasis(law().withTitle(v)))
                            .build())),
            Stream.of(
                text(
                    s0 + "/fee/items/0/legalBasis/year",
                    Min.class,
                    (Integer y) ->
                        withFee(
                            Fee.builder()
                                .addItem(
                                    ImmutableFeeItem.copyOf(feeItem("Legalisasi", "per lembar"))
                                        .withLegalBasis(law().withYear(y)))
                                .build()),
                    999,
                    1000)),
            textField(
                s0 + "/fee/paymentChannels/0",
                TextLimits.NAME,
                v -> withFee(Fee.builder().addPaymentChannel(v).build())),
            textField(
                s0 + "/fee/description",
                TextLimits.TEXT,
                v -> withFee(Fee.builder().setFree(true).setDescription(v).build())),
            // 6 products
            textField(
                s0 + "/products/0/name",
                TextLimits.NAME,
                v -> inStandard(s -> s.withProducts(Product.builder().setName(v).build()))),
            textField(
                s0 + "/products/0/description",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withProducts(
                                Product.builder().setName("Produk").setDescription(v).build()))),
            // 7 facilities
            textField(
                s0 + "/facilities/0/name",
                TextLimits.NAME,
                v -> inStandard(s -> s.withFacilities(facility().withName(v)))),
            textField(
                s0 + "/facilities/0/description",
                TextLimits.TEXT,
                v -> inStandard(s -> s.withFacilities(facility().withDescription(v)))),
            Stream.of(
                text(
                    s0 + "/facilities/0/quantity",
                    Positive.class,
                    (Integer n) -> inStandard(s -> s.withFacilities(facility().withQuantity(n))),
                    0,
                    1),
                text(
                    s0 + "/facilities/0/quantity",
                    Max.class,
                    (Integer n) -> inStandard(s -> s.withFacilities(facility().withQuantity(n))),
                    TextLimits.COUNT + 1,
                    TextLimits.COUNT)),
            // 8 competence
            textField(
                s0 + "/competencies/0/description",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withCompetencies(
                                Competency.builder()
                                    .setDimension(CompetencyDimension.SKILL)
                                    .setDescription(v)
                                    .build()))),
            // 9 internal supervision
            textField(
                s0 + "/internalSupervision/description",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withInternalSupervision(
                                InternalSupervision.builder().setDescription(v).build()))),
            textField(
                s0 + "/internalSupervision/supervisors/0",
                TextLimits.NAME,
                v ->
                    inStandard(
                        s ->
                            s.withInternalSupervision(
                                InternalSupervision.builder().addSupervisor(v).build()))),
            // 10 complaint handling
            textField(
                s0 + "/complaintHandling/channels/0/address",
                TextLimits.NAME,
                v ->
                    withComplaints(
                        c ->
                            c.withChannels(
                                Channel.builder()
                                    .setKind(ChannelKind.EMAIL)
                                    .setAddress(v)
                                    .build()))),
            textField(
                s0 + "/complaintHandling/channels/0/description",
                TextLimits.TEXT,
                v ->
                    withComplaints(
                        c ->
                            c.withChannels(
                                Channel.builder()
                                    .setKind(ChannelKind.IN_PERSON)
                                    .setDescription(v)
                                    .build()))),
            textField(
                s0 + "/complaintHandling/procedure",
                TextLimits.TEXT,
                v -> withComplaints(c -> c.withProcedure(v))),
            textField(
                s0 + "/complaintHandling/responsibleUnit",
                TextLimits.NAME,
                v -> withComplaints(c -> c.withResponsibleUnit(v))),
            // 11 staffing
            Stream.of(
                text(
                    s0 + "/staffing/implementerCount",
                    Positive.class,
                    (Integer n) -> withStaffing(st -> st.withImplementerCount(n)),
                    0,
                    1),
                text(
                    s0 + "/staffing/implementerCount",
                    Max.class,
                    (Integer n) -> withStaffing(st -> st.withImplementerCount(n)),
                    TextLimits.COUNT + 1,
                    TextLimits.COUNT),
                text(
                    s0 + "/staffing/expectedDailyDemand",
                    PositiveOrZero.class,
                    (Integer n) -> withStaffing(st -> st.withExpectedDailyDemand(n)),
                    -1,
                    0),
                text(
                    s0 + "/staffing/expectedDailyDemand",
                    Max.class,
                    (Integer n) -> withStaffing(st -> st.withExpectedDailyDemand(n)),
                    TextLimits.COUNT + 1,
                    TextLimits.COUNT),
                text(
                    s0 + "/staffing/roles/0/count",
                    Positive.class,
                    (Integer n) ->
                        withStaffing(
                            st ->
                                st.withRoles(
                                    StaffRole.builder().setName("Petugas").setCount(n).build())),
                    0,
                    1),
                text(
                    s0 + "/staffing/roles/0/count",
                    Max.class,
                    (Integer n) ->
                        withStaffing(
                            st ->
                                st.withRoles(
                                    StaffRole.builder().setName("Petugas").setCount(n).build())),
                    TextLimits.COUNT + 1,
                    TextLimits.COUNT)),
            textField(
                s0 + "/staffing/roles/0/name",
                TextLimits.NAME,
                v -> withStaffing(st -> st.withRoles(StaffRole.builder().setName(v).build()))),
            textField(
                s0 + "/staffing/description",
                TextLimits.TEXT,
                v -> withStaffing(st -> st.withDescription(v))),
            // 12-14 guarantees and evaluation
            textField(
                s0 + "/serviceGuarantee/statement",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withServiceGuarantee(
                                ServiceGuarantee.builder().setStatement(v).build()))),
            textField(
                s0 + "/securityAndSafety/statement",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withSecurityAndSafety(
                                SecurityAndSafetyGuarantee.builder().setStatement(v).build()))),
            textField(
                s0 + "/securityAndSafety/measures/0",
                TextLimits.NAME,
                v ->
                    inStandard(
                        s ->
                            s.withSecurityAndSafety(
                                SecurityAndSafetyGuarantee.builder()
                                    .setStatement("Aman")
                                    .addMeasure(v)
                                    .build()))),
            textField(
                s0 + "/performanceEvaluation/description",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withPerformanceEvaluation(
                                PerformanceEvaluation.builder().setDescription(v).build()))),
            textField(
                s0 + "/performanceEvaluation/satisfactionSurveys/0/weakestElements/0",
                TextLimits.CODE,
                v -> withSurvey(survey().withWeakestElements(v))),
            textField(
                s0 + "/performanceEvaluation/satisfactionSurveys/0/elements/0/code",
                TextLimits.CODE,
                v -> withSurvey(survey().withElements(SurveyElement.builder().setCode(v).build()))),
            Stream.of(
                text(
                    s0 + "/performanceEvaluation/satisfactionSurveys/0/respondents",
                    Positive.class,
                    (Integer n) -> withSurvey(survey().withRespondents(n)),
                    0,
                    1),
                text(
                    s0 + "/performanceEvaluation/satisfactionSurveys/0/respondents",
                    Max.class,
                    (Integer n) -> withSurvey(survey().withRespondents(n)),
                    TextLimits.COUNT + 1,
                    TextLimits.COUNT),
                // 24.75 is what nine weights of 0.11 give an all-1 survey: it loads, and is
                // flagged.
                text(
                    s0 + "/performanceEvaluation/satisfactionSurveys/0/convertedValue",
                    Min.class,
                    (BigDecimal v) -> withSurvey(survey().withConvertedValue(v)),
                    new BigDecimal("24.75"),
                    new BigDecimal("25.00")),
                text(
                    s0 + "/performanceEvaluation/satisfactionSurveys/0/convertedValue",
                    Max.class,
                    (BigDecimal v) -> withSurvey(survey().withConvertedValue(v)),
                    new BigDecimal("100.01"),
                    new BigDecimal("100")),
                text(
                    s0 + "/performanceEvaluation/satisfactionSurveys/0/elements/0/weight",
                    PositiveOrZero.class,
                    (BigDecimal v) -> withSurvey(survey().withElements(element().withWeight(v))),
                    new BigDecimal("-0.01"),
                    BigDecimal.ZERO),
                text(
                    s0 + "/performanceEvaluation/satisfactionSurveys/0/elements/0/weight",
                    Max.class,
                    (BigDecimal v) -> withSurvey(survey().withElements(element().withWeight(v))),
                    new BigDecimal("1.001"),
                    BigDecimal.ONE),
                text(
                    s0 + "/performanceEvaluation/satisfactionSurveys/0/elements/0/mean",
                    PositiveOrZero.class,
                    (BigDecimal v) -> withSurvey(survey().withElements(element().withMean(v))),
                    new BigDecimal("-1"),
                    new BigDecimal("0.000")),
                text(
                    s0 + "/performanceEvaluation/satisfactionSurveys/0/elements/0/mean",
                    Max.class,
                    (BigDecimal v) -> withSurvey(survey().withElements(element().withMean(v))),
                    new BigDecimal("4.0001"),
                    new BigDecimal("4.000"))),
            // Since 1.1
            textField(
                "/publications/0/address",
                TextLimits.NAME,
                v ->
                    CATALOG.withPublications(
                        Publication.builder()
                            .setMedium(PublicationMedium.WEBSITE)
                            .setAddress(v)
                            .build())),
            textField(
                "/publications/0/description",
                TextLimits.TEXT,
                v ->
                    CATALOG.withPublications(
                        Publication.builder()
                            .setMedium(PublicationMedium.SIPPN)
                            .setDescription(v)
                            .build())),
            textField(
                "/provider/serviceHours/description",
                TextLimits.TEXT,
                v ->
                    CATALOG.withProvider(
                        provider()
                            .withServiceHours(ServiceHours.builder().setDescription(v).build()))),
            textField(
                "/provider/serviceHours/periods/0/description",
                TextLimits.TEXT,
                v ->
                    CATALOG.withProvider(
                        provider()
                            .withServiceHours(
                                ServiceHours.builder()
                                    .addPeriod(
                                        ServicePeriod.builder()
                                            .addDay(java.time.DayOfWeek.FRIDAY)
                                            .setDescription(v)
                                            .build())
                                    .build()))),
            textField(
                "/provider/serviceHours/specialHours/0/description",
                TextLimits.TEXT,
                v ->
                    CATALOG.withProvider(
                        provider()
                            .withServiceHours(
                                ServiceHours.builder()
                                    .addSpecialHours(
                                        SpecialHours.builder()
                                            .setOccasion(Occasion.RAMADAN)
                                            .setDescription(v)
                                            .build())
                                    .build()))),
            textField(
                s0 + "/requirements/0/alternatives/0",
                TextLimits.TEXT,
                v -> inStandard(s -> s.withRequirements(requirement().withAlternatives(v)))),
            textField(
                s0 + "/requirements/0/applicantCategory",
                TextLimits.NAME,
                v -> inStandard(s -> s.withRequirements(requirement().withApplicantCategory(v)))),
            textField(
                s0 + "/fee/items/0/condition",
                TextLimits.TEXT,
                v ->
                    withFee(
                        Fee.builder()
                            .addItem(
                                ImmutableFeeItem.copyOf(feeItem("Nikah", "per peristiwa"))
                                    .withCondition(v))
                            .build())),
            textField(
                s0 + "/fee/items/0/applicantCategory",
                TextLimits.NAME,
                v ->
                    withFee(
                        Fee.builder()
                            .addItem(
                                ImmutableFeeItem.copyOf(feeItem("Poli", "per kunjungan"))
                                    .withApplicantCategory(v))
                            .build())),
            textField(
                s0 + "/complaintHandling/channels/0/access/0/address",
                TextLimits.NAME,
                v ->
                    withComplaints(
                        c ->
                            c.withChannels(
                                Channel.builder()
                                    .setKind(ChannelKind.SP4N_LAPOR)
                                    .addAccess(
                                        ChannelAccess.builder()
                                            .setKind(ChannelKind.SMS)
                                            .setAddress(v)
                                            .build())
                                    .build()))),
            textField(
                s0 + "/complaintHandling/responsibleOfficer",
                TextLimits.NAME,
                v -> withComplaints(c -> c.withResponsibleOfficer(v))),
            textField(
                s0 + "/procedure/steps/0/equipment",
                TextLimits.TEXT,
                v -> withStep(step().withEquipment(v))),
            textField(
                s0 + "/procedure/steps/0/condition",
                TextLimits.TEXT,
                v -> withStep(step().withCondition(v))),
            textField(
                s0 + "/procedure/steps/0/notes",
                TextLimits.TEXT,
                v -> withStep(step().withNotes(v))),
            textField(
                s0 + "/procedure/steps/0/branches/0/condition",
                TextLimits.TEXT,
                v -> withStep(step().withBranches(StepBranch.builder().setCondition(v).build()))),
            textField(
                s0 + "/procedure/steps/0/branches/0/outcome",
                TextLimits.TEXT,
                v ->
                    withStep(
                        step()
                            .withBranches(
                                StepBranch.builder()
                                    .setCondition("tidak lengkap")
                                    .setOutcome(v)
                                    .build()))),
            Stream.of(
                text(
                    s0 + "/procedure/steps/0/branches/0/nextStep",
                    Positive.class,
                    (Integer n) ->
                        withStep(
                            step()
                                .withBranches(
                                    StepBranch.builder()
                                        .setCondition("lengkap")
                                        .setNextStep(n)
                                        .build())),
                    0,
                    1),
                text(
                    s0 + "/procedure/steps/0/branches/0/nextStep",
                    Max.class,
                    (Integer n) ->
                        withStep(
                            step()
                                .withBranches(
                                    StepBranch.builder()
                                        .setCondition("lengkap")
                                        .setNextStep(n)
                                        .build())),
                    TextLimits.COUNT + 1,
                    TextLimits.COUNT)),
            textField(
                s0 + "/legalBasis/0/issuer",
                TextLimits.NAME,
                v -> inStandard(s -> s.withLegalBasis(law().withIssuer(v)))),
            textField(
                s0 + "/legalBasis/0/region",
                TextLimits.NAME,
                v -> inStandard(s -> s.withLegalBasis(law().withRegion(v)))),
            textField(
                s0 + "/legalBasis/0/article",
                TextLimits.NAME,
                v -> inStandard(s -> s.withLegalBasis(law().withArticle(v)))),
            textField(
                s0 + "/completionTime/perUnit",
                TextLimits.NAME,
                v ->
                    inStandard(
                        s ->
                            s.withCompletionTime(
                                ImmutableCompletionTime.copyOf(s.getCompletionTime().orElseThrow())
                                    .withPerUnit(v)))),
            textField(
                s0 + "/completionTime/startCondition",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withCompletionTime(
                                ImmutableCompletionTime.copyOf(s.getCompletionTime().orElseThrow())
                                    .withStartCondition(v)))),
            textField(
                s0 + "/completionTime/extension/condition",
                TextLimits.TEXT,
                v ->
                    inStandard(
                        s ->
                            s.withCompletionTime(
                                ImmutableCompletionTime.copyOf(s.getCompletionTime().orElseThrow())
                                    .withExtension(
                                        TimeExtension.builder()
                                            .setDuration(TimeSpan.ofWorkingDays(7))
                                            .setCondition(v)
                                            .build())))))
        .flatMap(Function.identity());
  }

  private static List<ConstraintViolation<StandardsCatalog>> validate(StandardsCatalog catalog) {
    Set<ConstraintViolation<StandardsCatalog>> violations =
        ModelValidation.validator().validate(catalog);
    return List.copyOf(violations);
  }

  @Test
  void completeFixturePassesWithoutViolation() {
    assertThat(validate(CATALOG)).isEmpty();
    assertThat(PLANS.valid(CATALOG)).as("the compiled plan proves it valid by itself").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesOnceAtTheFieldOnABadValue(Case c) {
    StandardsCatalog bad = c.put().apply(c.bad());
    List<ConstraintViolation<StandardsCatalog>> violations = validate(bad);

    assertThat(PLANS.valid(bad)).as("the compiled plan must not call it valid").isFalse();
    assertThat(violations).hasSize(1);
    ConstraintViolation<StandardsCatalog> violation = violations.get(0);
    assertThat(ModelValidation.jsonPointer(violation.getPropertyPath()).toString())
        .isEqualTo(c.pointer());
    assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType())
        .isEqualTo(c.constraint());
    assertThat(violation.getMessage()).isNotBlank().doesNotContain("{");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void staysQuietOnAGoodValue(Case c) {
    StandardsCatalog good = c.put().apply(c.good());
    assertThat(validate(good)).isEmpty();
    assertThat(PLANS.valid(good)).as("the compiled plan proves it valid by itself").isTrue();
  }

  /**
   * Every constrained property of every model type has a case at one of the places the type appears
   * (a {@link ServiceHours} is checked once, not under each of its four owners).
   */
  @Test
  void everyConstrainedPropertyOfTheModelHasACase() {
    Set<String> covered = new java.util.TreeSet<>();
    cases().forEach(c -> covered.add(declaredAt(c.pointer())));
    Set<String> constrained = new java.util.TreeSet<>();
    collectConstrained(StandardsCatalog.class, constrained, new java.util.HashSet<>());
    assertThat(constrained)
        .as("the walk finds the model's constraints")
        .hasSizeGreaterThanOrEqualTo(80);
    assertThat(covered).containsAll(constrained);
  }

  /**
   * Walks the model's metadata as Hibernate Validator sees it, listing every constrained
   * Type.property.
   */
  private static void collectConstrained(Class<?> type, Set<String> out, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    var descriptor = ModelValidation.validator().getConstraintsForClass(type);
    for (var property : descriptor.getConstrainedProperties()) {
      boolean direct =
          property.hasConstraints()
              || property.getConstrainedContainerElementTypes().stream()
                  .anyMatch(e -> e.hasConstraints());
      if (direct) {
        out.add(type.getSimpleName() + "." + property.getPropertyName());
      }
      property
          .getConstrainedContainerElementTypes()
          .forEach(
              element -> {
                if (element.isCascaded()) {
                  collectConstrained(element.getElementClass(), out, seen);
                }
              });
      if (property.isCascaded()) {
        collectConstrained(property.getElementClass(), out, seen);
      }
    }
  }

  /** Resolves a case's pointer to the Type.property it exercises, following the model's types. */
  private static String declaredAt(String pointer) {
    Class<?> type = StandardsCatalog.class;
    java.util.List<String> segments = Pointer.parse(pointer).tokens();
    int last = segments.size() - 1;
    while (segments.get(last).matches("\\d+")) {
      last--;
    }
    for (int i = 0; i <= last; i++) {
      String segment = segments.get(i);
      if (segment.matches("\\d+")) {
        continue;
      }
      if (i == last || segment.equals("extensions")) {
        return type.getSimpleName() + "." + segment;
      }
      var property =
          ModelValidation.validator()
              .getConstraintsForClass(type)
              .getConstraintsForProperty(segment);
      assertThat(property).as("%s in %s", segment, pointer).isNotNull();
      Class<?> next = property.getElementClass();
      for (var element : property.getConstrainedContainerElementTypes()) {
        if (element.isCascaded()) {
          next = element.getElementClass();
        }
      }
      type = next;
    }
    throw new AssertionError("no property in " + pointer);
  }
}
