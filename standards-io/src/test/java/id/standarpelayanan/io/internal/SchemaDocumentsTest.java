package id.standarpelayanan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import id.standarpelayanan.io.Schema;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.io.internal.SchemaDocuments.Doc;
import id.standarpelayanan.io.internal.SchemaDocuments.Kind;
import id.standarpelayanan.io.internal.SchemaDocuments.Property;
import id.standarpelayanan.io.internal.SchemaDocuments.Texts;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schema generator: what it reads from the model, and the form of what it writes. Texts are
 * placeholders here, so that the structure is tested apart from the description bundles.
 */
class SchemaDocumentsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final StandardsJson READER = StandardsJson.builder().build();

  /** Placeholder texts that say where each came from. */
  static final Texts PLACEHOLDERS =
      new Texts() {
        @Override
        public Doc type(Class<?> type) {
          return doc(type.getSimpleName());
        }

        @Override
        public Doc property(Class<?> type, String property) {
          return doc(type.getSimpleName() + "." + property);
        }

        @Override
        public Doc constant(Enum<?> constant) {
          return doc(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }

        private Doc doc(String what) {
          return new Doc(
              "judul " + what,
              "uraian " + what + " <&>",
              "title " + what,
              "description " + what + " \"quoted\"");
        }
      };

  @Test
  void renderingIsDeterministicWithTwoSpaceIndentationAndLineFeeds() {
    Map<Schema, String> first = SchemaDocuments.render(PLACEHOLDERS);
    assertThat(SchemaDocuments.render(PLACEHOLDERS)).isEqualTo(first);
    for (Map.Entry<Schema, String> document : first.entrySet()) {
      String text = document.getValue();
      assertThat(text)
          .as("%s", document.getKey())
          .doesNotContain("\r", "\t")
          .endsWith("\n")
          .doesNotEndWith("\n\n");
      for (String line : text.split("\n", -1)) {
        int indent = line.length() - line.stripLeading().length();
        if (!line.startsWith("           xmlns")
            && !line.startsWith("           targetNamespace")
            && !line.startsWith("           elementFormDefault")
            && !line.startsWith("           version")) {
          assertThat(indent % 2).as("indentation of %s in %s", line, document.getKey()).isZero();
        }
        assertThat(line)
            .as("trailing space in %s", document.getKey())
            .isEqualTo(line.stripTrailing());
      }
    }
  }

  @Test
  void jsonSchemasAreValidDraft202012Schemas() throws Exception {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    var metaSchema =
        factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(metaSchema.validate(MAPPER.readTree("{\"type\": 5, \"required\": \"id\"}")))
        .as("the meta-schema refuses a broken schema")
        .isNotEmpty();
    for (Schema schema : List.of(Schema.CATALOG_JSON, Schema.STANDARD_JSON)) {
      JsonNode document = MAPPER.readTree(SchemaDocuments.render(schema, PLACEHOLDERS));
      assertThat(metaSchema.validate(document)).as("%s against the meta-schema", schema).isEmpty();
      assertThat(document.get("$id").asText()).isEqualTo(SchemaDocuments.BASE + schema.fileName());
    }
  }

  @Test
  void everyPropertyIsInItsDefinitionInWireOrder() throws Exception {
    JsonNode standard = MAPPER.readTree(SchemaDocuments.render(Schema.STANDARD_JSON, PLACEHOLDERS));
    JsonNode catalog = MAPPER.readTree(SchemaDocuments.render(Schema.CATALOG_JSON, PLACEHOLDERS));
    for (Map.Entry<Class<?>, List<String>> type : ModelIntrospector.PROPERTY_ORDER.entrySet()) {
      String name = type.getKey().getSimpleName();
      JsonNode definition =
          type.getKey() == StandardsCatalog.class
              ? catalog
              : standard.path("$defs").has(name)
                  ? standard.path("$defs").get(name)
                  : catalog.path("$defs").get(name);
      assertThat(definition).as("definition of %s", name).isNotNull();
      List<String> names = fieldNames(definition.get("properties"));
      names.remove("schemaVersion");
      assertThat(names).as("properties of %s", name).isEqualTo(type.getValue());
      assertThat(definition.get("additionalProperties").asBoolean(true)).isFalse();
    }
    List<String> root = fieldNames(standard.get("properties"));
    assertThat(root.get(0)).isEqualTo("schemaVersion");
    assertThat(root.subList(1, root.size()))
        .isEqualTo(ModelIntrospector.PROPERTY_ORDER.get(ServiceStandard.class));
  }

  @Test
  void everyReferenceNamesADefinition() throws Exception {
    JsonNode standard = MAPPER.readTree(SchemaDocuments.render(Schema.STANDARD_JSON, PLACEHOLDERS));
    JsonNode catalog = MAPPER.readTree(SchemaDocuments.render(Schema.CATALOG_JSON, PLACEHOLDERS));
    for (JsonNode document : List.of(standard, catalog)) {
      for (String reference : references(document, new ArrayList<>())) {
        String[] parts = reference.split("#/\\$defs/");
        JsonNode target = parts[0].isEmpty() ? document : standard;
        assertThat(parts[0]).isIn("", Schema.STANDARD_JSON.fileName());
        assertThat(target.path("$defs").has(parts[1])).as(reference).isTrue();
      }
    }
    Set<String> shared = new TreeSet<>(fieldNames(standard.get("$defs")));
    shared.retainAll(fieldNames(catalog.get("$defs")));
    assertThat(shared).as("a type is defined in one schema only").isEmpty();
    assertThat(fieldNames(catalog.get("$defs")))
        .containsExactly(
            "ServiceProvider", "PublicConsultation", "CatalogStatus", "ConsultationForm");
  }

  @Test
  void requiredPropertiesAreThoseTheBuildersRequire() throws Exception {
    for (Class<?> type : ModelIntrospector.PROPERTY_ORDER.keySet()) {
      Set<String> required =
          SchemaDocuments.properties(type).stream()
              .filter(Property::required)
              .map(Property::name)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(missingFromAnEmptyBuilder(type))
          .as("required properties of %s", type.getSimpleName())
          .isEqualTo(required);
    }
    assertThat(SchemaDocuments.properties(ServiceStandard.class)).noneMatch(Property::required);
  }

  @Test
  void readsTheShapesOfTheModelsProperties() {
    Map<String, Property> all =
        ModelIntrospector.PROPERTY_ORDER.keySet().stream()
            .flatMap(type -> SchemaDocuments.properties(type).stream())
            .collect(Collectors.toMap(p -> p.owner().getSimpleName() + "." + p.name(), p -> p));
    assertThat(all.get("ServicePeriod.days"))
        .extracting(Property::kind, Property::list, Property::required)
        .containsExactly(Kind.ENUM, true, false);
    assertThat(all.get("ServiceStandard.emptyComponents").list()).isTrue();
    assertThat(all.get("Fee.paymentChannels"))
        .extracting(Property::kind, Property::list)
        .containsExactly(Kind.STRING, true);
    assertThat(all.get("ServicePeriod.opens").kind()).isEqualTo(Kind.TIME);
    assertThat(all.get("Publication.date").kind()).isEqualTo(Kind.DATE);
    assertThat(all.get("FeeItem.amount"))
        .extracting(Property::kind, Property::required)
        .containsExactly(Kind.RUPIAH, false);
    assertThat(all.get("TimeSpan.amount"))
        .extracting(Property::kind, Property::required)
        .containsExactly(Kind.NON_NEGATIVE_INT, true);
    assertThat(all.get("ProcedureStep.number"))
        .extracting(Property::kind, Property::required)
        .containsExactly(Kind.INT, true);
    assertThat(all.get("Requirement.mandatory"))
        .extracting(Property::kind, Property::required)
        .containsExactly(Kind.BOOLEAN, false);
    assertThat(all.get("StandardsCatalog.status"))
        .extracting(Property::kind, Property::required)
        .containsExactly(Kind.ENUM, false);
    assertThat(all.get("ServiceStandard.extensions").kind()).isEqualTo(Kind.EXTENSIONS);
    assertThat(all.get("TimeWindow.end").required()).isTrue();
  }

  @Test
  void theDatePatternAcceptsExactlyTheDatesTheReaderAccepts() {
    Pattern date = Pattern.compile(SchemaDocuments.DATE_PATTERN);
    List<String> candidates = new ArrayList<>();
    for (int year :
        new int[] {0, 4, 100, 400, 1582, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9996, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          candidates.add(String.format("%04d-%02d-%02d", year, month, day));
        }
      }
    }
    for (int year = 0; year <= 9999; year++) {
      candidates.add(String.format("%04d-02-29", year));
    }
    candidates.addAll(
        List.of(
            "2024-2-29",
            "24-02-29",
            "+2024-02-29",
            "2024-02-29T00:00",
            " 2024-02-29",
            "2024/02/29",
            "20240229",
            "2024-W09-4",
            "+10000-01-01",
            "-0001-01-01",
            ""));
    for (String candidate : candidates) {
      String document = "{\"schemaVersion\":\"1.1\",\"decree\":{\"date\":\"" + candidate + "\"}}";
      assertThat(date.matcher(candidate).matches()).as(candidate).isEqualTo(reads(document));
    }
  }

  @Test
  void theTimePatternAcceptsExactlyTheTimesTheReaderAccepts() {
    Pattern time = Pattern.compile(SchemaDocuments.TIME_PATTERN);
    List<String> candidates = new ArrayList<>();
    for (int hour = 0; hour <= 25; hour++) {
      for (int minute = 0; minute <= 61; minute++) {
        candidates.add(String.format("%02d:%02d", hour, minute));
      }
    }
    candidates.addAll(
        List.of(
            "08:00:00",
            "08:00:30",
            "08:00:00.5",
            "8:00",
            "08:0",
            "0800",
            "08",
            "08:00Z",
            "08:00+07:00",
            "T08:00",
            "2024-01-01T08:00",
            " 08:00",
            "08:00 ",
            "08.00",
            ""));
    for (String candidate : candidates) {
      String document =
          "{\"schemaVersion\":\"1.1\",\"serviceHours\":{\"periods\":[{\"opens\":\""
              + candidate
              + "\"}]}}";
      assertThat(time.matcher(candidate).matches()).as(candidate).isEqualTo(reads(document));
    }
  }

  private static boolean reads(String document) {
    try {
      READER.readStandard(document);
      return true;
    } catch (StandardsReadException e) {
      return false;
    }
  }

  /** The attributes an empty builder of a model type names as missing when it builds. */
  private static Set<String> missingFromAnEmptyBuilder(Class<?> type) throws Exception {
    Class<?> builderType = ModelIntrospector.builderOf(type);
    Object builder = builderType.getEnclosingClass().getMethod("builder").invoke(null);
    try {
      builderType.getMethod("build").invoke(builder);
      return Set.of();
    } catch (InvocationTargetException e) {
      String message = String.valueOf(e.getCause().getMessage());
      if (!message.contains("required attributes")) {
        // Only a check of the values refused to build: nothing is missing.
        return Set.of();
      }
      String names = message.substring(message.indexOf('[') + 1, message.indexOf(']'));
      return Arrays.stream(names.split(",\\s*")).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }

  private static List<String> references(JsonNode node, List<String> found) {
    if (node.isObject()) {
      if (node.has("$ref")) {
        found.add(node.get("$ref").asText());
      }
      node.elements().forEachRemaining(child -> references(child, found));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> references(child, found));
    }
    return found;
  }
}
