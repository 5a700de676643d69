package id.standarpelayanan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import id.standarpelayanan.io.ReadErrorCode;
import id.standarpelayanan.io.Schema;
import id.standarpelayanan.reports.ReportFormat;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint over a real loopback connection, answers checked against the OpenAPI schemas. */
class EndpointsTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Set<String> READ_CODES =
      Arrays.stream(ReadErrorCode.values()).map(Enum::name).collect(Collectors.toSet());

  private static Http http;

  @BeforeAll
  static void start() {
    http = new Http(StandardsServer.builder());
  }

  @AfterAll
  static void stop() {
    http.stop();
  }

  private static byte[] data(String file) throws IOException {
    return Files.readAllBytes(DATA.resolve(file));
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = Http.tree(response);
    assertThat(http.violations("Problem", problem)).isEmpty();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("code").asText()).isEqualTo(code);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static void assertHealthy() {
    HttpResponse<String> health = http.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(Http.tree(health).get("status").asText()).isEqualTo("UP");
  }

  @Test
  void answersTheSampleCatalogueWithAPassingReport() throws IOException {
    HttpResponse<String> response =
        http.post(
            "/v1/validate", data("kanwil-kemenag-aceh.json"), "Content-Type", "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    assertThat(response.headers().firstValue("Content-Language")).hasValue("id");
    JsonNode report = Http.tree(response);
    assertThat(http.violations("Report", report)).isEmpty();
    assertThat(report.get("passed").asBoolean()).isTrue();
    assertThat(report.get("language").asText()).isEqualTo("id");
    assertThat(report.get("inputs")).hasSize(1);
  }

  @Test
  void answersTheXmlSampleWithoutAMediaTypeByContent() throws IOException {
    HttpResponse<String> response = http.post("/v1/validate", data("kanwil-kemenag-aceh.xml"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(http.violations("Report", Http.tree(response))).isEmpty();
  }

  @Test
  void answersTheDefectiveStandardWith200AndPassedFalseInEnglishWhenAsked() throws IOException {
    HttpResponse<String> english =
        http.post(
            "/v1/validate",
            data("legalisasi-ijazah-bermasalah.json"),
            "Accept-Language",
            "en-GB,en;q=0.9,id;q=0.5");
    assertThat(english.statusCode()).isEqualTo(200);
    JsonNode report = Http.tree(english);
    assertThat(http.violations("Report", report)).isEmpty();
    assertThat(report.get("passed").asBoolean()).isFalse();
    assertThat(report.get("language").asText()).isEqualTo("en");
    JsonNode findings = report.get("inputs").get(0).get("findings");
    assertThat(findings.size()).isGreaterThan(0);
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");

    HttpResponse<String> indonesian =
        http.post(
            "/v1/validate?lang=id",
            data("legalisasi-ijazah-bermasalah.json"),
            "Accept-Language",
            "en");
    JsonNode indonesianReport = Http.tree(indonesian);
    assertThat(indonesianReport.get("language").asText()).isEqualTo("id");
    assertThat(indonesianReport.get("inputs").get(0).get("findings").get(0).get("message").asText())
        .isNotEqualTo(findings.get(0).get("message").asText());
  }

  @Test
  void answersSarifWhenAskedAndItFollowsTheOfficialSchema() throws IOException {
    HttpResponse<String> response =
        http.post(
            "/v1/validate",
            data("legalisasi-ijazah-bermasalah.json"),
            "Accept",
            "application/sarif+json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/sarif+json; charset=utf-8");
    JsonNode sarif = Http.tree(response);
    try (InputStream in =
        Files.newInputStream(
            Path.of(
                "..",
                "standards-reports",
                "src",
                "test",
                "resources",
                "sarif",
                "sarif-schema-2.1.0.json"))) {
      assertThat(
              JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                  .getSchema(in)
                  .validate(sarif))
          .isEmpty();
    }
    assertThat(sarif.get("runs").get(0).get("results").size()).isGreaterThan(0);
  }

  @Test
  void reportsTheBadRecordOfNdjsonAndChecksTheOthers() {
    String lines =
        "{\"id\":\"a\",\"name\":\"Layanan a\"}\n"
            + "{\"id\":\"b\",\"name\":\n"
            + "{\"id\":\"c\",\"name\":\"Layanan c\"}\n";
    HttpResponse<String> response =
        http.post(
            "/v1/validate",
            lines.getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/x-ndjson");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = Http.tree(response);
    assertThat(http.violations("Report", report)).isEmpty();
    assertThat(report.get("passed").asBoolean()).isFalse();
    JsonNode inputs = report.get("inputs");
    assertThat(inputs).hasSize(3);
    assertThat(inputs.get(0).has("findings")).isTrue();
    assertThat(inputs.get(1).get("error").get("record").asInt()).isEqualTo(1);
    assertThat(READ_CODES).contains(inputs.get(1).get("error").get("code").asText());
    assertThat(inputs.get(2).has("findings")).isTrue();
  }

  @Test
  void answersAnUnreadableDocumentWith400AndWhereItWentWrong() {
    HttpResponse<String> response =
        http.post(
            "/v1/validate?lang=en",
            "{\n  \"schemaVersion\": \"1.1\",\n  \"id\": ]\n}".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
    assertProblem(response, 400, "MALFORMED");
    JsonNode problem = Http.tree(response);
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asInt()).isPositive();
    assertThat(problem.has("pointer")).isTrue();
    assertThat(problem.get("title").asText()).isEqualTo("The request cannot be processed");
    assertThat(problem.get("instance").asText()).isEqualTo("/v1/validate");
  }

  static List<HostileCorpus.Input> hostile() {
    return HostileCorpus.inputs();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void answersEveryHostileInputWithAReportOrA4xxProblemAndStaysHealthy(HostileCorpus.Input input) {
    HttpResponse<String> response = http.post("/v1/validate", input.bytes());
    int status = response.statusCode();
    assertThat(status).as(response.body()).isIn(200, 400, 413);
    JsonNode answer = Http.tree(response);
    if (status == 200) {
      // Read by content, which may differ from the input's natural reader: a stream whose bad
      // records the report names, or a document of the other kind.
      assertThat(http.violations("Report", answer)).isEmpty();
    } else {
      assertThat(http.violations("Problem", answer)).isEmpty();
      assertThat(READ_CODES).contains(answer.get("code").asText());
      assertThat(status == 413).isEqualTo(answer.get("code").asText().equals("LIMIT_EXCEEDED"));
      assertThat(response.body()).doesNotContain("Exception");
    }
    assertHealthy();
  }

  @Test
  void refusesAnUnknownMediaTypeWith415() {
    assertProblem(
        http.post("/v1/validate", new byte[] {1, 2, 3}, "Content-Type", "image/png"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void answersUnknownPathsWith404AndWrongMethodsWith405() {
    assertProblem(http.get("/v2/validate"), 404, "NOT_FOUND");
    assertProblem(http.get("/v1/schema/json/everything"), 404, "NOT_FOUND");
    HttpResponse<String> get = http.get("/v1/validate");
    assertProblem(get, 405, "METHOD_NOT_ALLOWED");
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertProblem(http.post("/health", new byte[0]), 405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void refusesAReportInAMediaTypeItHasNotWith406() throws IOException {
    assertProblem(
        http.post("/v1/validate", data("kanwil-kemenag-aceh.json"), "Accept", "application/pdf"),
        406,
        "NOT_ACCEPTABLE");
  }

  /**
   * A refusal decided before the body is read (a bad parameter, a wrong method or path) still
   * reaches the client whole: the server reads the body first. Otherwise the JDK server closes the
   * connection on more than 64 KiB unread, the client's unread data resets it, and the answer is
   * lost in flight ("fixed content-length: 292, bytes received: 0").
   */
  @Test
  void anEarlyRefusalOfALargeBodyReachesTheClientWhole() throws IOException {
    byte[] large = new byte[200 * 1024];
    java.util.Arrays.fill(large, (byte) ' ');
    large[0] = '{';
    large[large.length - 1] = '}';
    for (int i = 0; i < 20; i++) {
      assertProblem(http.post("/v1/validate?profile=none", large), 400, "BAD_PARAMETER");
      assertProblem(http.post("/health", large), 405, "METHOD_NOT_ALLOWED");
      assertProblem(http.post("/v1/nowhere", large), 404, "NOT_FOUND");
    }
  }

  @Test
  void refusesUnknownParametersWith400() throws IOException {
    assertProblem(
        http.post("/v1/validate?profile=none", data("kanwil-kemenag-aceh.json")),
        400,
        "BAD_PARAMETER");
    assertProblem(http.get("/v1/rules?lang=fr"), 400, "BAD_PARAMETER");
    assertProblem(http.post("/v1/convert", data("kanwil-kemenag-aceh.json")), 400, "BAD_PARAMETER");
  }

  @Test
  void convertsToXmlAndBackToTheSameJson() throws IOException {
    HttpResponse<String> xml =
        http.post("/v1/convert?to=xml", data("legalisasi-ijazah-bermasalah.json"));
    assertThat(xml.statusCode()).as(xml.body()).isEqualTo(200);
    assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
    assertThat(xml.body()).contains("urn:standar-pelayanan:1.0");
    HttpResponse<String> json =
        http.post("/v1/convert?to=json", xml.body().getBytes(StandardCharsets.UTF_8));
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(http.violations("Standard", Http.tree(json))).isEmpty();
    assertThat(Http.tree(json))
        .isEqualTo(Http.MAPPER.readTree(data("legalisasi-ijazah-bermasalah.json")));
  }

  @Test
  void refusesToConvertAStreamOrAnUnreadableDocument() {
    assertProblem(
        http.post(
            "/v1/convert?to=xml",
            "{\"id\":\"a\"}\n{\"id\":\"b\"}\n".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/x-ndjson"),
        400,
        "NOT_CONVERTIBLE");
    assertProblem(
        http.post(
            "/v1/convert?to=json",
            "{\"schemaVersion\":\"1.1\",\"id\":\"a\"".getBytes(StandardCharsets.UTF_8)),
        400,
        "TRUNCATED");
  }

  @Test
  void answersThePublishedSchemas() {
    assertThat(http.get("/v1/schema/json/catalog").body()).isEqualTo(Schema.CATALOG_JSON.text());
    assertThat(http.get("/v1/schema/json/standard").body()).isEqualTo(Schema.STANDARD_JSON.text());
    assertThat(http.get("/v1/schema/xsd/catalog").body()).isEqualTo(Schema.CATALOG_XSD.text());
    assertThat(http.get("/v1/schema/xsd/standard").body()).isEqualTo(Schema.STANDARD_XSD.text());
    assertThat(http.get("/v1/schema/json/report").body())
        .isEqualTo(ReportFormat.JSON.schema().orElseThrow());
  }

  @Test
  void listsTheRulesInTheLanguageAsked() {
    JsonNode indonesian = Http.tree(http.get("/v1/rules"));
    JsonNode english = Http.tree(http.get("/v1/rules", "Accept-Language", "en"));
    assertThat(http.violations("Rules", indonesian)).isEmpty();
    assertThat(http.violations("Rules", english)).isEmpty();
    assertThat(indonesian.get("rules").size())
        .isGreaterThan(10)
        .isEqualTo(english.get("rules").size());
    assertThat(indonesian.get("rules").get(0).get("description"))
        .isNotEqualTo(english.get("rules").get(0).get("description"));
    JsonNode kemenag = Http.tree(http.get("/v1/rules?profile=kemenag-11-prinsip"));
    assertThat(kemenag.get("profile").asText()).isEqualTo("kemenag-11-prinsip");
  }

  @Test
  void describesEveryEndpointInAnOpenApi31DocumentARealParserReads() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readContents(http.get("/openapi.json").body(), null, options);
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getPaths().keySet())
        .containsExactlyInAnyOrder(
            "/v1/validate",
            "/v1/convert",
            "/v1/schema/{language}/{root}",
            "/v1/rules",
            "/health",
            "/openapi.json");
    assertThat(api.getComponents().getSchemas().keySet())
        .contains("Catalog", "Standard", "Report", "Problem", "Rules", "Health");
    assertThat(api.getPaths().get("/v1/validate").getPost().getResponses().keySet())
        .contains("200", "400", "413", "415");
  }
}
