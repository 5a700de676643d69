package id.standarpelayanan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.reports.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real {@code sp} commands in-process: exit codes, outputs, errors. */
class SpTest {

  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
  static final Path EXAMPLES = Path.of("..", "examples", "data");
  static final Path SAMPLE = EXAMPLES.resolve("kanwil-kemenag-aceh.json");
  static final Path DEFECTIVE = EXAMPLES.resolve("legalisasi-ijazah-bermasalah.json");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  /** The result of one run. */
  record Run(int code, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  static Run sp(String... args) {
    return sp(new ByteArrayInputStream(new byte[0]), args);
  }

  static Run sp(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Sp.run(
            args,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            CLOCK);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void validatesTheEmbeddedSampleWhenNoFileIsGiven() {
    Run run = sp("validate");

    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Sp.PASSED);
    assertThat(run.out())
        .contains(
            "LULUS",
            "legalisasi-ijazah-madrasah",
            "permohonan-informasi-publik",
            "profil uu-25-2009");
    assertThat(run.out()).doesNotContain("    ERROR ", "    WARNING ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theEmbeddedSampleIsTheExamplesSample() throws IOException {
    try (InputStream embedded =
        Sp.class
            .getClassLoader()
            .getResourceAsStream("id/standarpelayanan/cli/samples/kanwil-kemenag-aceh.json")) {
      assertThat(embedded).isNotNull();
      assertThat(embedded.readAllBytes()).isEqualTo(Files.readAllBytes(SAMPLE));
    }
  }

  @Test
  void theSamplePassesBothProfilesWithNoErrorOrWarning() throws IOException {
    for (String profile : List.of("uu-25-2009", "kemenag-11-prinsip")) {
      JsonNode report =
          sp("validate", "--format", "json", "--profile", profile, SAMPLE.toString()).json();
      JsonNode input = report.get("inputs").get(0);
      assertThat(report.get("passed").asBoolean()).as(profile).isTrue();
      assertThat(input.get("counts").get("ERROR").asInt()).isZero();
      assertThat(input.get("counts").get("WARNING").asInt())
          .as(input.get("findings").toString())
          .isZero();
      assertThat(input.get("score").asInt()).isEqualTo(100);
      assertThat(input.get("standards")).hasSizeGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void theDefectiveSampleYieldsEachIntendedFinding() throws IOException {
    Run run = sp("validate", "--format", "json", DEFECTIVE.toString());

    assertThat(run.code()).isEqualTo(Sp.FINDINGS);
    List<String> ids = new ArrayList<>();
    run.json().get("inputs").get(0).get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
    assertThat(ids)
        .contains(
            "sp.fee.vague",
            "sp.facilities.vulnerable-groups",
            "sp.procedure.exceeds-completion-time",
            "sp.complaint.public-channel",
            "sp.complaint.response-time",
            "sp.competence.dimensions",
            "sp.legal-basis.repealed",
            "sp.completeness.service-guarantee",
            "sp.completeness.security-and-safety",
            "sp.text.placeholder");
  }

  @Test
  void textReportGroupsByStandardAndPrincipleWithPointers() {
    Run run = sp("validate", "--lang", "en", DEFECTIVE.toString());

    assertThat(run.code()).isEqualTo(Sp.FINDINGS);
    assertThat(run.out())
        .contains(
            "NOT PASSED",
            "  Principle 2: System, mechanism and procedure",
            "sp.procedure.exceeds-completion-time",
            "/procedure/steps",
            "/fee")
        .contains("Principle 8: Handling of complaints");
  }

  @Test
  void sarifOutputCarriesRulesResultsAndPointers() throws IOException {
    JsonNode sarif = sp("validate", "--format", "sarif", DEFECTIVE.toString()).json();

    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("sp");
    assertThat(run.get("tool").get("driver").get("rules")).hasSizeGreaterThan(40);
    JsonNode results = run.get("results");
    assertThat(results).isNotEmpty();
    JsonNode vagueFee = null;
    for (JsonNode result : results) {
      if (result.get("ruleId").asText().equals("sp.fee.vague")) {
        vagueFee = result;
      }
      String ruleId = result.get("ruleId").asText();
      int index = result.get("ruleIndex").asInt();
      assertThat(run.get("tool").get("driver").get("rules").get(index).get("id").asText())
          .isEqualTo(ruleId);
    }
    assertThat(vagueFee).isNotNull();
    assertThat(vagueFee.get("level").asText()).isEqualTo("error");
    assertThat(
            vagueFee
                .get("locations")
                .get(0)
                .get("logicalLocations")
                .get(0)
                .get("fullyQualifiedName")
                .asText())
        .isEqualTo("/fee");
    assertThat(
            vagueFee
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .endsWith("legalisasi-ijazah-bermasalah.json");
  }

  @Test
  void aDraftWithoutIdOrNameIsCheckedAndToldWhatIsMissing() throws IOException {
    Path draft =
        Files.writeString(
            temp.resolve("draf.json"), "{\"schemaVersion\": \"1.1\", \"fee\": {\"free\": true}}");

    Run text = sp("validate", draft.toString());
    assertThat(text.code()).as(text.out() + text.err()).isEqualTo(Sp.FINDINGS);
    assertThat(text.out()).contains("(tanpa id)", "sp.standard.name", "/name", "sp.standard.id");

    JsonNode standard =
        sp("validate", "--format", "json", draft.toString())
            .json()
            .get("inputs")
            .get(0)
            .get("standards")
            .get(0);
    assertThat(standard.has("serviceId")).isFalse();
    assertThat(standard.get("passed").asBoolean()).isFalse();
  }

  @Test
  void malformedInputIsReportedWithLineColumnAndExitCodeTwo() throws IOException {
    Path broken =
        Files.writeString(
            temp.resolve("rusak.json"),
            "{\n  \"schemaVersion\": \"1.0\",\n  \"standards\": [ {\"id\": \n");

    Run run = sp("validate", broken.toString());

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err())
        .contains("rusak.json:")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void unknownFieldIsLocatedByPointer() throws IOException {
    Path odd =
        Files.writeString(
            temp.resolve("aneh.json"),
            "{\"schemaVersion\": \"1.0\", \"provider\": {\"name\": \"Kanwil\", \"warna\": \"hijau\"}}");

    Run run = sp("validate", "--format", "json", odd.toString());

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    JsonNode error = run.json().get("inputs").get(0).get("error");
    assertThat(error.get("code").asText()).isEqualTo("UNKNOWN_FIELD");
    assertThat(error.get("pointer").asText()).isEqualTo("/provider/warna");
    assertThat(error.get("line").asInt()).isEqualTo(1);
  }

  @Test
  void missingFileExitsWithTwo() {
    Run run = sp("validate", temp.resolve("tidak-ada.json").toString());

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err()).contains("tidak ditemukan");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--tidak-ada", "--format=html", "--lang=fr"})
  void usageErrorsExitWithTwoAndAMessage(String option) {
    Run run = sp("validate", option);

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err()).isNotBlank().doesNotContain("\tat ");
  }

  @Test
  void unknownProfileExitsWithTwoNamingTheChoices() {
    Run run = sp("validate", "--profile", "iso-9001");

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err())
        .contains("iso-9001", "uu-25-2009", "kemenag-11-prinsip")
        .doesNotContain("Exception");
  }

  @Test
  void readsStandardInput() throws IOException {
    Run run = sp(Files.newInputStream(SAMPLE), "validate", "-");

    assertThat(run.code()).isEqualTo(Sp.PASSED);
    assertThat(run.out()).contains("masukan standar");
  }

  @Test
  void streamsNdjsonReportingEachRecordAndTheBadOne() throws IOException {
    JsonNode sample = JSON.readTree(SAMPLE.toFile());
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      com.fasterxml.jackson.databind.node.ObjectNode standard =
          (com.fasterxml.jackson.databind.node.ObjectNode)
              sample.get("standards").get(i).deepCopy();
      standard.put("schemaVersion", "1.0");
      lines.append(JSON.writeValueAsString(standard)).append('\n');
    }
    lines.append("{\"schemaVersion\": \"1.0\", \"id\": \"rusak\", \"name\": 42}\n");
    Path ndjson = Files.writeString(temp.resolve("banyak.ndjson"), lines);

    Run run = sp("validate", "--format", "json", ndjson.toString());

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    JsonNode inputs = run.json().get("inputs");
    assertThat(inputs).hasSize(4);
    assertThat(inputs.get(0).get("pointer").asText()).isEqualTo("/0");
    assertThat(inputs.get(2).get("passed").asBoolean()).isTrue();
    assertThat(inputs.get(3).get("error").get("pointer").asText()).startsWith("/name");
  }

  @Test
  void convertsJsonToXmlAndBackWithTheSameFindings() throws IOException {
    Path xml = temp.resolve("katalog.xml");
    Run converted = sp("convert", SAMPLE.toString(), "--to", "xml", "-o", xml.toString());
    assertThat(converted.code()).as(converted.err()).isEqualTo(Sp.PASSED);
    assertThat(Files.readString(xml)).contains("urn:standar-pelayanan:1.0", "<requirement>");

    Run back = sp("convert", xml.toString(), "--to", "json");
    assertThat(back.code()).isEqualTo(Sp.PASSED);
    assertThat(JSON.readTree(back.out())).isEqualTo(JSON.readTree(SAMPLE.toFile()));

    JsonNode fromXml =
        sp("validate", "--format", "json", xml.toString()).json().get("inputs").get(0);
    JsonNode fromJson =
        sp("validate", "--format", "json", SAMPLE.toString()).json().get("inputs").get(0);
    assertThat(fromXml.get("findings")).isEqualTo(fromJson.get("findings"));
  }

  @Test
  void convertOfAnUnreadableFileExitsWithTwo() throws IOException {
    Path broken =
        Files.writeString(
            temp.resolve("rusak.xml"),
            "<catalog xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.0</schemaVersion>");

    Run run = sp("convert", broken.toString(), "--to", "json");

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("rusak.xml:");
  }

  @Test
  void printsTheSchemas() throws IOException {
    assertThat(JSON.readTree(sp("schema", "json").out()).get("$schema").asText())
        .contains("2020-12");
    assertThat(JSON.readTree(sp("schema", "json", "standard").out()).toString())
        .contains("completionTime");
    assertThat(sp("schema", "xsd", "catalog").out())
        .contains("urn:standar-pelayanan:1.0", "xs:schema");
    assertThat(sp("schema", "yaml").code()).isEqualTo(Sp.UNUSABLE);
  }

  @Test
  void listsTheRulesOfAProfile() {
    Run uu = sp("rules");
    Run kemenag = sp("rules", "--profile", "kemenag-11-prinsip", "--lang", "en");

    assertThat(uu.code()).isEqualTo(Sp.PASSED);
    assertThat(uu.out())
        .contains("sp.completeness.fee", "GALAT", "sp.procedure.exceeds-completion-time")
        .contains("ATURAN", "TINGKAT", "KOMPONEN");
    assertThat(uu.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    // The eleven principles do not name fee/tariff, but the law requires it there too.
    assertThat(kemenag.out()).containsPattern("sp\\.completeness\\.fee\\s+ERROR");
  }

  @Test
  void choicesAreTypedInAnyCaseAndListedInLowerCase() throws IOException {
    JsonNode upper = sp("validate", "--format", "JSON", "--lang", "EN", SAMPLE.toString()).json();
    JsonNode lower = sp("validate", "--format", "json", "--lang", "en", SAMPLE.toString()).json();
    assertThat(upper).isEqualTo(lower);
    assertThat(lower.get("language").asText()).isEqualTo("en");
    assertThat(JSON.readTree(sp("schema", "JSON", "Standard").out()).toString())
        .contains("completionTime");

    String validate = sp("validate", "--help").out();
    assertThat(validate).contains("text, json, sarif", "id, en").doesNotContain("TEXT", "SARIF");
    assertThat(sp("schema", "--help").out()).contains("json, xsd", "catalog, standard");
  }

  @Test
  void anUnknownChoiceIsRefusedWithTheChoicesAsTheyAreTyped() {
    Run format = sp("validate", "--format", "xyz", "--lang", "en", SAMPLE.toString());
    Run formatId = sp("validate", "--format", "xyz", SAMPLE.toString());
    Run lang = sp("validate", "--lang", "fr", SAMPLE.toString());
    Run kind = sp("schema", "yaml", "--lang", "en");
    Run target = sp("convert", "--to", "csv", SAMPLE.toString());

    assertThat(format.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(format.err())
        .contains("expected one of [text, json, sarif] (case-insensitive) but was 'xyz'")
        .doesNotContain("TEXT");
    // Indonesian by default, the choices as they are typed all the same.
    assertThat(formatId.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(formatId.err())
        .contains("diharapkan salah satu dari [text, json, sarif]")
        .contains("tetapi diberikan 'xyz'")
        .doesNotContain("TEXT");
    // An unknown language is refused in Indonesian, the default.
    assertThat(lang.err()).contains("salah satu dari [id, en]").contains("'fr'");
    assertThat(kind.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(kind.err())
        .contains("expected one of [json, xsd] (case-insensitive) but was 'yaml'");
    assertThat(target.err()).contains("[json, xml]").contains("'csv'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "convert", "schema", "rules"})
  void everyCommandHasHelpAndVersion(String command) {
    Run help = sp(command, "--help");
    Run english = sp(command, "--help", "--lang", "en");
    Run version = sp(command, "--version");

    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Penggunaan: sp " + command);
    assertThat(english.code()).isZero();
    assertThat(english.out()).contains("Usage: sp " + command);
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("sp ");
  }

  @Test
  void noCommandPrintsUsageAndExitsWithTwo() {
    Run run = sp();

    assertThat(run.code()).isEqualTo(Sp.UNUSABLE);
    assertThat(run.err()).contains("validate", "convert", "schema", "rules");
  }

  @Test
  void theExitCodesAreTheVerdictsOfTheReportsModule() {
    assertThat(Sp.PASSED).isEqualTo(Verdict.PASSED.exitCode());
    assertThat(Sp.FINDINGS).isEqualTo(Verdict.FINDINGS.exitCode());
    assertThat(Sp.UNUSABLE).isEqualTo(Verdict.UNREADABLE.exitCode());
    assertThat(Sp.INTERNAL).isEqualTo(Verdict.FAILED.exitCode());
    assertThat(sp("validate", DEFECTIVE.toString()).code()).isEqualTo(Verdict.FINDINGS.exitCode());
  }
}
