package id.standarpelayanan.reports;

import static id.standarpelayanan.reports.ReportRuns.DEFECTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.standarpelayanan.rules.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SARIF reports against the official SARIF 2.1.0 JSON Schema. */
class SarifSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir static Path temp;

  @BeforeAll
  static void loadTheOfficialSchema() throws IOException {
    try (InputStream in =
        SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  static Stream<ReportRuns.Run> runs() throws IOException {
    return ReportRuns.runs(temp);
  }

  @ParameterizedTest
  @MethodSource("runs")
  void everyReportIsValidSarif(ReportRuns.Run run) {
    Set<ValidationMessage> errors = schema.validate(ReportRuns.tree(ReportFormat.SARIF, run));

    assertThat(errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toList()))
        .isEmpty();
  }

  @Test
  void theSchemaRefusesWhatIsNotSarif() throws IOException {
    assertThat(schema.validate(MAPPER.readTree("{\"version\": \"2.0.0\", \"runs\": []}")))
        .isNotEmpty();
    assertThat(
            schema.validate(
                MAPPER.readTree(
                    "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}")))
        .isNotEmpty();
  }

  @Test
  void rulesCarryTheirDescriptionsHelpAndRegulationAndResultsAStableFingerprint() {
    ReportRuns.Run defective =
        new ReportRuns.Run(List.of(DEFECTIVE), Locale.forLanguageTag("id"), Profile.law25Of2009());
    JsonNode first = ReportRuns.tree(ReportFormat.SARIF, defective);
    JsonNode second = ReportRuns.tree(ReportFormat.SARIF, defective);
    JsonNode run = first.get("runs").get(0);

    JsonNode repealed = null;
    for (JsonNode rule : run.get("tool").get("driver").get("rules")) {
      if (rule.get("id").asText().equals("sp.legal-basis.repealed")) {
        repealed = rule;
      }
    }
    assertThat(repealed).isNotNull();
    assertThat(repealed.get("fullDescription").get("text").asText())
        .contains("UU 25/2009 pasal 21");
    assertThat(repealed.get("helpUri").asText()).endsWith("docs/rules.md#splegal-basisrepealed");
    assertThat(repealed.get("help").get("text").asText()).contains("docs/rules.md");
    assertThat(repealed.get("properties").get("components").get(0).asInt()).isEqualTo(1);
    assertThat(repealed.get("properties").get("principles").get(0).asInt()).isEqualTo(1);
    assertThat(repealed.get("defaultConfiguration").get("level").asText()).isEqualTo("error");

    List<String> fingerprints = new ArrayList<>();
    run.get("results")
        .forEach(
            r -> fingerprints.add(r.get("partialFingerprints").get("ruleAndPlace/v1").asText()));
    List<String> again = new ArrayList<>();
    second
        .get("runs")
        .get(0)
        .get("results")
        .forEach(r -> again.add(r.get("partialFingerprints").get("ruleAndPlace/v1").asText()));
    assertThat(fingerprints)
        .isEqualTo(again)
        .doesNotHaveDuplicates()
        .allMatch(f -> f.length() == 32);
  }
}
