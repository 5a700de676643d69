package id.standarpelayanan.reports;

import static id.standarpelayanan.reports.ReportRuns.CLOCK;
import static id.standarpelayanan.reports.ReportRuns.DEFECTIVE;
import static id.standarpelayanan.reports.ReportRuns.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each format written for the sample catalogue, a defective standard, NDJSON with a bad record and
 * an unreadable file; the builder's defaults; streaming, watched at the writer.
 */
class ReportWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Locale ID = Locale.forLanguageTag("id");
  private static final String NL = System.lineSeparator();

  @TempDir Path temp;

  private final Checker checker = Checker.builder().clock(CLOCK).build();
  private final DocumentChecks checks = DocumentChecks.of(checker);

  private String write(ReportFormat format, Locale locale, List<Path> files) {
    Checker inLanguage = Checker.builder().locale(locale).clock(CLOCK).build();
    StringWriter out = new StringWriter();
    try (ReportWriter report =
        ReportWriter.builder(format).locale(locale).tool("sp", "9.9").build(out)) {
      for (Path file : files) {
        DocumentChecks.of(inLanguage).check(file, report);
      }
    }
    return out.toString();
  }

  private List<Path> everyKind() throws IOException {
    return List.of(
        SAMPLE,
        DEFECTIVE,
        ReportRuns.ndjsonWithBadRecords(temp),
        ReportRuns.brokenJson(temp),
        temp.resolve("hilang.json"));
  }

  @Test
  void theTextReportSaysEachDocumentsResultFindingsAndErrorsInItsLanguage() throws IOException {
    String id = write(ReportFormat.TEXT, ID, everyKind());
    String en = write(ReportFormat.TEXT, Locale.ENGLISH, everyKind());

    assertThat(id)
        .contains("== " + SAMPLE + " — profil uu-25-2009 ==" + NL)
        .contains("Hasil: LULUS | skor 100/100 | GALAT 0, PERINGATAN 0, INFO 0")
        .contains("[1] legalisasi-ijazah-madrasah (/standards/0) (skor 100)")
        .contains("Hasil: TIDAK LULUS | skor 67/100 | GALAT 7, PERINGATAN 4, INFO 0")
        // The seventh legal basis starts on line 47 of the file: the finding is placed there.
        .contains(
            "    GALAT      sp.legal-basis.repealed  Dasar hukum no. 7 (/legalBasis/6), baris 47"
                + NL)
        .contains("  Tidak terbaca: " + temp.resolve("layanan.ndjson") + ":1:32: ")
        .contains("(rekaman ke-1 (indeks dari 0), pointer (dokumen))")
        .contains("rusak.json:1:19: dokumen terpotong")
        .contains("  Tidak terbaca: " + temp.resolve("hilang.json") + ": berkas tidak ditemukan")
        .endsWith(
            "Ringkasan: 6 masukan, 1 lulus, 1 tidak lulus, 4 tidak terbaca, 0 gagal internal" + NL);
    assertThat(en)
        .contains("Result: NOT PASSED | score 67/100 | ERROR 7, WARNING 4, INFO 0")
        .contains("sp.legal-basis.repealed  Legal basis no. 7 (/legalBasis/6), line 47" + NL)
        .contains("  Outside the eleven principles (fee/tariff, or the document's structure)")
        .contains(": file not found")
        .endsWith(
            "Summary: 6 inputs, 1 passed, 1 not passed, 4 unreadable, 0 internal failures" + NL);
  }

  @Test
  void theJsonReportHoldsOneEntryPerDocumentOrRecord() throws IOException {
    JsonNode report = MAPPER.readTree(write(ReportFormat.JSON, ID, everyKind()));

    assertThat(report.get("tool").asText()).isEqualTo("sp");
    assertThat(report.get("version").asText()).isEqualTo("9.9");
    assertThat(report.get("language").asText()).isEqualTo("id");
    assertThat(report.get("passed").asBoolean()).isFalse();
    JsonNode inputs = report.get("inputs");
    assertThat(inputs).hasSize(6);
    assertThat(inputs.get(0).get("passed").asBoolean()).isTrue();
    assertThat(inputs.get(0).get("standards")).hasSize(7);
    assertThat(inputs.get(1).get("score").asInt()).isEqualTo(67);
    assertThat(inputs.get(1).get("counts").get("ERROR").asInt()).isEqualTo(7);
    assertThat(inputs.get(1).get("findings").get(0).get("ruleId").asText()).startsWith("sp.");
    assertThat(inputs.get(2).get("error").get("code").asText()).isEqualTo("WRONG_TYPE");
    assertThat(inputs.get(2).get("error").get("record").asInt()).isZero();
    assertThat(inputs.get(3).get("error").get("record").asInt()).isEqualTo(1);
    assertThat(inputs.get(4).get("error").get("code").asText()).isEqualTo("TRUNCATED");
    assertThat(inputs.get(5).get("error").get("code").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void theSarifReportHasAResultPerFindingAndReadError() throws IOException {
    JsonNode sarif = MAPPER.readTree(write(ReportFormat.SARIF, Locale.ENGLISH, everyKind()));

    JsonNode run = sarif.get("runs").get(0);
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(run.get("language").asText()).isEqualTo("en");
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("sp");
    List<String> ruleIds = new ArrayList<>();
    run.get("results").forEach(r -> ruleIds.add(r.get("ruleId").asText()));
    // 11 findings of the defective standard, two bad records, a cut-off file, a missing one.
    assertThat(ruleIds).hasSize(15).contains("sp.legal-basis.repealed", "sp.read.not-found");
    JsonNode truncated = run.get("results").get(13);
    assertThat(truncated.get("ruleId").asText()).isEqualTo("sp.read.truncated");
    assertThat(
            truncated
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("region")
                .get("startLine")
                .asInt())
        .isEqualTo(1);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    for (JsonNode result : run.get("results")) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void theDefaultsAreTheLibrarysNameAndVersionUu25AndIndonesian() throws IOException {
    StringWriter out = new StringWriter();
    try (ReportWriter report = ReportWriter.builder(ReportFormat.JSON).build(out)) {
      checks.check(DEFECTIVE, report);
    }
    JsonNode json = MAPPER.readTree(out.toString());

    assertThat(json.get("tool").asText()).isEqualTo("standar-pelayanan");
    assertThat(json.get("version").asText()).isNotBlank().doesNotContain("${");
    assertThat(json.get("profile").asText()).isEqualTo(Profile.UU_25_2009);
    assertThat(json.get("language").asText()).isEqualTo("id");
  }

  @Test
  void theTextReportEchoesReadErrorsOnTheErrorWriterOnlyWhenGivenOne() {
    StringWriter out = new StringWriter();
    StringWriter errors = new StringWriter();
    Path missing = temp.resolve("hilang.json");
    try (ReportWriter report = ReportWriter.builder(ReportFormat.TEXT).errors(errors).build(out)) {
      checks.check(missing, report);
      checks.check(DEFECTIVE, report);
    }
    StringWriter quiet = new StringWriter();
    try (ReportWriter report = ReportWriter.builder(ReportFormat.TEXT).build(quiet)) {
      checks.check(missing, report);
    }

    assertThat(errors.toString()).isEqualTo(missing + ": berkas tidak ditemukan" + NL);
    assertThat(out.toString()).contains("  Tidak terbaca: " + missing + ": berkas tidak ditemukan");
    assertThat(quiet.toString()).contains("Tidak terbaca");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aFinishedReportTakesNoMoreOutcomesAndClosingItAgainChangesNothing(ReportFormat format) {
    StringWriter out = new StringWriter();
    ReportWriter report = ReportWriter.builder(format).build(out);
    checks.check(SAMPLE, report);
    report.finish();
    String finished = out.toString();
    report.close();
    report.finish();

    assertThat(out.toString()).isEqualTo(finished);
    assertThatThrownBy(() -> checks.check(SAMPLE, report))
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aFailureToWriteIsThrownNotSwallowed(ReportFormat format) {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(
            () -> {
              try (ReportWriter report = ReportWriter.builder(format).build(broken)) {
                checks.check(DEFECTIVE, report);
              }
            })
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void theToolMustBeNamed() {
    ReportWriter.Builder builder = ReportWriter.builder(ReportFormat.JSON);

    assertThatThrownBy(() -> builder.tool(" ", "1.0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.tool("sp", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportWriter.builder(null)).isInstanceOf(NullPointerException.class);
  }

  /**
   * A writer that remembers how much had reached it each time it was flushed, so that a test can
   * see what was written before the next outcome was given.
   */
  private static final class WatchedWriter extends Writer {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void write(char[] buffer, int offset, int length) {
      text.append(buffer, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    String text() {
      return text.toString();
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void eachOutcomeIsWrittenBeforeTheNextIsGiven(ReportFormat format) throws IOException {
    StandardsJson json = StandardsJson.builder().build();
    StandardsCatalog sample = json.readCatalog(Files.readAllBytes(SAMPLE));
    StringBuilder lines = new StringBuilder();
    int count = 50;
    for (int i = 0; i < count; i++) {
      ServiceStandard standard = sample.getStandards().get(i % sample.getStandards().size());
      lines
          .append(
              json.writeToString(
                  ImmutableServiceStandard.copyOf(standard)
                      .withId("layanan-" + i)
                      .withFee(java.util.Optional.empty())))
          .append('\n');
    }
    WatchedWriter out = new WatchedWriter();
    List<String> seenWhenGiven = new ArrayList<>();
    try (ReportWriter report = ReportWriter.builder(format).build(out)) {
      checks.check(
          new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
          "layanan.ndjson",
          outcome -> {
            seenWhenGiven.add(out.text());
            report.accept(outcome);
          });
    }

    assertThat(seenWhenGiven).hasSize(count);
    // When record i is given, what reached the writer already shows record i - 1 in full.
    for (int i = 1; i < count; i++) {
      String before = seenWhenGiven.get(i);
      assertThat(before).as("record %d given", i).contains("/" + (i - 1) + "/fee");
      assertThat(before).as("record %d given", i).doesNotContain("/" + i + "/fee");
    }
    assertThat(out.text()).contains("/" + (count - 1) + "/fee");
  }
}
