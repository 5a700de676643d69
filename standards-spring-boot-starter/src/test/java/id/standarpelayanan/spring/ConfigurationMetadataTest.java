package id.standarpelayanan.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata that spring-boot-configuration-processor generates into the starter's
 * jar ({@code META-INF/spring-configuration-metadata.json}), which IDEs read to complete and
 * explain the {@code standar-pelayanan.*} properties.
 */
class ConfigurationMetadataTest {

  @Test
  void theJarDescribesEveryPropertyWithItsDefault() throws Exception {
    JsonNode metadata = ours();
    Map<String, JsonNode> properties = new TreeMap<>();
    metadata.path("properties").forEach(p -> properties.put(p.path("name").asText(), p));

    assertThat(properties)
        .containsOnlyKeys(
            "standar-pelayanan.profile",
            "standar-pelayanan.locale",
            "standar-pelayanan.working-time.minutes-per-day",
            "standar-pelayanan.working-time.days-per-week",
            "standar-pelayanan.maximum-evaluation-age",
            "standar-pelayanan.disabled-rules",
            "standar-pelayanan.severities",
            "standar-pelayanan.discover-rules",
            "standar-pelayanan.structure",
            "standar-pelayanan.read.ignore-unknown-fields",
            "standar-pelayanan.read.max-document-length",
            "standar-pelayanan.read.max-nesting-depth",
            "standar-pelayanan.read.max-string-length",
            "standar-pelayanan.read.max-list-items",
            "standar-pelayanan.web.message-converter",
            "standar-pelayanan.web.check-bodies",
            "standar-pelayanan.web.fail-on",
            "standar-pelayanan.web.problem-details");
    properties.forEach(
        (name, property) ->
            assertThat(property.path("description").asText()).as(name).isNotBlank());
    assertThat(properties.get("standar-pelayanan.profile").path("defaultValue").asText())
        .isEqualTo("uu-25-2009");
    assertThat(properties.get("standar-pelayanan.locale").path("defaultValue").asText())
        .isEqualTo("id");
    assertThat(
            properties
                .get("standar-pelayanan.working-time.minutes-per-day")
                .path("defaultValue")
                .asInt())
        .isEqualTo(450);
    assertThat(
            properties
                .get("standar-pelayanan.web.problem-details")
                .path("defaultValue")
                .asBoolean())
        .isTrue();
  }

  /** Our file, among the same-named ones of Spring Boot's own jars on the class path. */
  private static JsonNode ours() throws Exception {
    List<URL> found =
        Collections.list(
            ConfigurationMetadataTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"));
    List<JsonNode> ours = new ArrayList<>();
    for (URL url : found) {
      try (InputStream in = url.openStream()) {
        JsonNode metadata = new ObjectMapper().readTree(in);
        if (metadata.path("groups").path(0).path("name").asText().equals("standar-pelayanan")) {
          ours.add(metadata);
        }
      }
    }
    assertThat(ours).hasSize(1);
    return ours.get(0);
  }
}
