package id.standarpelayanan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.reports.Verdict;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every example runs and does what its documentation says, so none rots. */
class ExamplesTest {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

  private String printed() {
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartChecksADraftAndPrintsIndonesianFindings() {
    Report report = QuickStart.run(out);

    assertThat(report.passed()).isFalse();
    assertThat(report.findings())
        .anyMatch(
            f ->
                f.ruleId().equals("sp.completeness.procedure") && f.pointer().equals("/procedure"));
    assertThat(printed()).contains("Lulus: false", "[sp.completeness.procedure]", "/procedure");
    assertThat(printed()).contains("Komponen");
  }

  @Test
  void readWriteRoundTripsTheSampleAndLocatesErrors() {
    StandardsCatalog back = ReadWriteExample.run(out);

    assertThat(back.getStandards()).hasSize(7);
    assertThat(printed()).contains("sama: true", "WRONG_TYPE di /standards/0/fee/free", "en: ");
  }

  @Test
  void customRuleFiresWithTheDerivedProfile() {
    Report report = CustomRuleExample.run(out);

    assertThat(report.profileName()).isEqualTo("kanwil-aceh");
    assertThat(report.findings())
        .anyMatch(
            f ->
                f.ruleId().equals("kanwil-aceh.requirements.form")
                    && f.pointer().equals("/requirements/1/form")
                    && f.severity() == Severity.WARNING);
    assertThat(report.findings())
        .noneMatch(f -> f.ruleId().equals("sp.facilities.vulnerable-groups-coverage"));
    assertThat(printed())
        .contains("Requirement \"Surat permohonan\" does not state the form of the document.");
    assertThat(CustomRuleExample.profile().severity("sp.staffing.capacity"))
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void streamingChecksEveryGoodRecordAndReportsTheBadOne() throws IOException {
    StreamingExample.Tally tally = StreamingExample.run(out);

    assertThat(tally.checked()).isEqualTo(2_000);
    assertThat(tally.passed()).isEqualTo(2_000);
    assertThat(tally.badRecords()).hasSize(1);
    assertThat(tally.badRecords().get(0)).startsWith("rekaman 1001 ");
  }

  @Test
  void publishedTableListsTheFourteenComponentsDeliveryFirst() {
    List<PublishedTable.Row> rows = PublishedTable.run(out);

    assertThat(rows).hasSize(14);
    assertThat(rows.get(0).component()).isEqualTo(Component.REQUIREMENTS);
    assertThat(rows.get(6).component()).isEqualTo(Component.LEGAL_BASIS);
    assertThat(printed())
        .startsWith("NO | KOMPONEN | URAIAN")
        .contains("Tidak dipungut biaya (Rp 0)");
  }

  @Test
  void sarifReportChecksAFileInOneCallAndWritesSarif() throws IOException {
    Verdict verdict =
        SarifReportExample.run(Samples.file("legalisasi-ijazah-bermasalah.json"), out);

    assertThat(verdict).isEqualTo(Verdict.FINDINGS);
    assertThat(verdict.exitCode()).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(printed());
    JsonNode run = sarif.get("runs").get(0);
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("kanwil-aceh-ci");
    assertThat(run.get("language").asText()).isEqualTo("en");
    assertThat(run.get("results")).hasSize(11);
    assertThat(run.get("results").findValuesAsText("text"))
        .anyMatch(text -> text.contains("has been repealed"));
    assertThat(
            SarifReportExample.run(
                Samples.file("kanwil-kemenag-aceh.xml"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isEqualTo(Verdict.PASSED);
  }
}
