package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Shared test data: the complete Kanwil Kemenag Aceh fixture, a fixed clock and checkers. */
final class Fixtures {

  /** The day every test checks on. */
  static final LocalDate TODAY = LocalDate.of(2025, 8, 1);

  /** A clock fixed at {@link #TODAY}, noon UTC. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-01T12:00:00Z"), ZoneOffset.UTC);

  /** The rule the fixture triggers, at INFO: it serves four of the six vulnerable groups. */
  static final String COVERAGE = "sp.facilities.vulnerable-groups-coverage";

  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private Fixtures() {}

  static ImmutableServiceStandard standard() {
    return ImmutableServiceStandard.copyOf(KanwilAcehFixtures.legalisasiIjazah());
  }

  static ImmutableStandardsCatalog catalog() {
    return ImmutableStandardsCatalog.copyOf(KanwilAcehFixtures.catalog());
  }

  static Checker checker() {
    return checker(Profile.law25Of2009(), Locale.ENGLISH);
  }

  static Checker checker(Profile profile, Locale locale) {
    return Checker.builder().profile(profile).locale(locale).clock(CLOCK).build();
  }

  /** The findings other than the fixture's own coverage information. */
  static List<Finding> notable(Report report) {
    return report.findings().stream()
        .filter(finding -> !finding.ruleId().equals(COVERAGE))
        .toList();
  }

  /** Asserts that the report has exactly one finding besides the coverage information. */
  static Finding onlyFinding(Report report, String ruleId, String pointer) {
    List<Finding> findings = notable(report);
    assertThat(findings).as("findings of %s", ruleId).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.ruleId()).isEqualTo(ruleId);
    assertThat(finding.pointer()).isEqualTo(pointer);
    return finding;
  }
}
