package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.testkit.StandardsArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the codecs over generated standards and catalogues (every field present or absent, every
 * enum constant, Indonesian, Acehnese and Arabic-script text, XML-special characters): model →
 * document → model is the identity, writing is deterministic, and every written document validates
 * against its published schema.
 */
class RoundTripProperties {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsJson PRETTY_JSON = StandardsJson.builder().pretty(true).build();
  private static final StandardsXml XML = StandardsXml.builder().build();
  private static final StandardsXml PRETTY_XML = StandardsXml.builder().pretty(true).build();

  @Provide
  Arbitrary<ServiceStandard> drafts() {
    return StandardsArbitraries.draftStandards();
  }

  @Provide
  Arbitrary<StandardsCatalog> draftCatalogs() {
    return StandardsArbitraries.draftCatalogs();
  }

  @Provide
  Arbitrary<StandardsCatalog> completeCatalogs() {
    return StandardsArbitraries.catalogs();
  }

  @Property(tries = 200)
  void jsonRoundTripsEveryDraftStandard(@ForAll("drafts") ServiceStandard standard) {
    assertThat(JSON.readStandard(JSON.writeToString(standard))).isEqualTo(standard);
    assertThat(PRETTY_JSON.readStandard(PRETTY_JSON.writeToString(standard))).isEqualTo(standard);
  }

  @Property(tries = 200)
  void xmlRoundTripsEveryDraftStandard(@ForAll("drafts") ServiceStandard standard) {
    assertThat(XML.readStandard(XML.writeToString(standard))).isEqualTo(standard);
    assertThat(PRETTY_XML.readStandard(PRETTY_XML.writeToString(standard))).isEqualTo(standard);
  }

  @Property(tries = 50)
  void bothFormatsRoundTripCatalogues(@ForAll("draftCatalogs") StandardsCatalog catalog) {
    assertThat(JSON.readCatalog(JSON.writeToString(catalog))).isEqualTo(catalog);
    assertThat(XML.readCatalog(PRETTY_XML.writeToString(catalog))).isEqualTo(catalog);
  }

  @Property(tries = 30)
  void completeCataloguesRoundTripThroughBytes(
      @ForAll("completeCatalogs") StandardsCatalog catalog) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    PRETTY_JSON.write(catalog, json);
    assertThat(JSON.readCatalog(json.toByteArray())).isEqualTo(catalog);
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    XML.write(catalog, xml);
    assertThat(XML.readCatalog(xml.toByteArray())).isEqualTo(catalog);
  }

  @Property(tries = 100)
  void streamsCarryTheBytesOfTheStringsAndStayOpen(@ForAll("drafts") ServiceStandard standard) {
    for (StandardsCodec codec :
        java.util.List.<StandardsCodec>of(JSON, PRETTY_JSON, XML, PRETTY_XML)) {
      boolean[] closed = {false};
      ByteArrayOutputStream out =
          new ByteArrayOutputStream() {
            @Override
            public void close() {
              closed[0] = true;
            }
          };
      codec.write(standard, out);
      assertThat(out.toByteArray())
          .isEqualTo(codec.writeToString(standard).getBytes(StandardCharsets.UTF_8));
      assertThat(closed[0]).as("the caller's stream is left open").isFalse();
    }
  }

  @Property(tries = 100)
  void equalModelsGiveIdenticalDocuments(@ForAll("drafts") ServiceStandard standard) {
    // A copy built afresh, with extensions inserted in reverse order, is equal: so are the bytes.
    ServiceStandard copy =
        ImmutableServiceStandard.builder()
            .from(standard)
            .setExtensions(
                new java.util.TreeMap<>(java.util.Collections.reverseOrder()) {
                  {
                    putAll(standard.getExtensions());
                  }
                })
            .build();
    assertThat(copy).isEqualTo(standard);
    assertThat(PRETTY_JSON.writeToString(copy)).isEqualTo(PRETTY_JSON.writeToString(standard));
    assertThat(XML.writeToString(copy)).isEqualTo(XML.writeToString(standard));
    StringWriter writer = new StringWriter();
    PRETTY_XML.write(copy, writer);
    assertThat(writer.toString()).isEqualTo(PRETTY_XML.writeToString(standard));
  }

  @Property(tries = 100)
  void everyWrittenStandardValidatesAgainstItsSchemas(@ForAll("drafts") ServiceStandard standard) {
    assertThat(SchemaValidation.jsonErrors(Schema.STANDARD_JSON, JSON.writeToString(standard)))
        .isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.STANDARD_XSD, XML.writeToString(standard)))
        .isEmpty();
  }

  @Property(tries = 30)
  void everyWrittenCatalogueValidatesAgainstItsSchemas(
      @ForAll("draftCatalogs") StandardsCatalog catalog) {
    assertThat(SchemaValidation.jsonErrors(Schema.CATALOG_JSON, PRETTY_JSON.writeToString(catalog)))
        .isEmpty();
    assertThat(SchemaValidation.xsdErrors(Schema.CATALOG_XSD, PRETTY_XML.writeToString(catalog)))
        .isEmpty();
  }
}
