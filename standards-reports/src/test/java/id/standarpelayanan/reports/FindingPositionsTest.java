package id.standarpelayanan.reports;

import static id.standarpelayanan.reports.ReportRuns.CLOCK;
import static id.standarpelayanan.reports.ReportRuns.DEFECTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.io.SourcePosition;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings placed on their line: the SARIF results' regions, the JSON report's line and column and
 * the text report's "baris N" come from the source positions the checks keep by default.
 */
class FindingPositionsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;

  private final Checker checker = Checker.builder().clock(CLOCK).build();

  private JsonNode write(ReportFormat format, DocumentChecks checks, Path file) throws IOException {
    StringWriter out = new StringWriter();
    try (ReportWriter report =
        ReportWriter.builder(format).locale(Locale.ENGLISH).tool("sp", "9.9").build(out)) {
      checks.check(file, report);
    }
    return MAPPER.readTree(out.toString());
  }

  @Test
  void sarifResultsOfFindingsHaveTheRegionOfTheirValue() throws IOException {
    JsonNode results =
        write(ReportFormat.SARIF, DocumentChecks.of(checker), DEFECTIVE).at("/runs/0/results");

    assertThat(results).isNotEmpty();
    for (JsonNode result : results) {
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
          .as("%s", result.get("ruleId"))
          .isPositive();
      assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt())
          .isPositive();
    }
    // The seventh legal basis of the file is the object on line 47, column 5.
    JsonNode repealed = null;
    for (JsonNode result : results) {
      if (result.get("ruleId").asText().equals("sp.legal-basis.repealed")) {
        repealed = result;
      }
    }
    assertThat(repealed).isNotNull();
    assertThat(repealed.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("/legalBasis/6");
    assertThat(repealed.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(47);
    assertThat(repealed.at("/locations/0/physicalLocation/region/startColumn").asInt())
        .isEqualTo(5);
  }

  @Test
  void jsonFindingsCarryLineAndColumnAndAMissingValueLiesOnItsObject() throws IOException {
    JsonNode findings =
        write(ReportFormat.JSON, DocumentChecks.of(checker), DEFECTIVE).at("/inputs/0/findings");

    assertThat(findings).isNotEmpty();
    for (JsonNode finding : findings) {
      assertThat(finding.get("line").asInt()).as("%s", finding).isPositive();
      assertThat(finding.get("column").asInt()).as("%s", finding).isPositive();
    }
    // Each finding lies on the value at its pointer, or on the nearest enclosing one in the text.
    List<Outcome> outcomes = new ArrayList<>();
    DocumentChecks.of(checker).check(DEFECTIVE, outcomes::add);
    Outcome.Checked checked = (Outcome.Checked) outcomes.get(0);
    for (Finding finding : checked.report().findings()) {
      SourcePosition position = checked.position(finding).orElseThrow();
      boolean exact = checked.positions().at(finding.path()).isPresent();
      assertThat(position)
          .isEqualTo(
              exact
                  ? checked.positions().at(finding.path()).get()
                  : checked.positions().nearest(finding.path().parent()).get());
    }
  }

  @Test
  void aRecordOfNdjsonIsPlacedOnItsOwnLine() throws IOException {
    String defective = MAPPER.readTree(Files.readString(DEFECTIVE)).toString();
    Path lines = temp.resolve("layanan.ndjson");
    Files.writeString(lines, "\n\n" + defective + "\n", StandardCharsets.UTF_8);

    JsonNode results =
        write(ReportFormat.SARIF, DocumentChecks.of(checker), lines).at("/runs/0/results");

    assertThat(results).isNotEmpty();
    for (JsonNode result : results) {
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
      assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
          .startsWith("/0");
    }
  }

  @Test
  void withoutPositionsNoFindingHasALine() throws IOException {
    DocumentChecks without = DocumentChecks.of(checker, StandardsDocuments.strict());

    JsonNode sarif = write(ReportFormat.SARIF, without, DEFECTIVE);
    JsonNode json = write(ReportFormat.JSON, without, DEFECTIVE);

    assertThat(sarif.at("/runs/0/results")).isNotEmpty();
    for (JsonNode result : sarif.at("/runs/0/results")) {
      assertThat(result.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    }
    for (JsonNode finding : json.at("/inputs/0/findings")) {
      assertThat(finding.has("line")).isFalse();
      assertThat(finding.has("column")).isFalse();
    }
  }

  @Test
  void theTextReportSaysTheLine() throws IOException {
    StringWriter out = new StringWriter();
    try (ReportWriter report =
        ReportWriter.builder(ReportFormat.TEXT).tool("sp", "9.9").build(out)) {
      DocumentChecks.of(checker).check(DEFECTIVE, report);
    }
    // The seventh legal basis of the file is the object that starts on line 47.
    assertThat(Files.readAllLines(DEFECTIVE).get(46)).isEqualTo("    {");
    assertThat(Files.readAllLines(DEFECTIVE).get(47)).contains("\"PERMEN\"");
    assertThat(out.toString()).contains("Dasar hukum no. 7 (/legalBasis/6), baris 47");
  }
}
