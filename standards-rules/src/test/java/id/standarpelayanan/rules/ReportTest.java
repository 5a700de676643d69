package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.catalog;
import static id.standarpelayanan.rules.Fixtures.checker;
import static id.standarpelayanan.rules.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Statuses, score, counts and the order of findings. */
class ReportTest {

  /** The fixture without legal basis and fee, and with a step out of line. */
  private static ImmutableServiceStandard flawed() {
    return RuleCatalogueTest.step(standard(), 4, s -> s.withNumber(7))
        .withLegalBasis(List.of())
        .withFee(Optional.empty());
  }

  @Test
  void statusesFollowTheFindings() {
    Report report = checker().check(flawed());
    assertThat(report.componentStatus())
        .containsEntry(Component.LEGAL_BASIS, CompletenessStatus.MISSING)
        .containsEntry(Component.FEE, CompletenessStatus.MISSING)
        .containsEntry(Component.PROCEDURE, CompletenessStatus.INCOMPLETE)
        .containsEntry(Component.REQUIREMENTS, CompletenessStatus.COMPLETE)
        .containsEntry(Component.FACILITIES, CompletenessStatus.COMPLETE);
    assertThat(report.principleStatus())
        .containsEntry(Principle.LEGAL_BASIS_AND_REQUIREMENTS, CompletenessStatus.INCOMPLETE)
        .containsEntry(Principle.PROCEDURE, CompletenessStatus.INCOMPLETE)
        .containsEntry(Principle.COMPLETION_TIME, CompletenessStatus.COMPLETE);
    assertThat(
            Checker.builder()
                .clock(Fixtures.CLOCK)
                .build()
                .check(
                    standard()
                        .withSecurityAndSafety(Optional.empty())
                        .withPerformanceEvaluation(Optional.empty()))
                .principleStatus())
        .containsEntry(Principle.SECURITY_SAFETY_AND_EVALUATION, CompletenessStatus.MISSING);
  }

  @Test
  void scoreCountsTwoCreditsPerCompleteAndOnePerIncompleteRequiredComponent() {
    // 11 complete (22) + 1 incomplete (1) + 2 missing (0) = 23 of 28 credits.
    Report report = checker().check(flawed());
    assertThat(report.score()).isEqualTo(100 * 23 / 28);
    assertThat(report.standards().get(0).score()).isEqualTo(report.score());

    // In a catalogue every standard weighs the same: (28 + 23) of 56 credits.
    Report both = checker().check(catalog().withStandards(standard(), flawed().withId("kedua")));
    assertThat(both.score()).isEqualTo(100 * 51 / 56);
    assertThat(both.standards()).extracting(StandardReport::score).containsExactly(100, 82);
    assertThat(both.componentStatus())
        .containsEntry(Component.LEGAL_BASIS, CompletenessStatus.INCOMPLETE)
        .containsEntry(Component.REQUIREMENTS, CompletenessStatus.COMPLETE);

    Report none = checker().check(catalog().withStandards(List.of()));
    assertThat(none.score()).isZero();
    assertThat(none.componentStatus().values()).containsOnly(CompletenessStatus.MISSING);
    assertThat(none.standards()).isEmpty();
  }

  @Test
  void anEmptyStandardScoresZeroAndListsEveryComponentMissing() {
    Report report =
        checker()
            .check(ServiceStandard.builder().setId("kosong").setName("Layanan kosong").build());
    assertThat(report.score()).isZero();
    assertThat(report.componentStatus().values()).containsOnly(CompletenessStatus.MISSING);
    // Every component missing, and the two duties of their own said apart (UU 25/2009 art. 29 and
    // art. 36): no facility serves vulnerable groups, the public has no complaint channel.
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .filteredOn(id -> id.startsWith("sp.completeness."))
        .hasSize(14);
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .filteredOn(id -> !id.startsWith("sp.completeness."))
        .containsExactlyInAnyOrder(
            "sp.facilities.vulnerable-groups", "sp.complaint.public-channel");
    assertThat(report.count(Severity.ERROR)).isEqualTo(16);
    // Each is said under its principle, so the report never implies those duties are met.
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("sp.facilities.vulnerable-groups"))
        .singleElement()
        .satisfies(f -> assertThat(f.principle()).contains(Principle.FACILITIES));
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("sp.complaint.public-channel"))
        .singleElement()
        .satisfies(f -> assertThat(f.principle()).isPresent());
    assertThat(report.principleStatus().get(Principle.FACILITIES))
        .isEqualTo(CompletenessStatus.MISSING);
  }

  @Test
  void findingsAreOrderedCatalogueFirstThenByStandardRuleIdAndPointer() {
    StandardsCatalog catalog =
        catalog()
            .withPledge(Optional.empty())
            .withVersion("TBD")
            .withStandards(
                RuleCatalogueTest.step(
                    RuleCatalogueTest.step(standard(), 1, s -> s.withOutput("-")),
                    0,
                    s -> s.withOutput("?")),
                flawed().withId("kedua"));
    Report report = checker().check(catalog);
    assertThat(report.findings())
        .extracting(Finding::pointer)
        .containsExactly(
            "/pledge",
            "/version",
            "/standards/0/facilities",
            "/standards/0/procedure/steps/0/output",
            "/standards/0/procedure/steps/1/output",
            "/standards/1/fee",
            "/standards/1/legalBasis",
            "/standards/1/facilities",
            "/standards/1/procedure/steps/4/number");
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsExactly(
            "sp.catalog.pledge",
            "sp.text.placeholder",
            Fixtures.COVERAGE,
            "sp.text.placeholder",
            "sp.text.placeholder",
            "sp.completeness.fee",
            "sp.completeness.legal-basis",
            Fixtures.COVERAGE,
            "sp.procedure.step-numbering");
    assertThat(report.counts())
        .containsEntry(Severity.ERROR, 3)
        .containsEntry(Severity.WARNING, 4)
        .containsEntry(Severity.INFO, 2);
    assertThat(report.findings(Severity.INFO)).hasSize(2);
    assertThat(report.passed()).isFalse();
  }

  @Test
  void indexesSortByValue() {
    var steps = new java.util.ArrayList<ProcedureStep>();
    for (int i = 1; i <= 12; i++) {
      steps.add(
          ProcedureStep.builder().setNumber(i).setDescription("Langkah").setOutput("-").build());
    }
    ServiceStandard many = standard().withProcedure(Procedure.builder().setSteps(steps).build());
    List<String> placeholders =
        checker().check(many).findings().stream()
            .filter(f -> f.ruleId().equals("sp.text.placeholder"))
            .map(Finding::pointer)
            .toList();
    assertThat(placeholders)
        .hasSize(12)
        .startsWith(
            "/procedure/steps/0/output", "/procedure/steps/1/output", "/procedure/steps/2/output")
        .endsWith("/procedure/steps/10/output", "/procedure/steps/11/output");
  }

  @Test
  void aStandardsFindingCanBePlacedInItsCatalogue() {
    Finding alone = checker().check(standard()).findings().get(0);
    Finding placed = alone.under("/standards/3");
    assertThat(placed.pointer()).isEqualTo("/standards/3/facilities");
    assertThat(placed.message()).isEqualTo(alone.message());
    assertThat(placed.ruleId()).isEqualTo(alone.ruleId());
  }

  @Test
  void aFindingsPathAndPointerAreTheSamePlace() {
    for (Finding finding : checker().check(catalog()).findings()) {
      assertThat(finding.path()).hasToString(finding.pointer());
      assertThat(Pointer.parse(finding.pointer())).isEqualTo(finding.path());
    }
    Finding alone = checker().check(standard()).findings().get(0);
    assertThat(alone.under(Pointer.parse("/standards/3"))).isEqualTo(alone.under("/standards/3"));
    assertThat(alone.under(Pointer.root())).isEqualTo(alone);
  }

  @Test
  void aFindingRefusesAPointerWithABadEscape() {
    assertThatThrownBy(
            () ->
                new Finding(
                    "x",
                    Severity.INFO,
                    FindingSource.RULE,
                    "/a~2",
                    Optional.empty(),
                    Optional.empty(),
                    "m",
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/a~2");
  }

  @Test
  void reportsAndFindingsAreValues() {
    Report first = checker().check(catalog());
    Report second = checker().check(catalog());
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.toString()).contains("uu-25-2009");
    assertThatThrownBy(() -> first.findings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                new Finding(
                    "x",
                    Severity.INFO,
                    FindingSource.RULE,
                    "no-slash",
                    Optional.empty(),
                    Optional.empty(),
                    "m",
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStandardReportRejectsAStatusMapWithANullKeyAndCopiesTheRest() {
    java.util.Map<Component, CompletenessStatus> withNull = new java.util.HashMap<>();
    withNull.put(Component.FEE, CompletenessStatus.COMPLETE);
    withNull.put(null, CompletenessStatus.MISSING);
    assertThatThrownBy(
            () ->
                new StandardReport(
                    0, java.util.Optional.of("a"), "", List.of(), withNull, java.util.Map.of(), 0))
        .isInstanceOf(NullPointerException.class);

    java.util.Map<Component, CompletenessStatus> fee =
        new java.util.HashMap<>(java.util.Map.of(Component.FEE, CompletenessStatus.COMPLETE));
    StandardReport report =
        new StandardReport(
            0, java.util.Optional.of("a"), "", List.of(), fee, java.util.Map.of(), 0);
    fee.clear();
    assertThat(report.componentStatus())
        .containsExactly(java.util.Map.entry(Component.FEE, CompletenessStatus.COMPLETE));
  }
}
