package id.standarpelayanan.rules;

import static id.standarpelayanan.rules.Fixtures.catalog;
import static id.standarpelayanan.rules.Fixtures.checker;
import static id.standarpelayanan.rules.Fixtures.standard;
import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Principle;
import id.standarpelayanan.model.VulnerableGroup;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The complete Kanwil Kemenag Aceh fixture triggers nothing at ERROR or WARNING; its only finding
 * is the INFO naming the two vulnerable groups its facilities do not serve (victims of natural and
 * of social disasters).
 */
class FixtureTest {

  @Test
  void completeStandardHasOnlyTheCoverageInformation() {
    Report report = checker().check(standard());

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo(Fixtures.COVERAGE);
              assertThat(finding.severity()).isEqualTo(Severity.INFO);
              assertThat(finding.pointer()).isEqualTo("/facilities");
              assertThat(finding.component()).contains(Component.FACILITIES);
              assertThat(finding.principle()).contains(Principle.FACILITIES);
              assertThat(finding.arguments())
                  .containsExactly(
                      List.of(
                          VulnerableGroup.PERSONS_WITH_DISABILITIES,
                          VulnerableGroup.ELDERLY,
                          VulnerableGroup.PREGNANT_WOMEN,
                          VulnerableGroup.CHILDREN),
                      List.of(
                          VulnerableGroup.NATURAL_DISASTER_VICTIMS,
                          VulnerableGroup.SOCIAL_DISASTER_VICTIMS));
              assertThat(finding.message())
                  .isEqualTo(
                      "The facilities serve: Persons with disabilities, Elderly, Pregnant women, Children."
                          + " They do not serve: Victims of natural disasters, Victims of social disasters.");
            });
    assertThat(report.passed()).isTrue();
    assertThat(report.score()).isEqualTo(100);
    assertThat(report.counts())
        .containsEntry(Severity.ERROR, 0)
        .containsEntry(Severity.WARNING, 0)
        .containsEntry(Severity.INFO, 1);
    assertThat(report.componentStatus().values())
        .containsOnly(CompletenessStatus.COMPLETE)
        .hasSize(14);
    assertThat(report.principleStatus().values())
        .containsOnly(CompletenessStatus.COMPLETE)
        .hasSize(11);
  }

  @Test
  void completeCatalogueHasOnlyTheCoverageInformation() {
    Report report = checker().check(catalog());

    assertThat(report.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo(Fixtures.COVERAGE);
              assertThat(finding.pointer()).isEqualTo("/standards/0/facilities");
            });
    assertThat(report.passed()).isTrue();
    assertThat(report.score()).isEqualTo(100);
    assertThat(report.standards())
        .singleElement()
        .satisfies(
            standard -> {
              assertThat(standard.serviceId()).contains("legalisasi-ijazah-madrasah");
              assertThat(standard.pointer()).isEqualTo("/standards/0");
              assertThat(standard.score()).isEqualTo(100);
              assertThat(standard.passed()).isTrue();
            });
  }

  @Test
  void kemenagProfileIsQuietOnTheFixtureToo() {
    Report report =
        Fixtures.checker(Profile.kemenagElevenPrinciples(), Locale.ENGLISH).check(catalog());
    assertThat(report.findings()).extracting(Finding::ruleId).containsExactly(Fixtures.COVERAGE);
    assertThat(report.profileName()).isEqualTo("kemenag-11-prinsip");
  }

  @Test
  void reportsInIndonesianByDefault() {
    Report report = Checker.builder().clock(Fixtures.CLOCK).build().check(standard());
    assertThat(report.locale()).isEqualTo(Locale.forLanguageTag("id"));
    assertThat(report.findings().get(0).message())
        .isEqualTo(
            "Sarana/fasilitas melayani: Penyandang disabilitas, Lanjut usia, Wanita hamil, Anak-anak."
                + " Belum melayani: Korban bencana alam, Korban bencana sosial.");
  }
}
