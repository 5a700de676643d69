package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.catalog;
import static id.standarpelayanan.rules.Fixtures.checker;
import static id.standarpelayanan.rules.Fixtures.notable;
import static id.standarpelayanan.rules.Fixtures.onlyFinding;
import static id.standarpelayanan.rules.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ImmutableFacility;
import id.standarpelayanan.model.ImmutableStaffing;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.rules.internal.Structure;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bean Validation violations of the model become findings of their own. */
class StructureTest {

  @Test
  void ruleIdsDeriveFromTheConstraintsName() {
    assertThat(Structure.ruleId(NotBlankIfPresent.class))
        .isEqualTo("sp.structure.not-blank-if-present");
    assertThat(Structure.ruleId(PositiveOrZero.class)).isEqualTo("sp.structure.positive-or-zero");
    assertThat(Structure.ruleId(jakarta.validation.constraints.Size.class))
        .isEqualTo("sp.structure.size");
  }

  @Test
  void theComponentOfAPointerIsItsFirstPropertyInAStandardAndItsThirdTokenInACatalogue() {
    assertThat(Structure.component(Pointer.parse("/fee/items/0/amount"), false))
        .contains(Component.FEE);
    assertThat(Structure.component(Pointer.parse("/standards/2/fee"), true))
        .contains(Component.FEE);
    assertThat(Structure.component(Pointer.parse("/standards/2"), true)).isEmpty();
    assertThat(Structure.component(Pointer.parse("/provider/name"), true)).isEmpty();
    assertThat(Structure.component(Pointer.parse("/name"), false)).isEmpty();
    assertThat(Structure.component(Pointer.root(), false)).isEmpty();
  }

  @Test
  void structureCanBeLeftToTheApplication() {
    Checker withoutStructure =
        Checker.builder().clock(Fixtures.CLOCK).locale(Locale.ENGLISH).structure(false).build();

    assertThat(withoutStructure.check(standard().withName(" ")).findings())
        .noneMatch(f -> f.source() == FindingSource.STRUCTURE);
    assertThat(withoutStructure.check(catalog().withVersion(" ")).findings())
        .noneMatch(f -> f.source() == FindingSource.STRUCTURE);
    assertThat(checker().check(catalog().withVersion(" ")).findings())
        .anyMatch(f -> f.source() == FindingSource.STRUCTURE && f.pointer().equals("/version"));
  }

  @Test
  void aBlankNameIsAStructureErrorInTheReportsLanguage() {
    Finding english =
        onlyFinding(
            checker().check(standard().withName(" ")),
            "sp.structure.not-blank-if-present",
            "/name");
    assertThat(english.source()).isEqualTo(FindingSource.STRUCTURE);
    assertThat(english.severity()).isEqualTo(Severity.ERROR);
    assertThat(english.message()).isEqualTo("must not be blank");
    assertThat(english.component()).isEmpty();

    Finding indonesian =
        onlyFinding(
            Fixtures.checker(Profile.law25Of2009(), Fixtures.INDONESIAN)
                .check(standard().withName(" ")),
            "sp.structure.not-blank-if-present",
            "/name");
    assertThat(indonesian.message()).isNotEqualTo(english.message()).isNotBlank();
  }

  @Test
  void structureFindingsCarryPointerComponentAndConstraintAttributes() {
    String tooLong = "x".repeat(501);
    var facilities = new ArrayList<>(standard().getFacilities());
    facilities.set(1, ImmutableFacility.copyOf(facilities.get(1)).withName(tooLong));
    Finding size =
        onlyFinding(
            checker().check(standard().withFacilities(facilities)),
            "sp.structure.size",
            "/facilities/1/name");
    assertThat(size.component()).contains(Component.FACILITIES);
    assertThat(size.principle()).contains(Principle.FACILITIES);
    assertThat(size.arguments()).containsExactly(500, 0);
    assertThat(size.message()).isEqualTo("must be at most 500 characters long");

    var staffing =
        ImmutableStaffing.copyOf(standard().getStaffing().orElseThrow())
            .withExpectedDailyDemand(-1);
    Finding negative =
        onlyFinding(
            checker().check(catalog().withStandards(standard().withStaffing(staffing))),
            "sp.structure.positive-or-zero",
            "/standards/0/staffing/expectedDailyDemand");
    assertThat(negative.component()).contains(Component.STAFFING);
  }

  @Test
  void everyStructureConstraintOfTheModelGetsItsId() {
    var s =
        standard()
            .withId("-salah")
            .withRequirements(
                RuleCatalogueTest.requirement(standard(), 0, r -> r.withCopies(0))
                    .getRequirements())
            .withFacilities(
                List.of(
                    ImmutableFacility.copyOf(standard().getFacilities().get(1))
                        .withQuantity(100_001)));
    Report report = checker().check(s);
    assertThat(notable(report))
        .extracting(Finding::ruleId, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sp.structure.max", "/facilities/0/quantity"),
            org.assertj.core.groups.Tuple.tuple("sp.structure.pattern", "/id"),
            org.assertj.core.groups.Tuple.tuple("sp.structure.positive", "/requirements/0/copies"));
    assertThat(report.passed()).isFalse();
    assertThat(report.componentStatus().get(Component.REQUIREMENTS))
        .isEqualTo(CompletenessStatus.INCOMPLETE);

    var tooOld =
        RuleCatalogueTest.addLegalBasis(
            standard(),
            id.standarpelayanan.model.LegalReference.builder()
                .setType(id.standarpelayanan.model.RegulationType.OTHER)
                .setYear(999)
                .build());
    assertThat(notable(checker().check(tooOld)))
        .extracting(Finding::ruleId)
        .containsExactly("sp.legal-basis.number-year", "sp.structure.min");
  }

  @Test
  void catalogueLevelStructureFindingsStayWithTheCatalogue() {
    Report report = checker().check(catalog().withVersion(""));
    assertThat(notable(report))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo("sp.structure.not-blank-if-present");
              assertThat(finding.pointer()).isEqualTo("/version");
            });
    assertThat(report.standards().get(0).findings())
        .extracting(Finding::ruleId)
        .containsExactly(Fixtures.COVERAGE);
    assertThat(report.locale()).isEqualTo(Locale.ENGLISH);
  }
}
