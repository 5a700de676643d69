package id.standarpelayanan.reports;

import static id.standarpelayanan.reports.ReportRuns.DEFECTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.standarpelayanan.rules.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON reports against the report's own JSON Schema, {@link ReportFormat#schema()}. */
class ReportSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir static Path temp;

  @BeforeAll
  static void loadTheShippedSchema() {
    schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ReportFormat.JSON.schema().orElseThrow());
  }

  static Stream<ReportRuns.Run> runs() throws IOException {
    return ReportRuns.runs(temp);
  }

  @ParameterizedTest
  @MethodSource("runs")
  void everyReportMatchesItsSchema(ReportRuns.Run run) {
    assertThat(
            schema.validate(ReportRuns.tree(ReportFormat.JSON, run)).stream()
                .map(ValidationMessage::getMessage))
        .isEmpty();
  }

  @Test
  void theSchemaRefusesAReportOfAnotherShape() throws IOException {
    String report =
        ReportRuns.write(
            ReportFormat.JSON,
            new ReportRuns.Run(
                List.of(DEFECTIVE), Locale.forLanguageTag("id"), Profile.law25Of2009()));

    assertThat(schema.validate(MAPPER.readTree(report.replace("\"severity\"", "\"level\""))))
        .isNotEmpty();
    assertThat(
            schema.validate(
                MAPPER.readTree(report.replaceFirst("\"score\"\\s*:\\s*67", "\"score\": 167"))))
        .isNotEmpty();
    assertThat(
            schema.validate(
                MAPPER.readTree(report.replace("\"tool\" : \"sp\"", "\"tool\" : \"\""))))
        .as("the tool is named")
        .isNotEmpty();
  }

  @Test
  void onlyTheJsonFormatShipsASchema() {
    assertThat(ReportFormat.JSON.schema()).get().asString().contains("2020-12/schema");
    assertThat(ReportFormat.SARIF.schema()).isEmpty();
    assertThat(ReportFormat.TEXT.schema()).isEmpty();
  }
}
