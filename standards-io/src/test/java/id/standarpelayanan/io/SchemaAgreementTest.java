package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.ChannelKind;
import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.ConsultationForm;
import id.standarpelayanan.model.DeliveryChannel;
import id.standarpelayanan.model.DocumentForm;
import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.EvaluationFrequency;
import id.standarpelayanan.model.EvaluationMethod;
import id.standarpelayanan.model.FacilityCategory;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.RequirementKind;
import id.standarpelayanan.model.VulnerableGroup;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The published schemas and the codecs accept the same documents. */
class SchemaAgreementTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsJson PRETTY_JSON = StandardsJson.builder().pretty(true).build();
  private static final StandardsXml XML = StandardsXml.builder().build();
  private static final StandardsXml PRETTY_XML = StandardsXml.builder().pretty(true).build();

  @Test
  void writtenFixtureCatalogueValidatesInBothFormatsAndModes() {
    var catalog = KanwilAcehFixtures.catalog();
    assertThat(SchemaValidation.jsonErrors(Schema.CATALOG_JSON, JSON.writeToString(catalog)))
        .isEmpty();
    assertThat(SchemaValidation.jsonErrors(Schema.CATALOG_JSON, PRETTY_JSON.writeToString(catalog)))
        .isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.CATALOG_XSD, XML.writeToString(catalog)))
        .isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.CATALOG_XSD, PRETTY_XML.writeToString(catalog)))
        .isEmpty();
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
  void everyEnumConstantOfTheModelIsListedInBothSchemas() {
    List<Class<? extends Enum<?>>> standardEnums = List.of(
        ChannelKind.class, CompetencyDimension.class, DeliveryChannel.class, DocumentForm.class,
        DurationUnit.class, EvaluationFrequency.class, EvaluationMethod.class,
        FacilityCategory.class, RegulationType.class, RequirementKind.class,
        VulnerableGroup.class);
    List<Class<? extends Enum<?>>> catalogEnums =
        List.of(CatalogStatus.class, ConsultationForm.class);
    assertEnumsListed(standardEnums, Schema.STANDARD_JSON, Schema.STANDARD_XSD);
    assertEnumsListed(catalogEnums, Schema.CATALOG_JSON, Schema.CATALOG_XSD);
  }

  private static void assertEnumsListed(
      List<Class<? extends Enum<?>>> enums, Schema json, Schema xsd) {
    String jsonText = json.text();
    String xsdText = xsd.text();
    for (Class<? extends Enum<?>> type : enums) {
      String name = type.getSimpleName();
      String jsonList = jsonText.substring(jsonText.indexOf("\"" + name + "\": {"));
      jsonList = jsonList.substring(0, jsonList.indexOf(']'));
      String xsdList = xsdText.substring(xsdText.indexOf("<xs:simpleType name=\"" + name + "\">"));
      xsdList = xsdList.substring(0, xsdList.indexOf("</xs:simpleType>"));
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(jsonList).as("%s in %s", constant, json).contains("\"" + constant.name() + "\"");
        assertThat(xsdList).as("%s in %s", constant, xsd)
            .contains("value=\"" + constant.name() + "\"");
      }
      assertThat(jsonList.split(",")).as("no extra constant of %s in %s", name, json)
          .hasSize(type.getEnumConstants().length);
      assertThat(xsdList.split("<xs:enumeration")).as("no extra constant of %s in %s", name, xsd)
          .hasSize(type.getEnumConstants().length + 1);
    }
  }

  static Stream<Arguments> badJsonStandards() {
    return Stream.of(
        Arguments.of("missing schemaVersion", "{\"id\":\"a\",\"name\":\"n\"}"),
        Arguments.of("unsupported schemaVersion", "{\"schemaVersion\":\"2.0\",\"id\":\"a\",\"name\":\"n\"}"),
        Arguments.of("missing name", "{\"schemaVersion\":\"1.0\",\"id\":\"a\"}"),
        Arguments.of("unknown field", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"colour\":\"red\"}"),
        Arguments.of("number as text", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"requirements\":[{\"description\":\"d\",\"copies\":\"2\"}]}"),
        Arguments.of("text as number", "{\"schemaVersion\":\"1.0\",\"id\":5,\"name\":\"n\"}"),
        Arguments.of("unknown enum constant", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"deliveryChannels\":[\"FAX\"]}"),
        Arguments.of("fractional rupiah", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":1500.5}]}}"),
        Arguments.of("negative rupiah", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":-1}]}}"),
        Arguments.of("rupiah too large", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":92233720368547758070}]}}"),
        Arguments.of("negative time span", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"completionTime\":{\"maximum\":{\"amount\":-3,\"unit\":\"HOURS\"}}}"),
        Arguments.of("time span without unit", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"completionTime\":{\"maximum\":{\"amount\":3}}}"),
        Arguments.of("null optional", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"unit\":null}"),
        Arguments.of("boolean as text", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"fee\":{\"free\":\"true\"}}"),
        Arguments.of("date in another format", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"procedure\":{\"steps\":[{\"number\":1,\"description\":\"d\",\"duration\":{\"amount\":1,\"unit\":\"DAYS\"}}]}}"),
        Arguments.of("extension value not text", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"extensions\":{\"k\":1}}"),
        Arguments.of("list as object", "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\",\"requirements\":{\"description\":\"d\"}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badJsonStandards")
  void documentsTheJsonSchemaRejectsTheReaderRejects(String why, String document) {
    assertThat(SchemaValidation.jsonErrors(Schema.STANDARD_JSON, document)).as(why).isNotEmpty();
    assertThatThrownBy(() -> JSON.readStandard(document)).as(why)
        .isInstanceOf(StandardsReadException.class);
  }

  static Stream<Arguments> badXmlStandards() {
    String open = "<standard xmlns=\"urn:standar-pelayanan:1.0\">";
    String head = open + "<schemaVersion>1.0</schemaVersion><id>a</id><name>n</name>";
    return Stream.of(
        Arguments.of("missing schemaVersion", open + "<id>a</id><name>n</name></standard>"),
        Arguments.of("unsupported schemaVersion", open + "<schemaVersion>2.0</schemaVersion><id>a</id><name>n</name></standard>"),
        Arguments.of("missing name", open + "<schemaVersion>1.0</schemaVersion><id>a</id></standard>"),
        Arguments.of("unknown element", head + "<colour>red</colour></standard>"),
        Arguments.of("repeated element", head + "<unit>a</unit><unit>b</unit></standard>"),
        Arguments.of("attribute", "<standard xmlns=\"urn:standar-pelayanan:1.0\" lang=\"id\"><schemaVersion>1.0</schemaVersion><id>a</id><name>n</name></standard>"),
        Arguments.of("wrong namespace", "<standard xmlns=\"urn:other\"><schemaVersion>1.0</schemaVersion><id>a</id><name>n</name></standard>"),
        Arguments.of("number not a number", head + "<requirements><requirement><description>d</description><copies>two</copies></requirement></requirements></standard>"),
        Arguments.of("unknown enum constant", head + "<deliveryChannels><deliveryChannel>FAX</deliveryChannel></deliveryChannels></standard>"),
        Arguments.of("fractional rupiah", head + "<fee><items><item><name>x</name><amount>1500.5</amount></item></items></fee></standard>"),
        Arguments.of("negative rupiah", head + "<fee><items><item><name>x</name><amount>-1</amount></item></items></fee></standard>"),
        Arguments.of("boolean as digit", head + "<fee><free>1</free></fee></standard>"),
        Arguments.of("negative time span", head + "<completionTime><maximum><amount>-3</amount><unit>HOURS</unit></maximum></completionTime></standard>"),
        Arguments.of("wrong list item", head + "<requirements><item><description>d</description></item></requirements></standard>"),
        Arguments.of("duplicate extension key", head + "<extensions><extension><key>k</key><value>1</value></extension><extension><key>k</key><value>2</value></extension></extensions></standard>"),
        Arguments.of("extension without value", head + "<extensions><extension><key>k</key></extension></extensions></standard>"),
        Arguments.of("wrong root", "<catalog xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.0</schemaVersion></catalog>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badXmlStandards")
  void documentsTheXsdRejectsTheReaderRejects(String why, String document) {
    assertThat(SchemaValidation.xsdErrors(Schema.STANDARD_XSD, document)).as(why).isNotEmpty();
    assertThatThrownBy(() -> XML.readStandard(document)).as(why)
        .isInstanceOf(StandardsReadException.class);
  }
}
