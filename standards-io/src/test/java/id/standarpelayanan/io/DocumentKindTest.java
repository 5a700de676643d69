package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.beans.Introspector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Documents are told apart by what they hold: a draft standard without an id is a standard. */
class DocumentKindTest {

  private static DocumentKind sniff(String document, String name) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    return DocumentKind.detect(bytes, bytes.length, name);
  }

  @Test
  void aDraftStandardWithoutIdOrNameIsAStandard() {
    assertThat(
            sniff(
                "{\"schemaVersion\":\"1.1\",\"description\":\"Layanan\",\"fee\":{\"free\":true}}",
                "a.json"))
        .isEqualTo(DocumentKind.JSON_STANDARD);
    assertThat(
            sniff(
                "{\"schemaVersion\":\"1.1\",\"decree\":{\"number\":\"1\"},\"requirements\":[]}",
                "a.json"))
        .as("a standard with its own decree")
        .isEqualTo(DocumentKind.JSON_STANDARD);
    assertThat(sniff("{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"A\"}", "a.json"))
        .isEqualTo(DocumentKind.JSON_STANDARD);
  }

  @Test
  void aCatalogueIsTakenByItsOwnPropertiesOrWhenNothingTellsThemApart() {
    assertThat(
            sniff(
                "{\"schemaVersion\":\"1.1\",\"provider\":{\"name\":\"Kanwil\"},\"standards\":[{\"id\":\"a\"}]}",
                "k.json"))
        .isEqualTo(DocumentKind.JSON_CATALOG);
    assertThat(sniff("{\"schemaVersion\":\"1.1\"}", "k.json")).isEqualTo(DocumentKind.JSON_CATALOG);
    assertThat(
            sniff("{\"schemaVersion\":\"1.1\",\"pledge\":{\"text\":\"Kami sanggup\"}}", "k.json"))
        .isEqualTo(DocumentKind.JSON_CATALOG);
    assertThat(sniff("{\"schemaVersion\":\"1.1\",\"status\":\"DRAFT\",\"unit\":\"x\"}", "k.json"))
        .as("a catalogue property wins; its reader then reports the stray one")
        .isEqualTo(DocumentKind.JSON_CATALOG);
  }

  @Test
  void draftsWithoutIdsStreamAsNewlineDelimitedJson() {
    assertThat(sniff("{\"description\":\"a\"}\n{\"description\":\"b\"}\n", "x.json"))
        .isEqualTo(DocumentKind.NDJSON);
  }

  @Test
  void thePropertySetsAreTheModels() {
    Set<String> catalog = properties(StandardsCatalog.class);
    Set<String> standard = properties(ServiceStandard.class);
    Set<String> catalogOnly = new TreeSet<>(catalog);
    catalogOnly.removeAll(standard);
    Set<String> shared = new TreeSet<>(catalog);
    shared.retainAll(standard);
    shared.add("schemaVersion");
    assertThat(DocumentKind.CATALOG_ONLY).containsExactlyInAnyOrderElementsOf(catalogOnly);
    assertThat(DocumentKind.SHARED).containsExactlyInAnyOrderElementsOf(shared);
  }

  /** The JSON property names of a model type: its abstract and default getters. */
  private static Set<String> properties(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getDeclaredMethods()) {
      String name = method.getName();
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
        continue;
      }
      if (name.startsWith("get") && name.length() > 3) {
        names.add(Introspector.decapitalize(name.substring(3)));
      } else if (name.startsWith("is")
          && name.length() > 2
          && method.getReturnType() == boolean.class) {
        names.add(Introspector.decapitalize(name.substring(2)));
      }
    }
    return names;
  }

  private static DocumentKind detect(String document, Charset charset, boolean bom) {
    byte[] bytes = ((bom ? "\uFEFF" : "") + document).getBytes(charset);
    return DocumentKind.detect(bytes, bytes.length);
  }

  @Test
  void utf16AndUtf32WithAndWithoutByteOrderMarkAreDetected() {
    String standard = "{\"schemaVersion\":\"1.1\",\"id\":\"a\",\"name\":\"A\"}";
    String xml = "<?xml version=\"1.0\"?><standard xmlns=\"x\"/>";
    for (String name : new String[] {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"}) {
      for (boolean bom : new boolean[] {true, false}) {
        assertThat(detect(standard, Charset.forName(name), bom))
            .as(name + " " + bom)
            .isEqualTo(DocumentKind.JSON_STANDARD);
        assertThat(detect(xml, Charset.forName(name), bom))
            .as(name + " " + bom)
            .isEqualTo(DocumentKind.XML_STANDARD);
      }
    }
  }

  @Test
  void aStandardWhoseIdComesLateIsAStandardAndStandardsAtDepthOneMakeACatalogue() {
    String late =
        "{\"schemaVersion\":\"1.1\",\"description\":\"" + "x".repeat(30_000) + "\",\"id\":\"a\"}";
    assertThat(sniff(late, "a.json")).isEqualTo(DocumentKind.JSON_STANDARD);
    assertThat(
            sniff(
                "{\"schemaVersion\":\"1.1\",\"extensions\":{\"x\":{\"id\":1}},\"standards\":[]}",
                "a.json"))
        .isEqualTo(DocumentKind.JSON_CATALOG);
  }

  @Test
  void commentsAndProcessingInstructionsBeforeTheRootDoNotCount() {
    assertThat(
            sniff("<?xml version=\"1.0\"?><!-- <standard> --><?pi <standard>?><catalog/>", "a.xml"))
        .isEqualTo(DocumentKind.XML_CATALOG);
    assertThat(
            sniff(
                "<!DOCTYPE catalog [<!-- <catalog> -->]><!-- <catalog/> --><sp:standard xmlns:sp=\"x\"/>",
                "a.xml"))
        .isEqualTo(DocumentKind.XML_STANDARD);
  }

  @Test
  void concatenatedDocumentsOnOneLineAreNotNdjson() {
    assertThat(sniff("{\"name\":\"a\"}{\"name\":\"b\"}", "x.json"))
        .isNotEqualTo(DocumentKind.NDJSON);
    assertThat(sniff("{\"name\":\"a\"} {\"name\":\"b\"}", "x.json"))
        .isNotEqualTo(DocumentKind.NDJSON);
    assertThat(sniff("{\"name\":\"a\"}\r\n{\"name\":\"b\"}", "x.json"))
        .isEqualTo(DocumentKind.NDJSON);
  }

  @Test
  void aStreamIsReturnedRewoundAfterDetection() throws IOException {
    byte[] bytes =
        ("[" + "{\"name\":\"a\"},".repeat(20_000) + "{}]").getBytes(StandardCharsets.UTF_8);
    DocumentKind.Detected detected = DocumentKind.detect(new ByteArrayInputStream(bytes));
    assertThat(detected.kind()).isEqualTo(DocumentKind.JSON_ARRAY);
    assertThat(detected.stream().readAllBytes()).isEqualTo(bytes);
  }
}
