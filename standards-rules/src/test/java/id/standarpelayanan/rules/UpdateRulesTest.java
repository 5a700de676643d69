package id.standarpelayanan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The update rules on the sample catalogue ({@code examples/data/kanwil-kemenag-aceh.json}) and a
 * next edition made from it in the test: each fires where it should, in Indonesian and English, and
 * keeps quiet on a proper update; a rule sees the previous version through its context.
 */
class UpdateRulesTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final String IDENTITY = "sp.update.identity-unchanged";
  private static final String SUPERSEDED = "sp.update.previous-not-superseded";
  private static final String NEW_NUMBER = "KW.01.1/1/HK.00/0987/2025";

  private static StandardsCatalog sample() {
    Path file =
        Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("../examples/data/kanwil-kemenag-aceh.json")
            .normalize();
    try {
      return JSON.readCatalog(Files.readString(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The sample with the operating licence of private madrasahs shortened from 14 to 10 days. */
  private static ImmutableStandardsCatalog changed(StandardsCatalog catalog) {
    List<ServiceStandard> standards = new ArrayList<>(catalog.getStandards());
    ServiceStandard licence = standards.get(1);
    assertThat(licence.getId()).contains("izin-operasional-madrasah-swasta");
    standards.set(
        1,
        ImmutableServiceStandard.copyOf(licence)
            .withCompletionTime(
                CompletionTime.builder()
                    .setMaximum(TimeSpan.of(10, DurationUnit.WORKING_DAYS))
                    .build()));
    return ImmutableStandardsCatalog.copyOf(catalog).withStandards(standards);
  }

  /** The changed sample as a proper 2025 edition: new decree, version and effective date. */
  private static ImmutableStandardsCatalog nextEdition(StandardsCatalog catalog) {
    return changed(catalog)
        .withDecree(
            Decree.builder()
                .from(catalog.getDecree().orElseThrow())
                .setNumber(NEW_NUMBER)
                .setDate(LocalDate.of(2025, 6, 30))
                .build())
        .withVersion("2025")
        .withEffectiveDate(LocalDate.of(2025, 7, 1));
  }

  /** The sample as the 2025 edition leaves it: superseded by the new decree. */
  private static ImmutableStandardsCatalog superseded(StandardsCatalog catalog) {
    return ImmutableStandardsCatalog.copyOf(catalog)
        .withStatus(CatalogStatus.SUPERSEDED)
        .withSupersededBy("Keputusan Kepala Kantor Wilayah Nomor " + NEW_NUMBER);
  }

  private static List<Finding> update(Report report) {
    return report.findings().stream().filter(f -> f.ruleId().startsWith("sp.update.")).toList();
  }

  @Test
  void changedStandardsUnderTheOldIdentityAreReportedAtEachUnchangedFieldInIndonesian() {
    StandardsCatalog sample = sample();
    Report report =
        Fixtures.checker(Profile.law25Of2009(), Fixtures.INDONESIAN)
            .check(changed(sample), superseded(sample));
    assertThat(update(report))
        .extracting(Finding::ruleId, Finding::pointer)
        .containsExactly(
            tuple(IDENTITY, "/decree/date"),
            tuple(IDENTITY, "/decree/number"),
            tuple(IDENTITY, "/effectiveDate"),
            tuple(IDENTITY, "/version"),
            // The old edition names the new decree, which the update does not carry.
            tuple(SUPERSEDED, ""));
    assertThat(update(report).get(1).message())
        .isEqualTo(
            "Isi standar berubah dari versi sebelumnya, tetapi nomor surat keputusan"
                + " \"KW.01.1/1/HK.00/1234/2024\" masih sama; pembaruan ditetapkan dengan surat"
                + " keputusan baru.");
    assertThat(update(report).get(1).severity()).isEqualTo(Severity.ERROR);
    assertThat(update(report).get(1).component()).isEmpty();
  }

  @Test
  void changedStandardsUnderTheOldIdentityAreReportedInEnglish() {
    StandardsCatalog sample = sample();
    Report report = Fixtures.checker().check(changed(sample), superseded(sample));
    assertThat(update(report))
        .filteredOn(f -> f.pointer().equals("/version"))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo(
            "The standards changed from the previous version, but the version \"2024\" is the"
                + " same; give the update a new version.");
  }

  @Test
  void aProperUpdateOfASupersededEditionRaisesNoUpdateFinding() {
    StandardsCatalog sample = sample();
    Report report = Fixtures.checker().check(nextEdition(sample), superseded(sample));
    assertThat(update(report)).isEmpty();
    assertThat(report).isEqualTo(Fixtures.checker().check(nextEdition(sample)));
  }

  @Test
  void anUpdateInForceWhoseOldEditionIsStillPublishedIsReportedAtTheRootInBothLanguages() {
    StandardsCatalog sample = sample();
    Finding indonesian =
        only(
            Fixtures.checker(Profile.law25Of2009(), Fixtures.INDONESIAN)
                .check(nextEdition(sample), sample),
            SUPERSEDED);
    assertThat(indonesian.message())
        .isEqualTo(
            "Versi sebelumnya berstatus Dipublikasikan (/status), padahal pembaruan ini telah"
                + " berlaku; tandai versi sebelumnya sebagai digantikan.");
    assertThat(indonesian.arguments()).containsExactly(CatalogStatus.PUBLISHED);
    assertThat(indonesian.severity()).isEqualTo(Severity.WARNING);
    Finding english = only(Fixtures.checker().check(nextEdition(sample), sample), SUPERSEDED);
    assertThat(english.message())
        .isEqualTo(
            "The previous version has status Published (/status), although this update is in"
                + " force; mark the previous version as superseded.");
  }

  @Test
  void anOldEditionNamingAnotherSuccessorIsReported() {
    StandardsCatalog sample = sample();
    StandardsCatalog previous = superseded(sample).withSupersededBy("KW.01.1/1/HK.00/0555/2025");
    Finding finding = only(Fixtures.checker().check(nextEdition(sample), previous), SUPERSEDED);
    assertThat(finding.arguments()).containsExactly("KW.01.1/1/HK.00/0555/2025", NEW_NUMBER);
  }

  @Test
  void anUpdateNotYetInForceLeavesTheOldEditionAsItIs() {
    StandardsCatalog sample = sample();
    Report report =
        Fixtures.checker()
            .check(nextEdition(sample).withEffectiveDate(LocalDate.of(2025, 10, 1)), sample);
    assertThat(update(report)).isEmpty();
  }

  @Test
  void aStandardPublishedOnItsOwnIsJudgedOnItsOwnDecree() {
    Decree decree =
        Decree.builder()
            .setNumber("KW.01.1/1/HK.00/1234/2024")
            .setDate(LocalDate.of(2024, 8, 15))
            .build();
    ServiceStandard previous =
        ImmutableServiceStandard.copyOf(Fixtures.standard()).withDecree(decree);
    ServiceStandard current =
        ImmutableServiceStandard.copyOf(previous).withDescription("Legalisasi ijazah, kini daring");
    assertThat(update(Fixtures.checker().check(current, previous)))
        .extracting(Finding::pointer)
        .containsExactly("/decree/date", "/decree/number");
    ServiceStandard renewed =
        ImmutableServiceStandard.copyOf(current)
            .withDecree(
                Decree.builder().setNumber(NEW_NUMBER).setDate(LocalDate.of(2025, 6, 30)).build());
    assertThat(update(Fixtures.checker().check(renewed, previous))).isEmpty();
    assertThat(update(Fixtures.checker().check(current))).isEmpty();
  }

  @Test
  void eachStandardSeesThePreviousStandardWithItsIdAndTheCatalogueThePreviousCatalogue() {
    StandardsCatalog sample = sample();
    StandardsCatalog current = nextEdition(sample);
    List<String> seen = new ArrayList<>();
    Rule probe = new Probe(seen);
    Checker checker =
        Fixtures.checker(Profile.law25Of2009().toBuilder().addRule(probe).build(), Locale.ENGLISH);

    checker.check(current, sample);
    List<String> expected = new ArrayList<>();
    expected.add("catalogue: previous 2024");
    for (ServiceStandard standard : current.getStandards()) {
      expected.add(standard.getId().orElseThrow() + ": previous " + standard.getId().get());
    }
    assertThat(seen).containsExactlyElementsOf(expected);

    seen.clear();
    checker.check(current);
    assertThat(seen).allMatch(line -> line.endsWith(": none")).hasSize(expected.size());
  }

  @Test
  void aNewServiceHasNoPreviousStandard() {
    StandardsCatalog sample = sample();
    List<ServiceStandard> standards = new ArrayList<>(sample.getStandards());
    standards.set(0, ImmutableServiceStandard.copyOf(standards.get(0)).withId("layanan-baru"));
    List<String> seen = new ArrayList<>();
    Fixtures.checker(
            Profile.law25Of2009().toBuilder().addRule(new Probe(seen)).build(), Locale.ENGLISH)
        .check(ImmutableStandardsCatalog.copyOf(sample).withStandards(standards), sample);
    assertThat(seen).contains("layanan-baru: none").hasSize(standards.size() + 1);
  }

  @Test
  void thePreviousVersionIsRequired() {
    Checker checker = Fixtures.checker();
    StandardsCatalog sample = sample();
    assertThatNullPointerException()
        .isThrownBy(() -> checker.check(sample, (StandardsCatalog) null))
        .withMessage("previous");
    assertThatNullPointerException()
        .isThrownBy(() -> checker.check((StandardsCatalog) null, sample))
        .withMessage("current");
    assertThatNullPointerException()
        .isThrownBy(() -> checker.check(Fixtures.standard(), (ServiceStandard) null))
        .withMessage("previous");
  }

  /** The report's only update finding, which must be of the rule given, at the root. */
  private static Finding only(Report report, String ruleId) {
    List<Finding> findings = update(report);
    assertThat(findings).as("%s", report).hasSize(1);
    assertThat(findings.get(0).ruleId()).isEqualTo(ruleId);
    assertThat(findings.get(0).pointer()).isEmpty();
    return findings.get(0);
  }

  /** A rule that writes down what previous version each check of it sees; reports nothing. */
  private record Probe(List<String> seen) implements Rule {
    @Override
    public String id() {
      return "test.update.probe";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public Set<id.standarpelayanan.model.Component> components() {
      return Set.of();
    }

    @Override
    public String description(Locale locale) {
      return "Records the previous versions it is shown.";
    }

    @Override
    public Set<String> messageKeys() {
      return Set.of();
    }

    @Override
    public String messagePattern(String key, Locale locale) {
      throw new IllegalArgumentException(key);
    }

    @Override
    public void check(StandardsCatalog catalog, RuleContext context) {
      assertThat(context.previousStandard()).isEmpty();
      seen.add(
          "catalogue: "
              + context
                  .previousCatalog()
                  .map(p -> "previous " + p.getVersion().orElse("?"))
                  .orElse("none"));
    }

    @Override
    public void check(ServiceStandard standard, RuleContext context) {
      Optional<String> previous = context.previousStandard().flatMap(ServiceStandard::getId);
      seen.add(
          standard.getId().orElse("?")
              + ": "
              + previous.map(id -> "previous " + id).orElse("none"));
    }
  }
}
