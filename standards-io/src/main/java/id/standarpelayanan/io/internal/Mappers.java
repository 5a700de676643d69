package id.standarpelayanan.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.standarpelayanan.io.ReadLimits;

/** Builds the configured Jackson mappers shared by both codecs. */
final class Mappers {

  private Mappers() {}

  /**
   * Returns a parser factory with the limits.
   *
   * @param limits the read limits
   * @param wholeDocument whether for whole documents (otherwise for streams of records); the length
   *     limits are ours alike, in {@link LimitedInput}
   * @return the factory
   */
  static JsonFactory factory(ReadLimits limits, boolean wholeDocument) {
    // Our own checks (SchemaVersionParser, LimitedInput) find every limit first: Jackson's are off
    // where the document or record length bounds the memory (strings, names, numbers, length),
    // and just above ours for nesting, which is not bounded by length alone.
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(-1)
            .maxNestingDepth((int) Math.min(Integer.MAX_VALUE, limits.maxNestingDepth() + 2L))
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .maxNumberLength(Integer.MAX_VALUE)
            .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        // Keys given twice are found by our own check.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Characters beyond the BMP as UTF-8, as a Writer gets them, not as backslash-u escapes: a
        // document's bytes do not depend on whether it was written to a stream or a string.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
  }

  /**
   * Returns a mapper for the model.
   *
   * @param limits the read limits
   * @param ignoreUnknownFields whether unknown fields are ignored
   * @param textScalars whether numbers and booleans may come as text (the XML codec's case)
   * @return the mapper
   */
  static ObjectMapper mapper(ReadLimits limits, boolean ignoreUnknownFields, boolean textScalars) {
    JsonMapper mapper =
        JsonMapper.builder(factory(limits, true))
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addModule(new ModelModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, textScalars)
            .disable(MapperFeature.AUTO_DETECT_FIELDS)
            .disable(MapperFeature.AUTO_DETECT_CREATORS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !ignoreUnknownFields)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // What follows the root is checked by the readers themselves.
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // A decimal keeps its scale in the tree the XML writer starts from (82.50, not 82.5).
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    // Text never stands for a number or a boolean in JSON, nor a number for text.
    mapper
        .coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    if (!textScalars) {
      mapper
          .coercionConfigFor(LogicalType.Integer)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      mapper
          .coercionConfigFor(LogicalType.Boolean)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }
    return mapper;
  }

  /**
   * Returns the pretty printer: two spaces, {@code \n} on every platform, {@code "key": value}.
   *
   * @return a new printer
   */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter)
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
  }
}
