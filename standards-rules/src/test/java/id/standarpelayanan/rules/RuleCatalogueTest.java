package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.catalog;
import static id.standarpelayanan.rules.Fixtures.checker;
import static id.standarpelayanan.rules.Fixtures.onlyFinding;
import static id.standarpelayanan.rules.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.CatalogStatus;
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
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in rule fires on a minimal defective variant of the complete Kanwil Kemenag Aceh
 * fixture, alone (besides the fixture's own coverage information) and at the right pointer.
 */
class RuleCatalogueTest {

  /** A defect of a standard, the rule that reports it and where. */
  record StandardCase(
      String ruleId,
      String pointer,
      UnaryOperator<ImmutableServiceStandard> defect,
      List<String> also) {
    StandardCase(String ruleId, String pointer, UnaryOperator<ImmutableServiceStandard> defect) {
      this(ruleId, pointer, defect, List.of());
    }

    @Override
    public String toString() {
      return ruleId + " at " + pointer;
    }
  }

  /** A defect of a catalogue's own parts, the rule that reports it and where. */
  record CatalogCase(
      String ruleId, String pointer, UnaryOperator<ImmutableStandardsCatalog> defect) {
    @Override
    public String toString() {
      return ruleId + " at " + pointer;
    }
  }

  static Stream<StandardCase> standardCases() {
    List<StandardCase> cases = new ArrayList<>();
    cases.add(
        new StandardCase(
            "sp.completeness.legal-basis", "/legalBasis", s -> s.withLegalBasis(List.of())));
    cases.add(
        new StandardCase(
            "sp.completeness.requirements", "/requirements", s -> s.withRequirements(List.of())));
    cases.add(
        new StandardCase(
            "sp.completeness.procedure", "/procedure", s -> s.withProcedure(Optional.empty())));
    cases.add(
        new StandardCase(
            "sp.completeness.completion-time",
            "/completionTime",
            s -> s.withCompletionTime(Optional.empty())));
    cases.add(new StandardCase("sp.completeness.fee", "/fee", s -> s.withFee(Optional.empty())));
    cases.add(
        new StandardCase("sp.completeness.products", "/products", s -> s.withProducts(List.of())));
    // A missing component that is also a duty of its own is reported as both (UU 25/2009 art. 29,
    // 36).
    cases.add(
        new StandardCase(
            "sp.completeness.facilities",
            "/facilities",
            s -> s.withFacilities(List.of()),
            List.of("sp.facilities.vulnerable-groups")));
    cases.add(
        new StandardCase(
            "sp.completeness.competence", "/competencies", s -> s.withCompetencies(List.of())));
    cases.add(
        new StandardCase(
            "sp.completeness.internal-supervision",
            "/internalSupervision",
            s -> s.withInternalSupervision(Optional.empty())));
    cases.add(
        new StandardCase(
            "sp.completeness.complaint-handling",
            "/complaintHandling",
            s -> s.withComplaintHandling(Optional.empty()),
            List.of("sp.complaint.public-channel")));
    cases.add(
        new StandardCase(
            "sp.completeness.staffing", "/staffing", s -> s.withStaffing(Optional.empty())));
    cases.add(
        new StandardCase(
            "sp.completeness.service-guarantee",
            "/serviceGuarantee",
            s -> s.withServiceGuarantee(Optional.empty())));
    cases.add(
        new StandardCase(
            "sp.completeness.security-and-safety",
            "/securityAndSafety",
            s -> s.withSecurityAndSafety(Optional.empty())));
    cases.add(
        new StandardCase(
            "sp.completeness.performance-evaluation",
            "/performanceEvaluation",
            s -> s.withPerformanceEvaluation(Optional.empty())));

    cases.add(new StandardCase("sp.standard.name", "/name", s -> s.withName(Optional.empty())));
    cases.add(new StandardCase("sp.standard.id", "/id", s -> s.withId(Optional.empty())));
    cases.add(new StandardCase("sp.text.placeholder", "/description", s -> s.withDescription("-")));
    cases.add(
        new StandardCase(
            "sp.text.placeholder",
            "/procedure/steps/2/output",
            s -> step(s, 2, st -> st.withOutput("menyusul"))));
    cases.add(
        new StandardCase(
            "sp.completion-time.vague",
            "/completionTime/maximum",
            s ->
                s.withCompletionTime(
                    CompletionTime.builder()
                        .setDescription("Sesuai ketentuan yang berlaku")
                        .build())));
    cases.add(
        new StandardCase(
            "sp.fee.vague",
            "/fee",
            s -> s.withFee(Fee.builder().setDescription("Sesuai ketentuan").build())));

    cases.add(
        new StandardCase(
            "sp.procedure.step-numbering",
            "/procedure/steps/4/number",
            s -> step(s, 4, st -> st.withNumber(6))));
    cases.add(
        new StandardCase(
            "sp.procedure.step-numbering",
            "/procedure/steps/1/number",
            s -> step(s, 1, st -> st.withNumber(1))));
    cases.add(
        new StandardCase(
            "sp.procedure.exceeds-completion-time",
            "/procedure/steps",
            s ->
                s.withCompletionTime(
                    CompletionTime.builder().setMaximum(TimeSpan.ofMinutes(14)).build())));
    cases.add(
        new StandardCase(
            "sp.standard.duplicate-step-id",
            "/procedure/steps/1/id",
            s -> step(s, 1, st -> st.withId("langkah-1"))));

    cases.add(
        new StandardCase(
            "sp.fee.free-with-priced-items",
            "/fee/items/0",
            s ->
                s.withFee(
                    Fee.builder()
                        .setFree(true)
                        .addItem(item(5_000, Optional.of(tariffRegulation())))
                        .build())));
    cases.add(
        new StandardCase(
            "sp.fee.item-amount",
            "/fee/items/0/amount",
            s ->
                s.withFee(
                    Fee.builder().addItem(item(0, Optional.of(tariffRegulation()))).build())));
    cases.add(
        new StandardCase(
            "sp.fee.item-legal-basis",
            "/fee/items/0/legalBasis",
            s -> s.withFee(Fee.builder().addItem(item(50_000, Optional.empty())).build())));
    cases.add(
        new StandardCase(
            "sp.fee.item-legal-basis",
            "/fee/items/1/legalBasis/type",
            s ->
                s.withFee(
                    Fee.builder()
                        .addItem(item(50_000, Optional.of(tariffRegulation())))
                        .addItem(
                            item(
                                10_000,
                                Optional.of(
                                    KanwilAcehFixtures.regulation(
                                        RegulationType.SURAT_EDARAN, "7", 2020, "Tarif"))))
                        .build())));

    cases.add(
        new StandardCase(
            "sp.fee.item-legal-basis-unidentified",
            "/fee/items/0/legalBasis",
            s ->
                s.withFee(
                    Fee.builder()
                        .setDescription("Sesuai SK Panjar")
                        .addItem(item(30_000, Optional.empty()))
                        .build())));
    cases.add(
        new StandardCase(
            "sp.complaint.public-channel",
            "/complaintHandling/channels",
            s -> complaints(s, c -> c.withChannels(List.of()))));
    cases.add(
        new StandardCase(
            "sp.complaint.channel-address",
            "/complaintHandling/channels/4/address",
            s ->
                addChannel(
                    s,
                    Channel.builder()
                        .setKind(ChannelKind.EMAIL)
                        .setAddress("pengaduan kanwil aceh")
                        .build())));
    cases.add(
        new StandardCase(
            "sp.complaint.channel-address",
            "/complaintHandling/channels/4/address",
            s -> addChannel(s, Channel.builder().setKind(ChannelKind.PHONE).build())));
    cases.add(
        new StandardCase(
            "sp.complaint.channel-address-form",
            "/complaintHandling/channels/4/address",
            s ->
                addChannel(
                    s,
                    Channel.builder()
                        .setKind(ChannelKind.WEBSITE)
                        .setAddress("disdukcapil.waykanankab.go.id‘")
                        .build())));
    cases.add(
        new StandardCase(
            "sp.complaint.response-time",
            "/complaintHandling/responseTime",
            s ->
                complaints(
                    s,
                    c ->
                        c.withResponseTime(Optional.empty())
                            .withProcedure("Pengaduan dicatat dan diteruskan ke unit terkait"))));

    cases.add(
        new StandardCase(
            "sp.facilities.vulnerable-groups",
            "/facilities",
            s ->
                s.withFacilities(
                    s.getFacilities().stream()
                        .map(
                            f ->
                                (Facility)
                                    ImmutableFacility.copyOf(f).withVulnerableGroups(List.of()))
                        .toList())));
    cases.add(
        new StandardCase(
            "sp.competence.dimensions",
            "/competencies",
            s ->
                s.withCompetencies(
                    s.getCompetencies().stream()
                        .filter(
                            c ->
                                !c.getDimension()
                                    .equals(java.util.Optional.of(CompetencyDimension.EXPERIENCE)))
                        .toList())));
    cases.add(
        new StandardCase(
            "sp.staffing.capacity",
            "/staffing/expectedDailyDemand",
            s ->
                s.withStaffing(
                    ImmutableStaffing.copyOf(s.getStaffing().orElseThrow())
                        .withExpectedDailyDemand(121))));
    cases.add(
        new StandardCase(
            "sp.staffing.actor-roles",
            "/procedure/steps/0/actor",
            s -> step(s, 0, st -> st.withActor("Petugas Tak Dikenal"))));
    cases.add(
        new StandardCase(
            "sp.products.last-step-output",
            "/procedure/steps/4/output",
            s -> step(s, 4, st -> st.withOutput("Arsip internal unit"))));
    cases.add(
        new StandardCase(
            "sp.products.last-step-output",
            "/procedure/steps/4/output",
            s ->
                step(
                    s,
                    4,
                    st ->
                        st.withOutput(Optional.empty())
                            .withDescription("Mengarsipkan salinan permohonan"))));

    cases.add(
        new StandardCase(
            "sp.legal-basis.duplicate",
            "/legalBasis/6",
            s -> addLegalBasis(s, s.getLegalBasis().get(0))));
    cases.add(
        new StandardCase(
            "sp.legal-basis.year",
            "/legalBasis/6/year",
            s ->
                addLegalBasis(
                    s,
                    KanwilAcehFixtures.regulation(
                        RegulationType.PERMEN, "1", 2026, "Peraturan yang akan datang"))));
    cases.add(
        new StandardCase(
            "sp.legal-basis.year",
            "/legalBasis/6/year",
            s ->
                addLegalBasis(
                    s,
                    KanwilAcehFixtures.regulation(
                        RegulationType.PERMEN, "1", 1944, "Peraturan terlalu tua"))));
    cases.add(
        new StandardCase(
            "sp.legal-basis.repealed",
            "/legalBasis/6",
            s ->
                addLegalBasis(
                    s,
                    KanwilAcehFixtures.regulation(
                        RegulationType.PERMEN,
                        "36",
                        2012,
                        "Pedoman Penyusunan Standar Pelayanan"))));
    cases.add(
        new StandardCase(
            "sp.standard.duplicate-requirement-id",
            "/requirements/1/id",
            s -> requirement(s, 1, r -> r.withId("surat-permohonan"))));
    cases.add(
        new StandardCase(
            "sp.requirements.condition",
            "/requirements/4/condition",
            s -> requirement(s, 4, r -> r.withCondition(Optional.empty()))));
    return cases.stream();
  }

  static Stream<CatalogCase> catalogCases() {
    return Stream.of(
        new CatalogCase("sp.catalog.provider", "/provider", c -> c.withProvider(Optional.empty())),
        new CatalogCase("sp.catalog.decree", "/decree", c -> c.withDecree(Optional.empty())),
        new CatalogCase(
            "sp.catalog.decree-date",
            "/decree/date",
            c ->
                c.withDecree(
                    id.standarpelayanan.model.ImmutableDecree.copyOf(c.getDecree().orElseThrow())
                        .withDate(Optional.empty()))),
        new CatalogCase("sp.catalog.pledge", "/pledge", c -> c.withPledge(Optional.empty())),
        new CatalogCase(
            "sp.catalog.consultation", "/consultations", c -> c.withConsultations(List.of())),
        new CatalogCase(
            "sp.catalog.consultation",
            "/consultations",
            c ->
                c.withConsultations(
                    c.getConsultations().stream()
                        .map(
                            k ->
                                (id.standarpelayanan.model.PublicConsultation)
                                    id.standarpelayanan.model.ImmutablePublicConsultation.copyOf(k)
                                        .withDate(LocalDate.of(2024, 8, 15)))
                        .toList())),
        new CatalogCase(
            "sp.catalog.duplicate-service-id",
            "/standards/1/id",
            c -> c.withStandards(c.getStandards().get(0), c.getStandards().get(0))),
        new CatalogCase(
            "sp.catalog.superseded-by",
            "/supersededBy",
            c -> c.withStatus(CatalogStatus.SUPERSEDED)),
        new CatalogCase(
            "sp.dates.effective-before-decree",
            "/effectiveDate",
            c -> c.withEffectiveDate(LocalDate.of(2024, 8, 14))),
        new CatalogCase(
            "sp.dates.evaluation-stale",
            "/lastEvaluationDate",
            c -> c.withLastEvaluationDate(LocalDate.of(2024, 7, 31))),
        new CatalogCase(
            "sp.dates.evaluation-stale",
            "/lastEvaluationDate",
            c -> c.withLastEvaluationDate(Optional.empty())),
        new CatalogCase("sp.text.placeholder", "/version", c -> c.withVersion("TBD")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardCases")
  void standardDefectTriggersExactlyItsRule(StandardCase c) {
    ServiceStandard defective = c.defect().apply(standard());
    Finding alone =
        c.also().isEmpty()
            ? onlyFinding(checker().check(defective), c.ruleId(), c.pointer())
            : withCompanions(checker().check(defective), c);
    assertThat(alone.source()).isEqualTo(FindingSource.RULE);
    assertThat(alone.severity()).isEqualTo(Profile.law25Of2009().severity(c.ruleId()));
    assertThat(alone.message()).isNotBlank().doesNotContain("{0}");

    if (c.also().isEmpty()) {
      Finding inCatalog =
          onlyFinding(
              checker().check(catalog().withStandards(defective)),
              c.ruleId(),
              "/standards/0" + c.pointer());
      assertThat(inCatalog.message()).isEqualTo(alone.message());
    }
  }

  /** The case's finding, besides which exactly its companions are raised. */
  private static Finding withCompanions(Report report, StandardCase c) {
    List<Finding> findings = Fixtures.notable(report);
    assertThat(findings)
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(Stream.of(c.ruleId()), c.also().stream()).toList());
    Finding finding =
        findings.stream().filter(f -> f.ruleId().equals(c.ruleId())).findFirst().orElseThrow();
    assertThat(finding.pointer()).isEqualTo(c.pointer());
    return finding;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogCases")
  void catalogueDefectTriggersExactlyItsRule(CatalogCase c) {
    Finding finding =
        onlyFinding(checker().check(c.defect().apply(catalog())), c.ruleId(), c.pointer());
    assertThat(finding.component()).isEmpty();
    assertThat(finding.principle()).isEmpty();
    assertThat(finding.severity()).isEqualTo(Profile.law25Of2009().severity(c.ruleId()));
  }

  @Test
  void everyBuiltInRuleHasADefectThatTriggersIt() {
    Set<String> proven =
        Stream.concat(
                standardCases().map(StandardCase::ruleId), catalogCases().map(CatalogCase::ruleId))
            .collect(Collectors.toSet());
    proven.add(Fixtures.COVERAGE); // FixtureTest: the fixture itself triggers it
    // Rules added with the real-document work are proven by their data cases (RuleCasesTest).
    RuleCases.all().stream()
        .filter(c -> c.fires().isPresent())
        .map(RuleCases.Case::ruleId)
        .forEach(proven::add);
    Set<String> builtIn =
        Profile.law25Of2009().allRules().stream().map(Rule::id).collect(Collectors.toSet());
    assertThat(proven).containsAll(builtIn);
  }

  @Test
  void completenessFindingsNameTheirComponentAndPrinciple() {
    Finding fee =
        onlyFinding(
            checker().check(standard().withFee(Optional.empty())), "sp.completeness.fee", "/fee");
    assertThat(fee.component()).contains(Component.FEE);
    assertThat(fee.principle()).isEmpty();
    assertThat(fee.arguments()).containsExactly(Component.FEE);
    assertThat(fee.message())
        .isEqualTo("The component Fee/tariff is not stated; UU 25/2009 art. 21 requires it.");

    Finding time =
        onlyFinding(
            checker().check(standard().withCompletionTime(Optional.empty())),
            "sp.completeness.completion-time",
            "/completionTime");
    assertThat(time.principle()).contains(id.standarpelayanan.model.Principle.COMPLETION_TIME);
  }

  static ImmutableServiceStandard step(
      ImmutableServiceStandard s, int index, UnaryOperator<ImmutableProcedureStep> change) {
    ImmutableProcedure procedure = ImmutableProcedure.copyOf(s.getProcedure().orElseThrow());
    List<ProcedureStep> steps = new ArrayList<>(procedure.getSteps());
    steps.set(index, change.apply(ImmutableProcedureStep.copyOf(steps.get(index))));
    return s.withProcedure(procedure.withSteps(steps));
  }

  static ImmutableServiceStandard requirement(
      ImmutableServiceStandard s, int index, UnaryOperator<ImmutableRequirement> change) {
    List<Requirement> requirements = new ArrayList<>(s.getRequirements());
    requirements.set(index, change.apply(ImmutableRequirement.copyOf(requirements.get(index))));
    return s.withRequirements(requirements);
  }

  static ImmutableServiceStandard complaints(
      ImmutableServiceStandard s, UnaryOperator<ImmutableComplaintHandling> change) {
    return s.withComplaintHandling(
        change.apply(ImmutableComplaintHandling.copyOf(s.getComplaintHandling().orElseThrow())));
  }

  static ImmutableServiceStandard addChannel(ImmutableServiceStandard s, Channel channel) {
    return complaints(
        s,
        c -> {
          List<Channel> channels = new ArrayList<>(c.getChannels());
          channels.add(channel);
          return c.withChannels(channels);
        });
  }

  static ImmutableServiceStandard addLegalBasis(
      ImmutableServiceStandard s, LegalReference reference) {
    List<LegalReference> references = new ArrayList<>(s.getLegalBasis());
    references.add(reference);
    return s.withLegalBasis(references);
  }

  static LegalReference tariffRegulation() {
    return KanwilAcehFixtures.regulation(
        RegulationType.PP, "19", 2015, "Jenis dan Tarif PNBP pada Kementerian Agama");
  }

  static FeeItem item(long amount, Optional<LegalReference> basis) {
    return FeeItem.builder()
        .setName("Biaya legalisasi")
        .setAmount(Rupiah.of(amount))
        .setLegalBasis(basis)
        .build();
  }
}
