package id.standarpelayanan.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/** A started server, a client for it, and the OpenAPI document's schemas to check answers with. */
final class Http {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

  final StandardsServer server;
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private JsonNode openApi;

  Http(StandardsServer.Builder builder) {
    this.server = builder.port(0).clock(CLOCK).build().start();
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.GET().build());
  }

  HttpResponse<String> post(String path, byte[] body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode tree(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The served OpenAPI document. */
  JsonNode openApi() {
    if (openApi == null) {
      openApi = tree(get("/openapi.json"));
    }
    return openApi;
  }

  /**
   * Validates a JSON answer against one of the OpenAPI document's schemas ({@code
   * components/schemas/<name>}), resolved within the document.
   *
   * @return the validation messages, empty when valid
   */
  Set<String> violations(String schemaName, JsonNode answer) {
    ObjectNode wrapper = MAPPER.createObjectNode();
    wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    wrapper.put("$ref", "#/components/schemas/" + schemaName);
    wrapper.set("components", openApi().get("components"));
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(wrapper);
    return schema.validate(answer).stream()
        .map(ValidationMessage::toString)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  void stop() {
    server.stop(Duration.ofSeconds(2));
  }
}
