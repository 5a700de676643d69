package id.standarpelayanan.reports;

import static id.standarpelayanan.reports.ReportRuns.CLOCK;
import static id.standarpelayanan.reports.ReportRuns.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ImmutableStandardsCatalog;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking documents as updates of a previous version: what is compared with what. */
class DocumentChecksPreviousTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final Checker CHECKER =
      Checker.builder().clock(CLOCK).locale(Locale.ENGLISH).build();
  private static final String IDENTITY = "sp.update.identity-unchanged";

  @TempDir Path temp;

  private static StandardsCatalog sample() throws IOException {
    return JSON.readCatalog(Files.readString(SAMPLE, StandardCharsets.UTF_8));
  }

  /** The sample whose first standard's description changed; decree, version and dates kept. */
  private static StandardsCatalog changed(StandardsCatalog sample) {
    List<ServiceStandard> standards = new ArrayList<>(sample.getStandards());
    standards.set(
        0, ImmutableServiceStandard.copyOf(standards.get(0)).withDescription("Kini juga daring"));
    return ImmutableStandardsCatalog.copyOf(sample).withStandards(standards);
  }

  private static Outcome only(DocumentChecks checks, Path file) {
    List<Outcome> outcomes = new ArrayList<>();
    checks.check(file, outcomes::add);
    assertThat(outcomes).hasSize(1);
    return outcomes.get(0);
  }

  private Path write(String name, String json) throws IOException {
    return Files.writeString(temp.resolve(name), json, StandardCharsets.UTF_8);
  }

  @Test
  void aCatalogueIsCheckedAsAnUpdateOfThePreviousCatalogue() throws IOException {
    StandardsCatalog sample = sample();
    Path next = write("next.json", JSON.writeToString(changed(sample)));

    Outcome.Checked checked =
        (Outcome.Checked) only(DocumentChecks.of(CHECKER).withPrevious(sample), next);

    assertThat(checked.report()).isEqualTo(CHECKER.check(changed(sample), sample));
    assertThat(checked.report().findings()).extracting(Finding::ruleId).contains(IDENTITY);
    assertThat(checked.verdict()).isEqualTo(Verdict.FINDINGS);
    Outcome.Checked alone = (Outcome.Checked) only(DocumentChecks.of(CHECKER), next);
    assertThat(alone.report()).isEqualTo(CHECKER.check(changed(sample)));
  }

  @Test
  void aFindingAtTheDocumentsRootIsPlacedInWordsInTheTextReport() throws IOException {
    StandardsCatalog sample = sample();
    StandardsCatalog next =
        ImmutableStandardsCatalog.copyOf(changed(sample))
            .withDecree(
                Decree.builder()
                    .from(sample.getDecree().orElseThrow())
                    .setNumber("KW.01.1/1/HK.00/0987/2025")
                    .setDate(java.time.LocalDate.of(2025, 6, 30))
                    .build())
            .withVersion("2025")
            .withEffectiveDate(java.time.LocalDate.of(2025, 7, 1));
    Path file = write("next.json", JSON.writeToString(next));
    for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
      Checker checker = Checker.builder().clock(CLOCK).locale(locale).build();
      java.io.StringWriter out = new java.io.StringWriter();
      try (ReportWriter report =
          ReportWriter.builder(ReportFormat.TEXT).locale(locale).tool("sp", "9.9").build(out)) {
        DocumentChecks.of(checker).withPrevious(sample).check(file, report);
      }
      String root =
          locale.getLanguage().equals("en")
              ? "the document's root (the whole document)"
              : "akar dokumen (seluruh dokumen)";
      assertThat(out.toString())
          .contains("sp.update.previous-not-superseded  " + root)
          .doesNotContain("sp.update.previous-not-superseded  ,");
    }
  }

  @Test
  void aStandardIsComparedWithThePreviousCataloguesStandardOfTheSameId() throws IOException {
    // The standard carries its own decree, kept from the previous version though its text changed.
    StandardsCatalog sample = sample();
    Decree decree = sample.getDecree().orElseThrow();
    List<ServiceStandard> old = new ArrayList<>(sample.getStandards());
    old.set(0, ImmutableServiceStandard.copyOf(old.get(0)).withDecree(decree));
    StandardsCatalog previous = ImmutableStandardsCatalog.copyOf(sample).withStandards(old);
    ServiceStandard current =
        ImmutableServiceStandard.copyOf(changed(sample).getStandards().get(0)).withDecree(decree);
    Path file = write("standard.json", JSON.writeToString(current));

    Outcome.Checked checked =
        (Outcome.Checked) only(DocumentChecks.of(CHECKER).withPrevious(previous), file);

    assertThat(checked.report()).isEqualTo(CHECKER.check(current, old.get(0)));
    assertThat(checked.report().findings())
        .filteredOn(f -> f.ruleId().equals(IDENTITY))
        .extracting(Finding::pointer)
        .containsExactly("/decree/date", "/decree/number");
    assertThat(CHECKER.check(current).findings())
        .extracting(Finding::ruleId)
        .doesNotContain(IDENTITY);
  }

  @Test
  void aStandardIsComparedWithAPreviousStandard() throws IOException {
    ServiceStandard previous = sample().getStandards().get(0);
    ServiceStandard current = changed(sample()).getStandards().get(0);
    Path file = write("standard.json", JSON.writeToString(current));

    Outcome.Checked checked =
        (Outcome.Checked) only(DocumentChecks.of(CHECKER).withPrevious(previous), file);

    assertThat(checked.report()).isEqualTo(CHECKER.check(current, previous));
  }

  @Test
  void aCatalogueIsNotComparedWithASingleStandard() throws IOException {
    StandardsCatalog sample = sample();
    Outcome.Unreadable refused =
        (Outcome.Unreadable)
            only(DocumentChecks.of(CHECKER).withPrevious(sample.getStandards().get(0)), SAMPLE);

    assertThat(refused.code()).isEqualTo("WRONG_DOCUMENT_KIND");
    assertThat(refused.message())
        .isEqualTo(
            "this document is a catalogue, but the previous version given is a single standard;"
                + " compare documents of one kind");
    assertThat(refused.verdict()).isEqualTo(Verdict.UNREADABLE);
    Outcome.Unreadable indonesian =
        (Outcome.Unreadable)
            only(
                DocumentChecks.of(Checker.builder().clock(CLOCK).build())
                    .withPrevious(sample.getStandards().get(0)),
                SAMPLE);
    assertThat(indonesian.message()).startsWith("dokumen ini sebuah katalog");
  }

  @Test
  void thePreviousVersionIsRequired() {
    DocumentChecks checks = DocumentChecks.of(CHECKER);
    assertThatThrownBy(() -> checks.withPrevious((StandardsCatalog) null)).hasMessage("previous");
    assertThatThrownBy(() -> checks.withPrevious((ServiceStandard) null)).hasMessage("previous");
  }
}
