package id.standarpelayanan.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.standarpelayanan.io.Schema;
import id.standarpelayanan.reports.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The service's OpenAPI 3.1 document: the paths from {@code openapi.json} beside the service's
 * messages, and as its schemas the published JSON Schemas themselves (catalogue, standard, report),
 * embedded under {@code components/schemas} with their references rewritten to point there. Their
 * {@code $id} and {@code $schema} are left out of the copies (an {@code $id} would move the base of
 * those references), and said in each description.
 */
public final class OpenApi {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OpenApi() {}

  /**
   * Builds the document.
   *
   * @return the document as UTF-8 JSON
   */
  public static byte[] document() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource openapi.json");
      }
      ObjectNode document = (ObjectNode) MAPPER.readTree(in);
      ((ObjectNode) document.get("info")).put("version", version());
      ObjectNode schemas = (ObjectNode) document.get("components").get("schemas");
      schemas.set("Catalog", embedded(Schema.CATALOG_JSON.text(), "Catalog"));
      schemas.set("Standard", embedded(Schema.STANDARD_JSON.text(), "Standard"));
      schemas.set("Report", embedded(ReportFormat.JSON.schema().orElseThrow(), "Report"));
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode embedded(String text, String name) throws IOException {
    ObjectNode schema = (ObjectNode) MAPPER.readTree(text);
    JsonNode id = schema.remove("$id");
    schema.remove("$schema");
    if (id != null) {
      String description = schema.path("description").asText("");
      schema.put(
          "description",
          (description.isEmpty() ? "" : description + " ")
              + "Published as "
              + id.asText()
              + " (GET /v1/schema/json/"
              + name.toLowerCase(java.util.Locale.ROOT)
              + ").");
    }
    rewrite(schema, name);
    return schema;
  }

  /** Points the schema's references at its copy in the document. */
  private static void rewrite(JsonNode node, String name) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        object.set("$ref", new TextNode(target(ref.asText(), name)));
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (!field.getKey().equals("$ref")) {
          rewrite(field.getValue(), name);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> rewrite(item, name));
    }
  }

  private static String target(String ref, String name) {
    if (ref.startsWith("#")) {
      return "#/components/schemas/" + name + ref.substring(1);
    }
    if (ref.startsWith("standard.schema.json#")) {
      return "#/components/schemas/Standard" + ref.substring("standard.schema.json#".length());
    }
    if (ref.startsWith("catalog.schema.json#")) {
      return "#/components/schemas/Catalog" + ref.substring("catalog.schema.json#".length());
    }
    throw new IllegalStateException("a reference the OpenAPI document cannot place: " + ref);
  }

  private static String version() throws IOException {
    try (InputStream in = OpenApi.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    }
  }
}
