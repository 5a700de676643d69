package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.standarpelayanan.io.internal.SchemaDocuments;
import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Channel;
import id.standarpelayanan.model.ChannelAccess;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.Competency;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.ComplaintHandling;
import id.standarpelayanan.model.CompletionTime;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ConsultationForm;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DocumentForm;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.EvaluationFrequency;
import id.standarpelayanan.model.EvaluationMethod;
import id.standarpelayanan.model.Facility;
import id.standarpelayanan.model.FacilityCategory;
import id.standarpelayanan.model.Fee;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.FeePricing;
import id.standarpelayanan.model.InternalSupervision;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.Occasion;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.Publication;
import id.standarpelayanan.model.PublicationMedium;
import id.standarpelayanan.model.QualificationKind;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.SecurityAndSafetyGuarantee;
import id.standarpelayanan.model.ServiceGuarantee;
import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServicePledge;
import id.standarpelayanan.model.ServiceProvider;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SocialPlatform;
import id.standarpelayanan.model.SpecialHours;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.model.SurveyElement;
import id.standarpelayanan.model.SurveyGrade;
import id.standarpelayanan.model.TimeExtension;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.TimeWindow;
import id.standarpelayanan.model.VulnerableGroup;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The published schemas and the codecs accept the same documents: what the writers write validates,
 * 1.0 documents still validate and read, what the schemas refuse the readers refuse and the other
 * way round, and every part of the schemas is titled and described in both languages.
 */
class SchemaAgreementTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsJson PRETTY_JSON = StandardsJson.builder().pretty(true).build();
  private static final StandardsXml XML = StandardsXml.builder().build();
  private static final StandardsXml PRETTY_XML = StandardsXml.builder().pretty(true).build();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

  // ---- what the writers write ----

  @Test
  void writtenFixtureCatalogueValidatesInBothFormatsAndModes() {
    assertValidInBothFormatsAndModes(KanwilAcehFixtures.catalog());
  }

  @Test
  void writtenFixtureStandardValidatesInBothFormats() {
    var standard = KanwilAcehFixtures.legalisasiIjazah();
    assertThat(SchemaValidation.jsonErrors(Schema.STANDARD_JSON, JSON.writeToString(standard)))
        .isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.STANDARD_XSD, PRETTY_XML.writeToString(standard)))
        .isEmpty();
  }

  @Test
  void aCatalogueWithEveryPropertyOfFormat11ValidatesInBothFormatsAndReadsBack() {
    StandardsCatalog catalog = everyPropertyCatalog();
    assertValidInBothFormatsAndModes(catalog);
    assertThat(JSON.readCatalog(JSON.writeToString(catalog))).isEqualTo(catalog);
    assertThat(XML.readCatalog(XML.writeToString(catalog))).isEqualTo(catalog);
  }

  @Test
  void aStandardWithEveryPropertyOfFormat11ValidatesInBothFormats() {
    ServiceStandard standard = everyPropertyStandard();
    for (String document :
        List.of(JSON.writeToString(standard), PRETTY_JSON.writeToString(standard))) {
      assertThat(SchemaValidation.jsonErrors(Schema.STANDARD_JSON, document)).isEmpty();
    }
    for (String document :
        List.of(XML.writeToString(standard), PRETTY_XML.writeToString(standard))) {
      assertThat(SchemaValidation.xsdErrors(Schema.STANDARD_XSD, document)).isEmpty();
    }
    assertThat(JSON.readStandard(JSON.writeToString(standard))).isEqualTo(standard);
  }

  @Test
  void theEveryPropertyCatalogueFillsEveryPropertyOfEveryModelType() throws Exception {
    Set<String> all = new TreeSet<>();
    for (Class<?> type : SchemaDocuments.definitions(Schema.STANDARD_JSON)) {
      addProperties(type, all);
    }
    for (Class<?> type : SchemaDocuments.definitions(Schema.CATALOG_JSON)) {
      addProperties(type, all);
    }
    addProperties(StandardsCatalog.class, all);
    Set<String> filled = new TreeSet<>();
    filled(everyPropertyCatalog(), filled);
    all.removeAll(filled);
    assertThat(all).as("properties the test catalogue leaves empty").isEmpty();
  }

  private static void assertValidInBothFormatsAndModes(StandardsCatalog catalog) {
    assertThat(SchemaValidation.jsonErrors(Schema.CATALOG_JSON, JSON.writeToString(catalog)))
        .isEmpty();
    assertThat(SchemaValidation.jsonErrors(Schema.CATALOG_JSON, PRETTY_JSON.writeToString(catalog)))
        .isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.CATALOG_XSD, XML.writeToString(catalog)))
        .isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.CATALOG_XSD, PRETTY_XML.writeToString(catalog)))
        .isEmpty();
  }

  // ---- format 1.0 ----

  @Test
  void a10CatalogueStillValidatesAndReadsWithItsMeaningUnchanged() {
    assertThat(SchemaValidation.jsonErrors(Schema.CATALOG_JSON, CATALOG_10_JSON)).isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.CATALOG_XSD, CATALOG_10_XML)).isEmpty();
    StandardsCatalog fromJson = JSON.readCatalog(CATALOG_10_JSON);
    StandardsCatalog fromXml = XML.readCatalog(CATALOG_10_XML);
    assertThat(fromXml).isEqualTo(fromJson);
    assertThat(
            JSON.readCatalog(
                CATALOG_10_JSON.replace(
                    "\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"")))
        .isEqualTo(fromJson);
    assertThat(fromJson.getStandards())
        .singleElement()
        .satisfies(
            standard -> {
              assertThat(standard.getId()).contains("legalisasi-ijazah-madrasah");
              assertThat(standard.getFee())
                  .hasValueSatisfying(fee -> assertThat(fee.isFree()).isTrue());
              assertThat(standard.isNoRequirements()).isFalse();
            });
    // Written again, it is a 1.1 document, still valid.
    assertThat(SchemaValidation.jsonErrors(Schema.CATALOG_JSON, JSON.writeToString(fromJson)))
        .isEmpty();
    assertThat(JSON.writeToString(fromJson)).startsWith("{\"schemaVersion\":\"1.1\"");
  }

  @Test
  void a10StandardStillValidatesAndReads() {
    String json =
        "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\","
            + "\"completionTime\":{\"maximum\":{\"amount\":3,\"unit\":\"WORKING_DAYS\"}}}";
    String xml =
        "<standard xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.0</schemaVersion>"
            + "<id>a</id><name>n</name><completionTime><maximum><amount>3</amount>"
            + "<unit>WORKING_DAYS</unit></maximum></completionTime></standard>";
    assertThat(SchemaValidation.jsonErrors(Schema.STANDARD_JSON, json)).isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.STANDARD_XSD, xml)).isEmpty();
    assertThat(XML.readStandard(xml)).isEqualTo(JSON.readStandard(json));
  }

  // ---- the vocabulary ----

  @Test
  void everyEnumConstantOfTheModelIsListedInBothSchemas() throws Exception {
    List<Class<? extends Enum<?>>> standardEnums =
        List.of(
            ChannelKind.class,
            CompetencyDimension.class,
            Component.class,
            DayOfWeek.class,
            DeliveryChannel.class,
            DocumentForm.class,
            DurationUnit.class,
            EvaluationFrequency.class,
            EvaluationMethod.class,
            FacilityCategory.class,
            FeePricing.class,
            Occasion.class,
            PublicationMedium.class,
            QualificationKind.class,
            RegulationType.class,
            RequirementKind.class,
            SocialPlatform.class,
            SurveyGrade.class,
            VulnerableGroup.class);
    List<Class<? extends Enum<?>>> catalogEnums =
        List.of(CatalogStatus.class, ConsultationForm.class);
    assertEnumsListed(standardEnums, Schema.STANDARD_JSON, Schema.STANDARD_XSD);
    assertEnumsListed(catalogEnums, Schema.CATALOG_JSON, Schema.CATALOG_XSD);
  }

  private static void assertEnumsListed(
      List<Class<? extends Enum<?>>> enums, Schema json, Schema xsd) throws Exception {
    JsonNode definitions = MAPPER.readTree(json.text()).get("$defs");
    Document schema = dom(xsd.text());
    Set<String> jsonEnums = new TreeSet<>();
    for (Map.Entry<String, JsonNode> definition : definitions.properties()) {
      if (definition.getValue().has("oneOf")) {
        jsonEnums.add(definition.getKey());
      }
    }
    Set<String> xsdEnums = new TreeSet<>();
    for (Element simpleType : elements(schema, "simpleType")) {
      if (!elements(simpleType, "enumeration").isEmpty()
          && !simpleType.getAttribute("name").equals("schemaVersion")) {
        xsdEnums.add(simpleType.getAttribute("name"));
      }
    }
    Set<String> expected = new TreeSet<>();
    for (Class<? extends Enum<?>> type : enums) {
      String name = type.getSimpleName();
      expected.add(name);
      List<String> constants = Stream.of(type.getEnumConstants()).map(Enum::name).toList();
      List<String> listed = new ArrayList<>();
      definitions
          .path(name)
          .path("oneOf")
          .forEach(entry -> listed.add(entry.path("const").asText()));
      assertThat(listed).as("constants of %s in %s", name, json).isEqualTo(constants);
      List<String> enumerated = new ArrayList<>();
      for (Element simpleType : elements(schema, "simpleType")) {
        if (simpleType.getAttribute("name").equals(name)) {
          for (Element enumeration : elements(simpleType, "enumeration")) {
            enumerated.add(enumeration.getAttribute("value"));
          }
        }
      }
      assertThat(enumerated).as("constants of %s in %s", name, xsd).isEqualTo(constants);
    }
    assertThat(jsonEnums).as("enums of %s", json).isEqualTo(expected);
    assertThat(xsdEnums).as("enums of %s", xsd).isEqualTo(expected);
  }

  @Test
  void bothSchemasAcceptEveryReadableVersionAndOnlyThose() throws Exception {
    for (Schema schema : List.of(Schema.CATALOG_JSON, Schema.STANDARD_JSON)) {
      JsonNode version = MAPPER.readTree(schema.text()).path("properties").path("schemaVersion");
      assertThat(version.path("enum").toString()).isEqualTo("[\"1.0\",\"1.1\"]");
      assertThat(MAPPER.readTree(schema.text()).path("$id").asText())
          .isEqualTo(SchemaValidation.BASE + schema.fileName());
    }
    List<String> versions = new ArrayList<>();
    for (Element simpleType : elements(dom(Schema.STANDARD_XSD.text()), "simpleType")) {
      if (simpleType.getAttribute("name").equals("schemaVersion")) {
        elements(simpleType, "enumeration").forEach(e -> versions.add(e.getAttribute("value")));
      }
    }
    assertThat(versions).containsExactly("1.0", "1.1");
  }

  // ---- both languages ----

  @Test
  void everyPropertyDefinitionAndConstantOfTheJsonSchemasHasBothLanguages() throws Exception {
    for (Schema schema : List.of(Schema.CATALOG_JSON, Schema.STANDARD_JSON)) {
      JsonNode document = MAPPER.readTree(schema.text());
      List<String> checked = new ArrayList<>();
      assertBilingual(document, schema + " root", checked);
      assertPropertiesBilingual(document, schema + " root", checked);
      for (Map.Entry<String, JsonNode> definition : document.get("$defs").properties()) {
        String where = schema + " $defs/" + definition.getKey();
        assertBilingual(definition.getValue(), where, checked);
        assertPropertiesBilingual(definition.getValue(), where, checked);
        for (JsonNode constant : definition.getValue().path("oneOf")) {
          assertBilingual(constant, where + " " + constant.path("const").asText(), checked);
        }
      }
      assertThat(checked).as("parts of %s checked", schema).hasSizeGreaterThan(30);
    }
  }

  private static void assertPropertiesBilingual(
      JsonNode object, String where, List<String> checked) {
    for (Map.Entry<String, JsonNode> property : object.path("properties").properties()) {
      assertBilingual(property.getValue(), where + "." + property.getKey(), checked);
    }
  }

  private static void assertBilingual(JsonNode node, String where, List<String> checked) {
    for (String keyword : List.of("title", "description", "x-title-en", "x-description-en")) {
      assertThat(node.path(keyword).isTextual()).as("%s has %s", where, keyword).isTrue();
      assertThat(node.path(keyword).asText()).as("%s %s", where, keyword).isNotBlank();
    }
    assertThat(node.path("description").asText())
        .as("%s: two languages", where)
        .isNotEqualTo(node.path("x-description-en").asText());
    checked.add(where);
  }

  @Test
  void everyElementTypeAndEnumerationOfTheXsdsHasBothLanguages() throws Exception {
    for (Schema schema : List.of(Schema.CATALOG_XSD, Schema.STANDARD_XSD)) {
      Document document = dom(schema.text());
      int checked = 0;
      for (String kind : List.of("element", "complexType", "simpleType", "enumeration")) {
        for (Element declaration : elements(document, kind)) {
          if (kind.equals("complexType") && !declaration.hasAttribute("name")) {
            // An anonymous type is its element's: the element carries the texts.
            continue;
          }
          String where =
              schema
                  + " "
                  + kind
                  + " "
                  + declaration.getAttribute(kind.equals("enumeration") ? "value" : "name");
          List<Element> annotations = children(declaration, "annotation");
          assertThat(annotations).as("annotation of %s", where).hasSize(1);
          List<String> parts = new ArrayList<>();
          for (Element documentation : children(annotations.get(0), "documentation")) {
            parts.add(
                documentation.getAttributeNS(XMLConstants.XML_NS_URI, "lang")
                    + " "
                    + documentation.getAttribute("source"));
            assertThat(documentation.getTextContent()).as("%s documentation", where).isNotBlank();
          }
          assertThat(parts)
              .as("documentation of %s", where)
              .containsExactly("id title", "id description", "en title", "en description");
          checked++;
        }
      }
      assertThat(checked).as("declarations of %s checked", schema).isGreaterThan(30);
    }
  }

  // ---- documents both refuse, documents both accept ----

  static Stream<Arguments> badJsonStandards() {
    String v11 = "{\"schemaVersion\":\"1.1\",";
    String hours = v11 + "\"serviceHours\":{\"periods\":[{\"days\":[\"MONDAY\"],\"opens\":";
    return Stream.of(
        Arguments.of("missing schemaVersion", "{\"id\":\"a\",\"name\":\"n\"}"),
        Arguments.of(
            "unsupported schemaVersion", "{\"schemaVersion\":\"2.0\",\"id\":\"a\",\"name\":\"n\"}"),
        Arguments.of(
            "schemaVersion 1.2", "{\"schemaVersion\":\"1.2\",\"id\":\"a\",\"name\":\"n\"}"),
        Arguments.of("schemaVersion as a number", "{\"schemaVersion\":1.1}"),
        Arguments.of(
            "missing requirement description",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"requirements\":[{\"kind\":\"TECHNICAL\"}]}"),
        Arguments.of(
            "unknown field",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"colour\":\"red\"}"),
        Arguments.of(
            "number as text",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"requirements\":[{\"description\":\"d\",\"copies\":\"2\"}]}"),
        Arguments.of("text as number", "{\"schemaVersion\":\"1.0\",\"id\":5,\"name\":\"n\"}"),
        Arguments.of(
            "unknown enum constant",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"deliveryChannels\":[\"FAX\"]}"),
        Arguments.of(
            "fractional rupiah",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":1500.5}]}}"),
        Arguments.of(
            "negative rupiah",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":-1}]}}"),
        Arguments.of(
            "rupiah too large",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":92233720368547758070}]}}"),
        Arguments.of(
            "negative time span",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"completionTime\":{\"maximum\":{\"amount\":-3,\"unit\":\"HOURS\"}}}"),
        Arguments.of(
            "time span without unit",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"completionTime\":{\"maximum\":{\"amount\":3}}}"),
        Arguments.of(
            "null optional",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"unit\":null}"),
        Arguments.of(
            "boolean as text",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"fee\":{\"free\":\"true\"}}"),
        Arguments.of(
            "date in another format",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"decree\":{\"date\":\"15/08/2024\"}}"),
        Arguments.of(
            "extension value not text",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"extensions\":{\"k\":1}}"),
        Arguments.of(
            "list as object",
            "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"requirements\":{\"description\":\"d\"}}"),
        // New in 1.1.
        Arguments.of("impossible date 2024-02-30", v11 + "\"decree\":{\"date\":\"2024-02-30\"}}"),
        Arguments.of(
            "29 February of a common year",
            v11 + "\"publications\":[{\"medium\":\"WEBSITE\",\"date\":\"2023-02-29\"}]}"),
        Arguments.of(
            "29 February of a century not divisible by 400",
            v11 + "\"pledge\":{\"text\":\"t\",\"date\":\"1900-02-29\"}}"),
        Arguments.of(
            "month 13",
            v11 + "\"publications\":[{\"medium\":\"WEBSITE\",\"date\":\"2024-13-01\"}]}"),
        Arguments.of(
            "31 April",
            v11 + "\"publications\":[{\"medium\":\"WEBSITE\",\"date\":\"2024-04-31\"}]}"),
        Arguments.of(
            "fee item with a negative amount",
            v11
                + "\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":-5000,\"pricing\":\"STATED\"}]}}"),
        Arguments.of(
            "unknown DurationUnit FORTNIGHTS",
            v11 + "\"completionTime\":{\"maximum\":{\"amount\":2,\"unit\":\"FORTNIGHTS\"}}}"),
        Arguments.of(
            "break without an end",
            hours + "\"08:00\",\"closes\":\"16:00\",\"breaks\":[{\"start\":\"12:00\"}]}]}}"),
        Arguments.of("time of day 24:00", hours + "\"24:00\"}]}}"),
        Arguments.of("time of day without a leading zero", hours + "\"8:00\"}]}}"),
        Arguments.of("time of day with an offset", hours + "\"08:00+07:00\"}]}}"),
        Arguments.of("time of day with seconds", hours + "\"08:00:30\"}]}}"),
        Arguments.of("time of day with a fraction", hours + "\"08:00:00.5\"}]}}"),
        Arguments.of("time of day as a date-time", hours + "\"2024-01-01T08:00\"}]}}"),
        Arguments.of("time of day as an array", hours + "[8, 0]}]}}"),
        Arguments.of("time of day as a number", hours + "800}]}}"),
        Arguments.of("unknown day", hours + "\"08:00\",\"days\":[\"FUNDAY\"]}]}}"),
        Arguments.of(
            "special hours without an occasion",
            v11 + "\"serviceHours\":{\"specialHours\":[{\"closed\":true}]}}"),
        Arguments.of(
            "extension of time without a duration",
            v11 + "\"completionTime\":{\"extension\":{\"condition\":\"c\"}}}"),
        Arguments.of(
            "branch without a condition",
            v11
                + "\"procedure\":{\"steps\":[{\"number\":1,\"description\":\"d\",\"branches\":[{\"nextStep\":2}]}]}}"),
        Arguments.of(
            "channel access without a kind",
            v11
                + "\"complaintHandling\":{\"channels\":[{\"kind\":\"APP\",\"access\":[{\"address\":\"1708\"}]}]}}"),
        Arguments.of(
            "unknown field of a 1.1 type",
            v11 + "\"publications\":[{\"medium\":\"WEBSITE\",\"url\":\"u\"}]}"),
        Arguments.of("unknown component", v11 + "\"emptyComponents\":[\"FEES\"]}"),
        Arguments.of("set as text", v11 + "\"emptyComponents\":\"FEE\"}"),
        Arguments.of("1.1 boolean as text", v11 + "\"noRequirements\":\"true\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badJsonStandards")
  void documentsTheJsonSchemaRejectsTheReaderRejects(String why, String document) {
    assertThat(SchemaValidation.jsonErrors(Schema.STANDARD_JSON, document)).as(why).isNotEmpty();
    assertThatThrownBy(() -> JSON.readStandard(document))
        .as(why)
        .isInstanceOf(StandardsReadException.class);
  }

  static Stream<Arguments> goodJsonStandards() {
    String v11 = "{\"schemaVersion\":\"1.1\",";
    String hours =
        v11 + "\"serviceHours\":{\"periods\":[{\"days\":[\"MONDAY\",\"FRIDAY\"],\"opens\":";
    return Stream.of(
        Arguments.of("no id and no name (optional since 1.1)", "{\"schemaVersion\":\"1.1\"}"),
        Arguments.of("a 1.0 document without id and name", "{\"schemaVersion\":\"1.0\"}"),
        Arguments.of(
            "fee item without an amount",
            v11 + "\"fee\":{\"items\":[{\"name\":\"x\",\"pricing\":\"AT_COST\"}]}}"),
        Arguments.of(
            "competence without a dimension",
            v11 + "\"competencies\":[{\"qualification\":\"EDUCATION\",\"description\":\"S1\"}]}"),
        Arguments.of("decree without a number", v11 + "\"decree\":{\"date\":\"2024-08-15\"}}"),
        Arguments.of("29 February of a leap year", v11 + "\"decree\":{\"date\":\"2024-02-29\"}}"),
        Arguments.of(
            "29 February of 2000",
            v11 + "\"publications\":[{\"medium\":\"SIPPN\",\"date\":\"2000-02-29\"}]}"),
        Arguments.of(
            "31 December",
            v11 + "\"publications\":[{\"medium\":\"SIPPN\",\"date\":\"2024-12-31\"}]}"),
        Arguments.of(
            "time HH:mm",
            hours
                + "\"08:00\",\"closes\":\"16:00\",\"breaks\":[{\"start\":\"12:00\",\"end\":\"13:00\"}]}]}}"),
        Arguments.of(
            "first and last minute of the day", hours + "\"00:00\",\"closes\":\"23:59\"}]}}"),
        Arguments.of(
            "the new unit DAYS",
            v11 + "\"completionTime\":{\"maximum\":{\"amount\":1,\"unit\":\"DAYS\"}}}"),
        Arguments.of("noRequirements", v11 + "\"noRequirements\":true}"),
        Arguments.of("empty lists", v11 + "\"publications\":[],\"emptyComponents\":[]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodJsonStandards")
  void documentsTheJsonSchemaAcceptsTheReaderAccepts(String why, String document) {
    assertThat(SchemaValidation.jsonErrors(Schema.STANDARD_JSON, document)).as(why).isEmpty();
    assertThat(JSON.readStandard(document)).as(why).isNotNull();
  }

  static Stream<Arguments> badXmlStandards() {
    String open = "<standard xmlns=\"urn:standar-pelayanan:1.0\">";
    String head = open + "<schemaVersion>1.0</schemaVersion><id>a</id><name>n</name>";
    String v11 = open + "<schemaVersion>1.1</schemaVersion>";
    String hours = v11 + "<serviceHours><periods><period><days><day>MONDAY</day></days><opens>";
    return Stream.of(
        Arguments.of("missing schemaVersion", open + "<id>a</id><name>n</name></standard>"),
        Arguments.of(
            "unsupported schemaVersion",
            open + "<schemaVersion>2.0</schemaVersion><id>a</id><name>n</name></standard>"),
        Arguments.of("schemaVersion 1.2", open + "<schemaVersion>1.2</schemaVersion></standard>"),
        Arguments.of(
            "missing requirement description",
            head
                + "<requirements><requirement><kind>TECHNICAL</kind></requirement></requirements></standard>"),
        Arguments.of("unknown element", head + "<colour>red</colour></standard>"),
        Arguments.of("repeated element", head + "<unit>a</unit><unit>b</unit></standard>"),
        Arguments.of(
            "attribute",
            "<standard xmlns=\"urn:standar-pelayanan:1.0\" lang=\"id\"><schemaVersion>1.0</schemaVersion><id>a</id><name>n</name></standard>"),
        Arguments.of(
            "wrong namespace",
            "<standard xmlns=\"urn:other\"><schemaVersion>1.0</schemaVersion><id>a</id><name>n</name></standard>"),
        Arguments.of(
            "number not a number",
            head
                + "<requirements><requirement><description>d</description><copies>two</copies></requirement></requirements></standard>"),
        Arguments.of(
            "unknown enum constant",
            head
                + "<deliveryChannels><deliveryChannel>FAX</deliveryChannel></deliveryChannels></standard>"),
        Arguments.of(
            "fractional rupiah",
            head
                + "<fee><items><item><name>x</name><amount>1500.5</amount></item></items></fee></standard>"),
        Arguments.of(
            "negative rupiah",
            head
                + "<fee><items><item><name>x</name><amount>-1</amount></item></items></fee></standard>"),
        Arguments.of("boolean as digit", head + "<fee><free>1</free></fee></standard>"),
        Arguments.of(
            "negative time span",
            head
                + "<completionTime><maximum><amount>-3</amount><unit>HOURS</unit></maximum></completionTime></standard>"),
        Arguments.of(
            "wrong list item",
            head
                + "<requirements><item><description>d</description></item></requirements></standard>"),
        Arguments.of(
            "duplicate extension key",
            head
                + "<extensions><extension><key>k</key><value>1</value></extension><extension><key>k</key><value>2</value></extension></extensions></standard>"),
        Arguments.of(
            "extension without value",
            head + "<extensions><extension><key>k</key></extension></extensions></standard>"),
        Arguments.of(
            "wrong root",
            "<catalog xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.0</schemaVersion></catalog>"),
        // New in 1.1.
        Arguments.of(
            "impossible date 2024-02-30",
            v11 + "<decree><date>2024-02-30</date></decree></standard>"),
        Arguments.of(
            "29 February of a common year",
            v11
                + "<publications><publication><medium>WEBSITE</medium><date>2023-02-29</date></publication></publications></standard>"),
        Arguments.of(
            "month 13",
            v11
                + "<publications><publication><medium>WEBSITE</medium><date>2024-13-01</date></publication></publications></standard>"),
        Arguments.of(
            "fee item with a negative amount",
            v11
                + "<fee><items><item><name>x</name><amount>-5000</amount><pricing>STATED</pricing></item></items></fee></standard>"),
        Arguments.of(
            "unknown DurationUnit FORTNIGHTS",
            v11
                + "<completionTime><maximum><amount>2</amount><unit>FORTNIGHTS</unit></maximum></completionTime></standard>"),
        Arguments.of(
            "break without an end",
            hours
                + "08:00</opens><breaks><break><start>12:00</start></break></breaks></period></periods></serviceHours></standard>"),
        Arguments.of(
            "time of day 24:00",
            hours + "24:00</opens></period></periods></serviceHours></standard>"),
        Arguments.of(
            "time of day without a leading zero",
            hours + "8:00</opens></period></periods></serviceHours></standard>"),
        Arguments.of(
            "empty time of day", hours + "</opens></period></periods></serviceHours></standard>"),
        Arguments.of(
            "time of day with seconds",
            hours + "08:00:30</opens></period></periods></serviceHours></standard>"),
        Arguments.of(
            "special hours without an occasion",
            v11
                + "<serviceHours><specialHours><special><closed>true</closed></special></specialHours></serviceHours></standard>"),
        Arguments.of(
            "wrong item of a 1.1 list",
            v11
                + "<emptyComponents><emptyComponent>FEE</emptyComponent></emptyComponents></standard>"),
        Arguments.of(
            "unknown component",
            v11 + "<emptyComponents><component>FEES</component></emptyComponents></standard>"),
        Arguments.of(
            "1.1 boolean as digit", v11 + "<noRequirements>1</noRequirements></standard>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badXmlStandards")
  void documentsTheXsdRejectsTheReaderRejects(String why, String document) {
    assertThat(SchemaValidation.xsdErrors(Schema.STANDARD_XSD, document)).as(why).isNotEmpty();
    assertThatThrownBy(() -> XML.readStandard(document))
        .as(why)
        .isInstanceOf(StandardsReadException.class);
  }

  static Stream<Arguments> goodXmlStandards() {
    String open = "<standard xmlns=\"urn:standar-pelayanan:1.0\">";
    String v11 = open + "<schemaVersion>1.1</schemaVersion>";
    String hours =
        v11
            + "<serviceHours><periods><period><days><day>MONDAY</day><day>FRIDAY</day></days><opens>";
    return Stream.of(
        Arguments.of("no id and no name (optional since 1.1)", v11 + "</standard>"),
        Arguments.of(
            "a 1.0 document without id and name",
            open + "<schemaVersion>1.0</schemaVersion></standard>"),
        Arguments.of(
            "fee item without an amount",
            v11
                + "<fee><items><item><name>x</name><pricing>AT_COST</pricing></item></items></fee></standard>"),
        Arguments.of(
            "competence without a dimension",
            v11
                + "<competencies><competency><qualification>EDUCATION</qualification><description>S1</description></competency></competencies></standard>"),
        Arguments.of(
            "decree without a number", v11 + "<decree><date>2024-08-15</date></decree></standard>"),
        Arguments.of("empty decree", v11 + "<decree/></standard>"),
        Arguments.of(
            "29 February of a leap year",
            v11 + "<decree><date>2024-02-29</date></decree></standard>"),
        Arguments.of(
            "29 February of 2000",
            v11
                + "<publications><publication><medium>SIPPN</medium><date>2000-02-29</date></publication></publications></standard>"),
        Arguments.of(
            "time HH:mm",
            hours
                + "08:00</opens><closes>16:00</closes><breaks><break><start>12:00</start><end>13:00</end></break></breaks></period></periods></serviceHours></standard>"),
        Arguments.of(
            "first and last minute of the day",
            hours
                + "00:00</opens><closes>23:59</closes></period></periods></serviceHours></standard>"),
        Arguments.of(
            "the new unit DAYS",
            v11
                + "<completionTime><maximum><amount>1</amount><unit>DAYS</unit></maximum></completionTime></standard>"),
        Arguments.of("noRequirements", v11 + "<noRequirements>true</noRequirements></standard>"),
        Arguments.of(
            "empty lists", v11 + "<publications></publications><emptyComponents/></standard>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodXmlStandards")
  void documentsTheXsdAcceptsTheReaderAccepts(String why, String document) {
    assertThat(SchemaValidation.xsdErrors(Schema.STANDARD_XSD, document)).as(why).isEmpty();
    assertThat(XML.readStandard(document)).as(why).isNotNull();
  }

  static Stream<Arguments> knownDisagreements() {
    String json = "{\"schemaVersion\":\"1.1\",";
    String xml = "<standard xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.1</schemaVersion>";
    return Stream.of(
        // What no schema can say: the reader is stricter.
        Arguments.of(
            "break ending before it starts (TimeWindow's check)",
            true,
            json
                + "\"serviceHours\":{\"periods\":[{\"breaks\":[{\"start\":\"13:00\",\"end\":\"12:00\"}]}]}}",
            false),
        Arguments.of(
            "survey period ending before it starts (SatisfactionSurvey's check)",
            true,
            json + survey("2024-07-01", "2024-06-30", "80"),
            false),
        Arguments.of(
            "converted value with three decimals (SatisfactionSurvey's check)",
            true,
            json + survey("2024-01-01", "2024-06-30", "80.125"),
            false),
        Arguments.of(
            "decimal with more than 20 digits after the point (ModelModule's limit)",
            true,
            json + survey("2024-01-01", "2024-06-30", "80.0" + "0".repeat(20)),
            false),
        Arguments.of(
            "integer written with a fraction part (JSON Schema: 3.0 is an integer)",
            true,
            json + "\"requirements\":[{\"description\":\"d\",\"copies\":3.0}]}",
            false),
        Arguments.of(
            "date with surrounding spaces (xs:date collapses whitespace)",
            false,
            xml + "<decree><date> 2024-08-15 </date></decree></standard>",
            false),
        Arguments.of(
            "rupiah with surrounding spaces (xs:long collapses whitespace)",
            false,
            xml
                + "<fee><items><item><name>x</name><amount> 5 </amount></item></items></fee></standard>",
            false),
        // Where the reader is more lenient than the schemas.
        Arguments.of(
            "enum constant with surrounding spaces (Jackson trims)",
            true,
            json + "\"deliveryChannels\":[\" ONLINE \"]}",
            true),
        Arguments.of(
            "enum constant with surrounding spaces in XML (Jackson trims)",
            false,
            xml + "<emptyComponents><component> FEE </component></emptyComponents></standard>",
            true),
        Arguments.of(
            "year 0000 in XML (XSD 1.0 has no year zero)",
            false,
            xml + "<decree><date>0000-01-01</date></decree></standard>",
            true));
  }

  /** The rest of a standard whose one survey has the period and the converted value given. */
  private static String survey(String start, String end, String value) {
    return "\"performanceEvaluation\":{\"satisfactionSurveys\":[{\"periodStart\":\""
        + start
        + "\",\"periodEnd\":\""
        + end
        + "\",\"respondents\":1,\"convertedValue\":"
        + value
        + ",\"grade\":\"B\"}]}}";
  }

  /**
   * The few places where schemas and readers differ, each for a reason a schema language or Jackson
   * imposes (see README): this test fails when one of them changes, so that the list stays true.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("knownDisagreements")
  void schemasAndReadersDisagreeOnlyWhereDocumented(
      String why, boolean isJson, String document, boolean readerAccepts) {
    boolean schemaAccepts =
        isJson
            ? SchemaValidation.jsonErrors(Schema.STANDARD_JSON, document).isEmpty()
            : SchemaValidation.xsdErrors(Schema.STANDARD_XSD, document).isEmpty();
    boolean reads;
    try {
      if (isJson) {
        JSON.readStandard(document);
      } else {
        XML.readStandard(document);
      }
      reads = true;
    } catch (StandardsReadException e) {
      reads = false;
    }
    assertThat(reads).as("reader accepts: %s", why).isEqualTo(readerAccepts);
    assertThat(schemaAccepts).as("schema accepts: %s", why).isEqualTo(!readerAccepts);
  }

  @Test
  void modelConstraintsAreLeftToModelValidationByTheSchemasAsByTheReaders() {
    // Tier 2 (sizes, identifiers, blank text, positive counts) is ModelValidation's: a draft that
    // breaks it is still a well-formed document, for the schemas as for the readers.
    String json =
        "{\"schemaVersion\":\"1.1\",\"id\":\"not an id!\",\"name\":\""
            + "n".repeat(600)
            + "\",\"description\":\"   \",\"legalBasis\":[{\"type\":\"UU\",\"year\":-5}],"
            + "\"procedure\":{\"steps\":[{\"number\":0,\"description\":\"d\"}]},"
            + "\"extensions\":{\"not a key\":\"v\"}}";
    assertThat(SchemaValidation.jsonErrors(Schema.STANDARD_JSON, json)).isEmpty();
    ServiceStandard standard = JSON.readStandard(json);
    assertThat(ModelValidation.validator().validate(standard)).hasSizeGreaterThanOrEqualTo(6);
    assertThat(SchemaValidation.xsdErrors(Schema.STANDARD_XSD, XML.writeToString(standard)))
        .isEmpty();
  }

  // ---- the test documents ----

  /** A catalogue in which every property of every model type is present. */
  static StandardsCatalog everyPropertyCatalog() {
    ServiceStandard standard = everyPropertyStandard();
    return StandardsCatalog.builder()
        .setProvider(
            ServiceProvider.builder()
                .setName("Kantor Wilayah Kementerian Agama Provinsi Aceh")
                .setParentAgency("Kementerian Agama Republik Indonesia")
                .setUnitCode("Kw.01")
                .setRegion("Provinsi Aceh")
                .setAddress("Jl. Tgk. Abu Lam U No. 9, Banda Aceh")
                .addContact(channel())
                .setServiceHours(hours())
                .build())
        .setDecree(decree())
        .setVersion("2025")
        .setStatus(CatalogStatus.PUBLISHED)
        .setEffectiveDate(LocalDate.of(2024, 9, 1))
        .setLastEvaluationDate(LocalDate.of(2025, 7, 24))
        .setPledge(pledge())
        .addPublication(publication())
        .addConsultation(
            PublicConsultation.builder()
                .setDate(LocalDate.of(2024, 7, 24))
                .setForm(ConsultationForm.FOCUS_GROUP_DISCUSSION)
                .setParticipantCount(45)
                .setSummary("Pembaruan standar pelayanan bersama pengguna layanan")
                .setMinutesReference("BA-FKP/07/2024")
                .build())
        .addStandard(standard)
        .addStandard(ServiceStandard.builder().setName("Rancangan tanpa id").build())
        .setSupersededBy("KW.01.1/1/HK.00/0001/2026")
        .putExtension("sippn.katalog", "42")
        .build();
  }

  /** A standard in which every property of every type it holds is present. */
  static ServiceStandard everyPropertyStandard() {
    LegalReference law =
        LegalReference.builder()
            .setType(RegulationType.PERATURAN_LEMBAGA)
            .setIssuer("Kementerian Agama")
            .setRegion("Provinsi Aceh")
            .setNumber("10")
            .setYear(2024)
            .setArticle("Pasal 5 ayat (2)")
            .setTitle("Tarif atas Jenis Penerimaan Negara Bukan Pajak")
            .build();
    return ServiceStandard.builder()
        .setId("pendaftaran-haji")
        .setName("Pendaftaran Haji Reguler")
        .setDescription("Pendaftaran calon jemaah haji reguler.")
        .setUnit("Bidang Penyelenggaraan Haji dan Umrah")
        .setServiceHours(hours())
        .setDecree(decree())
        .setPledge(pledge())
        .addPublication(publication())
        .addDeliveryChannel(DeliveryChannel.IN_PERSON)
        .addDeliveryChannel(DeliveryChannel.ONLINE)
        .addLegalBasis(law)
        .addRequirement(
            Requirement.builder()
                .setId("ktp")
                .setDescription("Fotokopi KTP")
                .addAlternative("Surat keterangan domisili")
                .setApplicantCategory("Pemohon dewasa")
                .setKind(RequirementKind.ADMINISTRATIVE)
                .setForm(DocumentForm.COPY)
                .setCopies(2)
                .setMandatory(false)
                .setCondition("Bila KTP elektronik belum terbit")
                .build())
        .setNoRequirements(true)
        .setProcedure(
            Procedure.builder()
                .setDescription("Pemohon datang ke PTSP.")
                .addStep(
                    ProcedureStep.builder()
                        .setId("periksa")
                        .setNumber(1)
                        .setActor("Petugas PTSP")
                        .setDescription("Memeriksa kelengkapan berkas")
                        .setCondition("Berkas diterima")
                        .setEquipment("Daftar periksa")
                        .setDuration(TimeSpan.of(2, DurationUnit.WEEKS))
                        .setOutput("Berkas lengkap")
                        .addBranch(
                            StepBranch.builder()
                                .setCondition("Tidak lengkap")
                                .setNextStep(1)
                                .setOutcome("Berkas dikembalikan")
                                .build())
                        .setNotes("Dapat diwakilkan")
                        .build())
                .build())
        .setCompletionTime(
            CompletionTime.builder()
                .setMinimum(TimeSpan.of(1, DurationUnit.DAYS))
                .setMaximum(TimeSpan.of(1, DurationUnit.MONTHS))
                .addMaximumPlus(TimeSpan.ofHours(2))
                .setPerUnit("per berkas")
                .setStartCondition("Sejak berkas lengkap")
                .setExtension(
                    TimeExtension.builder()
                        .setDuration(TimeSpan.ofWorkingDays(7))
                        .setCondition("Dengan pemberitahuan tertulis")
                        .setLegalBasis(law)
                        .build())
                .setDescription("Paling lama satu bulan.")
                .build())
        .setFee(
            Fee.builder()
                .setFree(false)
                .addItem(
                    FeeItem.builder()
                        .setName("Setoran awal")
                        .setAmount(Rupiah.of(25_000_000))
                        .setPricing(FeePricing.SET_BY_REGULATION)
                        .setUnit("per jemaah")
                        .setCondition("Saat mendaftar")
                        .setApplicantCategory("Jemaah reguler")
                        .setSurcharge(true)
                        .setLegalBasis(law)
                        .build())
                .addPaymentChannel("Bank penerima setoran")
                .setDescription("Disetor ke rekening BPKH.")
                .build())
        .addProduct(
            Product.builder().setName("Nomor porsi").setDescription("Bukti pendaftaran").build())
        .addFacility(
            Facility.builder()
                .setName("Kursi roda")
                .setCategory(FacilityCategory.EQUIPMENT)
                .addVulnerableGroup(VulnerableGroup.ELDERLY)
                .setQuantity(2)
                .setDescription("Di ruang tunggu")
                .build())
        .addCompetency(
            Competency.builder()
                .setDimension(CompetencyDimension.SKILL)
                .setQualification(QualificationKind.CERTIFICATION)
                .setDescription("Bersertifikat pelayanan prima")
                .build())
        .setInternalSupervision(
            InternalSupervision.builder()
                .setDescription("Pengawasan langsung")
                .addSupervisor("Kepala Bidang")
                .build())
        .setComplaintHandling(
            ComplaintHandling.builder()
                .addChannel(channel())
                .setResponseTime(TimeSpan.ofWorkingDays(3))
                .setProcedure("Pengaduan dicatat dan ditindaklanjuti.")
                .setResponsibleUnit("Subbagian Umum")
                .setResponsibleOfficer("Pengelola pengaduan")
                .build())
        .setStaffing(
            Staffing.builder()
                .setImplementerCount(3)
                .addRole(StaffRole.builder().setName("Petugas PTSP").setCount(2).build())
                .setExpectedDailyDemand(40)
                .setDescription("Dua loket")
                .build())
        .setServiceGuarantee(ServiceGuarantee.builder().setStatement("Sesuai standar").build())
        .setSecurityAndSafety(
            SecurityAndSafetyGuarantee.builder()
                .setStatement("Aman dan nyaman")
                .addMeasure("CCTV")
                .build())
        .setPerformanceEvaluation(
            PerformanceEvaluation.builder()
                .addMethod(EvaluationMethod.COMMUNITY_SATISFACTION_SURVEY)
                .setFrequency(EvaluationFrequency.SEMIANNUAL)
                .setDescription("Survei kepuasan masyarakat")
                .addSatisfactionSurvey(
                    SatisfactionSurvey.builder()
                        .setPeriodStart(LocalDate.of(2024, 1, 1))
                        .setPeriodEnd(LocalDate.of(2024, 6, 30))
                        .setRespondents(384)
                        .setConvertedValue(new BigDecimal("82.50"))
                        .setGrade(SurveyGrade.B)
                        .addWeakestElement("U3")
                        .addElement(
                            SurveyElement.builder()
                                .setCode("U3")
                                .setWeight(new BigDecimal("0.111"))
                                .setMean(new BigDecimal("2.950"))
                                .build())
                        .build())
                .build())
        .addEmptyComponent(Component.SERVICE_GUARANTEE)
        .putExtension("sippn.id", "1234")
        .build();
  }

  private static Channel channel() {
    return Channel.builder()
        .setKind(ChannelKind.APP)
        .addAdditionalKind(ChannelKind.SP4N_LAPOR)
        .setPlatform(SocialPlatform.INSTAGRAM)
        .setAddress("@kemenagaceh")
        .setAtProviderAddress(true)
        .addAccess(
            ChannelAccess.builder()
                .setKind(ChannelKind.SMS)
                .setPlatform(SocialPlatform.TELEGRAM)
                .setAddress("1708")
                .build())
        .setServiceHours(hours())
        .setDescription("Dijawab pada jam kerja")
        .build();
  }

  private static ServiceHours hours() {
    ServicePeriod weekdays =
        ServicePeriod.builder()
            .addDay(DayOfWeek.MONDAY)
            .addDay(DayOfWeek.THURSDAY)
            .setOpens(LocalTime.of(8, 0))
            .setCloses(LocalTime.of(16, 30))
            .addBreak(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(13, 0)))
            .setDescription("Senin sampai Kamis")
            .build();
    return ServiceHours.builder()
        .addPeriod(weekdays)
        .addSpecialHours(
            SpecialHours.builder()
                .setOccasion(Occasion.RAMADAN)
                .setClosed(true)
                .addPeriod(
                    ServicePeriod.builder()
                        .addDay(DayOfWeek.FRIDAY)
                        .setOpens(LocalTime.of(8, 0))
                        .setCloses(LocalTime.of(11, 30))
                        .build())
                .setDescription("Jam Ramadan")
                .build())
        .setDescription("Kecuali hari libur nasional")
        .build();
  }

  private static Decree decree() {
    return Decree.builder()
        .setNumber("KW.01.1/1/HK.00/1234/2024")
        .setDate(LocalDate.of(2024, 2, 29))
        .setSignatory("Kepala Kantor Wilayah")
        .setTitle("Standar Pelayanan")
        .build();
  }

  private static ServicePledge pledge() {
    return ServicePledge.builder()
        .setText("Kami sanggup menyelenggarakan pelayanan sesuai standar.")
        .setSignatory("Kepala Kantor Wilayah")
        .setDate(LocalDate.of(2000, 2, 29))
        .build();
  }

  private static Publication publication() {
    return Publication.builder()
        .setMedium(PublicationMedium.SIPPN)
        .setAddress("https://sippn.menpan.go.id")
        .setDate(LocalDate.of(2024, 9, 2))
        .setDescription("Diunggah oleh admin")
        .build();
  }

  /**
   * A catalogue as the 1.0 writer wrote it (fields of 1.0 only, booleans only where 1.0 had them).
   */
  private static final String CATALOG_10_JSON =
      """
      {
        "schemaVersion": "1.0",
        "provider": {
          "name": "Kantor Wilayah Kementerian Agama Provinsi Aceh",
          "contacts": [{"kind": "EMAIL", "address": "ptsp.aceh@kemenag.go.id"}]
        },
        "decree": {"number": "KW.01.1/1/HK.00/1234/2024", "date": "2024-08-15"},
        "version": "2024",
        "status": "PUBLISHED",
        "effectiveDate": "2024-09-01",
        "pledge": {"text": "Kami sanggup menyelenggarakan pelayanan sesuai standar.", "date": "2024-08-15"},
        "consultations": [{"date": "2024-07-24", "form": "PUBLIC_CONSULTATION_FORUM", "participantCount": 45}],
        "standards": [
          {
            "id": "legalisasi-ijazah-madrasah",
            "name": "Legalisasi Fotokopi Ijazah/STTB Madrasah",
            "unit": "Bidang Pendidikan Madrasah",
            "deliveryChannels": ["IN_PERSON"],
            "legalBasis": [{"type": "UU", "number": "25", "year": 2009, "title": "Pelayanan Publik"}],
            "requirements": [
              {"id": "ijazah-asli", "description": "Menunjukkan ijazah/STTB asli", "kind": "ADMINISTRATIVE",
               "form": "ORIGINAL", "copies": 1, "mandatory": true}
            ],
            "procedure": {"steps": [{"number": 1, "actor": "Petugas PTSP", "description": "Menerima berkas",
                                     "duration": {"amount": 5, "unit": "MINUTES"}, "output": "Tanda terima"}]},
            "completionTime": {"maximum": {"amount": 15, "unit": "MINUTES"}},
            "fee": {"free": true},
            "products": [{"name": "Fotokopi ijazah yang dilegalisasi"}],
            "facilities": [{"name": "Ruang tunggu", "category": "PREMISES", "vulnerableGroups": ["ELDERLY"]}],
            "competencies": [{"dimension": "KNOWLEDGE", "description": "Memahami ketentuan legalisasi"}],
            "internalSupervision": {"supervisors": ["Kepala Bidang"]},
            "complaintHandling": {"channels": [{"kind": "SP4N_LAPOR", "address": "https://www.lapor.go.id"}],
                                  "responseTime": {"amount": 3, "unit": "WORKING_DAYS"}},
            "staffing": {"implementerCount": 2, "roles": [{"name": "Petugas PTSP", "count": 2}]},
            "serviceGuarantee": {"statement": "Pelayanan sesuai standar"},
            "securityAndSafety": {"statement": "Data pemohon dijaga", "measures": ["CCTV"]},
            "performanceEvaluation": {"methods": ["COMMUNITY_SATISFACTION_SURVEY"], "frequency": "ANNUAL"},
            "extensions": {"sippn.id": "1234"}
          }
        ],
        "extensions": {"source": "written by 1.0"}
      }
      """;

  /** The same catalogue in the XML of 1.0. */
  private static final String CATALOG_10_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <catalog xmlns="urn:standar-pelayanan:1.0">
        <schemaVersion>1.0</schemaVersion>
        <provider>
          <name>Kantor Wilayah Kementerian Agama Provinsi Aceh</name>
          <contacts><contact><kind>EMAIL</kind><address>ptsp.aceh@kemenag.go.id</address></contact></contacts>
        </provider>
        <decree><number>KW.01.1/1/HK.00/1234/2024</number><date>2024-08-15</date></decree>
        <version>2024</version>
        <status>PUBLISHED</status>
        <effectiveDate>2024-09-01</effectiveDate>
        <pledge><text>Kami sanggup menyelenggarakan pelayanan sesuai standar.</text><date>2024-08-15</date></pledge>
        <consultations>
          <consultation><date>2024-07-24</date><form>PUBLIC_CONSULTATION_FORUM</form><participantCount>45</participantCount></consultation>
        </consultations>
        <standards>
          <standard>
            <id>legalisasi-ijazah-madrasah</id>
            <name>Legalisasi Fotokopi Ijazah/STTB Madrasah</name>
            <unit>Bidang Pendidikan Madrasah</unit>
            <deliveryChannels><deliveryChannel>IN_PERSON</deliveryChannel></deliveryChannels>
            <legalBasis><legalReference><type>UU</type><number>25</number><year>2009</year><title>Pelayanan Publik</title></legalReference></legalBasis>
            <requirements>
              <requirement><id>ijazah-asli</id><description>Menunjukkan ijazah/STTB asli</description><kind>ADMINISTRATIVE</kind><form>ORIGINAL</form><copies>1</copies><mandatory>true</mandatory></requirement>
            </requirements>
            <procedure><steps><step><number>1</number><actor>Petugas PTSP</actor><description>Menerima berkas</description><duration><amount>5</amount><unit>MINUTES</unit></duration><output>Tanda terima</output></step></steps></procedure>
            <completionTime><maximum><amount>15</amount><unit>MINUTES</unit></maximum></completionTime>
            <fee><free>true</free></fee>
            <products><product><name>Fotokopi ijazah yang dilegalisasi</name></product></products>
            <facilities><facility><name>Ruang tunggu</name><category>PREMISES</category><vulnerableGroups><vulnerableGroup>ELDERLY</vulnerableGroup></vulnerableGroups></facility></facilities>
            <competencies><competency><dimension>KNOWLEDGE</dimension><description>Memahami ketentuan legalisasi</description></competency></competencies>
            <internalSupervision><supervisors><supervisor>Kepala Bidang</supervisor></supervisors></internalSupervision>
            <complaintHandling><channels><channel><kind>SP4N_LAPOR</kind><address>https://www.lapor.go.id</address></channel></channels><responseTime><amount>3</amount><unit>WORKING_DAYS</unit></responseTime></complaintHandling>
            <staffing><implementerCount>2</implementerCount><roles><role><name>Petugas PTSP</name><count>2</count></role></roles></staffing>
            <serviceGuarantee><statement>Pelayanan sesuai standar</statement></serviceGuarantee>
            <securityAndSafety><statement>Data pemohon dijaga</statement><measures><measure>CCTV</measure></measures></securityAndSafety>
            <performanceEvaluation><methods><method>COMMUNITY_SATISFACTION_SURVEY</method></methods><frequency>ANNUAL</frequency></performanceEvaluation>
            <extensions><extension><key>sippn.id</key><value>1234</value></extension></extensions>
          </standard>
        </standards>
        <extensions><extension><key>source</key><value>written by 1.0</value></extension></extensions>
      </catalog>
      """;

  // ---- helpers ----

  private static void addProperties(Class<?> type, Set<String> into) {
    if (!type.isEnum()) {
      SchemaDocuments.properties(type)
          .forEach(p -> into.add(type.getSimpleName() + "." + p.name()));
    }
  }

  /** Collects "Type.property" for every property present in a model value and its parts. */
  private static void filled(Object value, Set<String> into) throws Exception {
    Class<?> type = modelType(value.getClass());
    for (SchemaDocuments.Property property : SchemaDocuments.properties(type)) {
      Object content = getter(type, property.name()).invoke(value);
      List<Object> parts = new ArrayList<>();
      if (content instanceof Optional<?> optional) {
        optional.ifPresent(parts::add);
      } else if (content instanceof Collection<?> collection) {
        parts.addAll(collection);
      } else if (content instanceof Map<?, ?> map) {
        parts.addAll(map.values());
      } else {
        parts.add(content);
      }
      if (!parts.isEmpty()) {
        into.add(type.getSimpleName() + "." + property.name());
      }
      if (property.kind() == SchemaDocuments.Kind.OBJECT) {
        for (Object part : parts) {
          filled(part, into);
        }
      }
    }
  }

  private static Class<?> modelType(Class<?> implementation) {
    for (Class<?> candidate : implementation.getInterfaces()) {
      if (candidate.getPackageName().equals(ServiceStandard.class.getPackageName())) {
        return candidate;
      }
    }
    throw new IllegalStateException("not a model value: " + implementation);
  }

  private static Method getter(Class<?> type, String name) throws NoSuchMethodException {
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    try {
      return type.getMethod("get" + capitalised);
    } catch (NoSuchMethodException e) {
      return type.getMethod("is" + capitalised);
    }
  }

  private static Document dom(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> elements(Node root, String localName) {
    NodeList nodes =
        root instanceof Document document
            ? document.getElementsByTagNameNS(XS, localName)
            : ((Element) root).getElementsByTagNameNS(XS, localName);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element
          && XS.equals(element.getNamespaceURI())
          && element.getLocalName().equals(localName)) {
        found.add(element);
      }
    }
    return found;
  }
}
