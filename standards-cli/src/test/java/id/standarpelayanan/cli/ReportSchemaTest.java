package id.standarpelayanan.cli;

import static id.standarpelayanan.cli.SpTest.DEFECTIVE;
import static id.standarpelayanan.cli.SpTest.sp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sp validate --format json} against the report's own JSON Schema, shipped in the jar. */
class ReportSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir static Path temp;

  @BeforeAll
  static void loadTheShippedSchema() throws IOException {
    try (InputStream in = Sp.class.getResourceAsStream("report.schema.json")) {
      assertThat(in).as("the schema ships in the tool's jar").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static Stream<List<String>> runs() throws IOException {
    return ReportRuns.arguments(temp);
  }

  @ParameterizedTest
  @MethodSource("runs")
  void everyReportMatchesItsSchema(List<String> arguments) throws IOException {
    assertThat(
            schema.validate(ReportRuns.report("json", arguments)).stream()
                .map(ValidationMessage::getMessage))
        .isEmpty();
  }

  @Test
  void theSchemaRefusesAReportOfAnotherShape() throws IOException {
    String report = sp("validate", "--format", "json", DEFECTIVE.toString()).out();

    assertThat(schema.validate(MAPPER.readTree(report.replace("\"severity\"", "\"level\""))))
        .isNotEmpty();
    assertThat(
            schema.validate(
                MAPPER.readTree(report.replaceFirst("\"score\"\\s*:\\s*67", "\"score\": 167"))))
        .isNotEmpty();
  }
}
