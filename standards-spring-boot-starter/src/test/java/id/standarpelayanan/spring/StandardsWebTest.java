package id.standarpelayanan.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.spring.sample.SampleApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The starter in a real application: {@link SampleApplication} on an embedded Tomcat on a random
 * loopback port, asked over HTTP with the JDK's client. One application context for the class.
 */
@SpringBootTest(
    classes = SampleApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandardsWebTest {

  private static final Path DATA = Path.of("../examples/data");
  private static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();
  private final StandardsJson json = StandardsJson.builder().build();

  @LocalServerPort private int port;

  @Test
  void theSampleCatalogueIsTakenAndAnsweredAsCanonicalJson() throws Exception {
    byte[] document = Files.readAllBytes(DATA.resolve("kanwil-kemenag-aceh.json"));

    HttpResponse<String> response = post("/catalogues", "application/json", document, "id");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    StandardsCatalog catalog = json.readCatalog(new java.io.ByteArrayInputStream(document));
    assertThat(response.body()).isEqualTo(json.writeToString(catalog));
  }

  @Test
  void anXmlCatalogueIsReadByTheXmlCodecAndAnsweredInJson() throws Exception {
    byte[] document = Files.readAllBytes(DATA.resolve("kanwil-kemenag-aceh.xml"));

    HttpResponse<String> response = post("/catalogues", "application/xml", document, "id");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(json.readCatalog(new java.io.StringReader(response.body())).getStandards())
        .hasSize(7);
  }

  @Test
  void aDefectiveStandardGetsFieldErrorsAtTheFindingsPointersInIndonesian() throws Exception {
    assertDefectiveStandardAnswered("id", Locale.forLanguageTag("id"), "Dokumen tidak memenuhi");
  }

  @Test
  void aDefectiveStandardGetsFieldErrorsAtTheFindingsPointersInEnglish() throws Exception {
    assertDefectiveStandardAnswered("en-US,en;q=0.9", Locale.ENGLISH, "The document does not");
  }

  @Test
  void withoutAcceptLanguageTheAnswerIsIndonesian() throws Exception {
    assertDefectiveStandardAnswered(null, Locale.forLanguageTag("id"), "Dokumen tidak memenuhi");
  }

  private void assertDefectiveStandardAnswered(String acceptLanguage, Locale language, String title)
      throws Exception {
    byte[] document = Files.readAllBytes(DATA.resolve("legalisasi-ijazah-bermasalah.json"));
    ServiceStandard standard = json.readStandard(new java.io.ByteArrayInputStream(document));
    // What @ValidServiceStandard (uu-25-2009, ERROR) and @Valid find, by pointer.
    Map<String, List<String>> expected = new TreeMap<>();
    for (Finding finding : Checker.builder().locale(language).build().check(standard).findings()) {
      if (finding.severity() == Severity.ERROR) {
        expected.computeIfAbsent(finding.pointer(), k -> new ArrayList<>()).add(finding.message());
      }
    }
    assertThat(expected).isNotEmpty();

    HttpResponse<String> response =
        post("/standards", "application/json", document, acceptLanguage);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.path("type").asText())
        .isEqualTo("urn:standar-pelayanan:problem:invalid-document");
    assertThat(problem.path("title").asText()).startsWith(title);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("instance").asText()).isEqualTo("/standards");
    Map<String, List<String>> answered = new TreeMap<>();
    for (JsonNode error : problem.path("errors")) {
      answered
          .computeIfAbsent(error.path("pointer").asText(), k -> new ArrayList<>())
          .add(error.path("message").asText());
      // Spring's field path names the same place as the pointer.
      assertThat(
              id.standarpelayanan.spring.internal.PropertyPaths.toPointer(
                      error.path("field").asText())
                  .toString())
          .isEqualTo(error.path("pointer").asText());
    }
    answered.values().forEach(messages -> messages.sort(null));
    expected.values().forEach(messages -> messages.sort(null));
    assertThat(answered).isEqualTo(expected);
    assertThat(response.body())
        .doesNotContain("{id.standarpelayanan", "{sp.", "Exception", "at id.");
  }

  @Test
  void aMalformedDocumentIsAProblemWithLineColumnAndPointer() throws Exception {
    String document =
        "{\n  \"schemaVersion\": \"1.1\",\n  \"id\": \"legalisasi\",\n  \"name\": }\n";

    HttpResponse<String> response =
        post("/standards", "application/json", document.getBytes(StandardCharsets.UTF_8), "en");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.path("type").asText())
        .isEqualTo("urn:standar-pelayanan:problem:unreadable-document");
    assertThat(problem.path("title").asText()).isEqualTo("The document cannot be read");
    assertThat(problem.path("code").asText()).isEqualTo("MALFORMED");
    assertThat(problem.path("pointer").asText()).isEqualTo("/name");
    assertThat(problem.path("line").asInt()).isEqualTo(4);
    assertThat(problem.path("column").asInt()).isEqualTo(11);
    assertThat(problem.path("detail").asText()).contains("line 4");
    assertThat(response.body()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void anUnknownFieldIsRefusedWhereItStands() throws Exception {
    String document = "{\"schemaVersion\":\"1.1\",\"id\":\"legalisasi\",\"nama\":\"Legalisasi\"}";

    HttpResponse<String> response =
        post("/standards", "application/json", document.getBytes(StandardCharsets.UTF_8), "id");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.path("title").asText()).isEqualTo("Dokumen tidak dapat dibaca");
    assertThat(problem.path("code").asText()).isEqualTo("UNKNOWN_FIELD");
    assertThat(problem.path("pointer").asText()).isEqualTo("/nama");
    assertThat(problem.path("line").asInt()).isEqualTo(1);
    assertThat(problem.path("column").asInt()).isPositive();
    assertThat(problem.path("detail").asText()).contains("nama");
  }

  @Test
  void aDocumentBeyondAReadLimitIsContentTooLarge() throws Exception {
    String document =
        "{\"schemaVersion\":\"1.1\",\"id\":\"legalisasi\",\"name\":\""
            + "a".repeat(100_001)
            + "\"}";

    HttpResponse<String> response =
        post("/standards", "application/json", document.getBytes(StandardCharsets.UTF_8), "en");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.path("code").asText()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(problem.path("title").asText()).isEqualTo("The document exceeds a limit");
    assertThat(problem.path("pointer").asText()).isEqualTo("/name");
  }

  @Test
  void aBrowsersAcceptHeaderStillGetsJson() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri("/catalogues/sample"))
                .header("Accept", BROWSER_ACCEPT)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).startsWith("{\"schemaVersion\":\"1.1\"");
  }

  @Test
  void aBrowsersAcceptHeaderGetsJsonFromJacksonToo() throws Exception {
    // The controller's own Map answer goes through Boot's Jackson converter, not the starter's.
    byte[] standard = Files.readAllBytes(DATA.resolve("legalisasi-ijazah-bermasalah.json"));
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri("/standards/check"))
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(standard))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode answer = mapper.readTree(response.body());
    assertThat(answer.path("passed").asBoolean()).isFalse();
    assertThat(answer.path("findings").size()).isPositive();
    // The Checker bean's language, standar-pelayanan.locale (Indonesian by default).
    assertThat(answer.path("findings").get(0).path("message").asText()).isNotBlank();
  }

  @Test
  void anApplicationsOwnTypeBindsTheModelThroughBootsMapper() throws Exception {
    String standard =
        Files.readString(DATA.resolve("legalisasi-ijazah-bermasalah.json"), StandardCharsets.UTF_8);
    String submission = "{\"submittedBy\":\"Kanwil\",\"standards\":[" + standard + "]}";

    HttpResponse<String> response =
        post("/submissions", "application/json", submission.getBytes(StandardCharsets.UTF_8), "id");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode answer = mapper.readTree(response.body());
    assertThat(answer.path("submittedBy").asText()).isEqualTo("Kanwil");
    assertThat(answer.path("ids").get(0).asText()).isEqualTo("legalisasi-ijazah-madrasah-draf");
  }

  @Test
  void aModelErrorInsideAnApplicationsOwnTypeIsAProblemToo() throws Exception {
    // Read by Jackson with the StandardsModule: the model's own refusal (a negative fee) reaches
    // the advice as the cause of Spring's HttpMessageNotReadableException.
    String submission =
        "{\"submittedBy\":\"Kanwil\",\"standards\":[{\"id\":\"a\",\"fee\":{\"free\":false,"
            + "\"items\":[{\"description\":\"Biaya\",\"amount\":-5}]}}]}";

    HttpResponse<String> response =
        post("/submissions", "application/json", submission.getBytes(StandardCharsets.UTF_8), "en");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.path("type").asText())
        .isEqualTo("urn:standar-pelayanan:problem:unreadable-document");
    assertThat(problem.path("code").asText()).isNotBlank();
  }

  private HttpResponse<String> post(
      String path, String contentType, byte[] body, String acceptLanguage)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
