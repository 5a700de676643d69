package id.standarpelayanan.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * Validates documents against the published schemas, for tests. The JSON Schema dialect is 2020-12
 * with the schemas' two English annotation keywords declared and every other unknown keyword
 * refused, so that a misspelt keyword fails instead of being ignored.
 */
final class SchemaValidation {

  /** The base of the schemas' {@code $id}s, mapped to the class path. */
  static final String BASE = "https://standar-pelayanan.github.io/schema/1.1/";

  /** The annotation keywords of the English texts. */
  static final List<String> ENGLISH_KEYWORDS = List.of("x-title-en", "x-description-en");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonMetaSchema DIALECT =
      JsonMetaSchema.builder(JsonMetaSchema.getV202012())
          .keywords(ENGLISH_KEYWORDS.stream().map(AnnotationKeyword::new).toList())
          .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
          .build();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder
                  .metaSchema(DIALECT)
                  .schemaMappers(
                      mappers ->
                          mappers.mapPrefix(BASE, "classpath:id/standarpelayanan/io/schema/")));
  private static final Map<Schema, JsonSchema> JSON = new ConcurrentHashMap<>();
  private static final Map<Schema, javax.xml.validation.Schema> XSD = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  /** Returns the JSON Schema violations of a document, empty if it is valid. */
  static List<String> jsonErrors(Schema schema, String document) {
    JsonSchema compiled =
        JSON.computeIfAbsent(
            schema, s -> FACTORY.getSchema(SchemaLocation.of(BASE + s.fileName())));
    try {
      List<String> errors = new ArrayList<>();
      for (ValidationMessage message : compiled.validate(MAPPER.readTree(document))) {
        errors.add(message.getMessage());
      }
      return errors;
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  /** Returns the XSD violation of a document, empty if it is valid. */
  static List<String> xsdErrors(Schema schema, String document) {
    javax.xml.validation.Schema compiled = XSD.computeIfAbsent(schema, SchemaValidation::compile);
    Validator validator = compiled.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new StringReader(document)));
      return List.of();
    } catch (SAXException e) {
      return List.of(e.getMessage());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static javax.xml.validation.Schema compile(Schema schema) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      // Only our own schemas, which include each other from the class path.
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return factory.newSchema(schema.url());
    } catch (SAXException e) {
      throw new AssertionError("schema " + schema + " does not compile", e);
    }
  }
}
