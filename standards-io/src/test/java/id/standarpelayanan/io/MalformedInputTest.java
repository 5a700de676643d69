package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.standarpelayanan.model.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed inputs, each rejected with the documented exception, code, line, column and JSON
 * Pointer; nothing else is ever thrown.
 */
class MalformedInputTest {

  private static final ReadLimits SMALL =
      ReadLimits.builder()
          .maxNestingDepth(8)
          .maxStringLength(50)
          .maxNumberLength(10)
          .maxDocumentLength(2_000)
          .build();
  private static final StandardsJson JSON = StandardsJson.builder().limits(SMALL).build();
  private static final StandardsXml XML = StandardsXml.builder().limits(SMALL).build();

  private static final String OK = "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"n\"";

  static Stream<Arguments> jsonDocuments() {
    return Stream.of(
        Arguments.of("empty input", "", ReadErrorCode.EMPTY_DOCUMENT, 1, 1, ""),
        Arguments.of("whitespace only", "  \n ", ReadErrorCode.EMPTY_DOCUMENT, 2, 2, ""),
        Arguments.of("truncated", OK + ",\"unit\":\"Bid", ReadErrorCode.TRUNCATED, 1, 55, "/unit"),
        Arguments.of("truncated object", OK, ReadErrorCode.TRUNCATED, 1, 43, "/name"),
        Arguments.of("not JSON", "<standard/>", ReadErrorCode.MALFORMED, 1, 1, ""),
        Arguments.of(
            "missing comma",
            "{\"schemaVersion\":\"1.0\"\n \"id\":\"a\"}",
            ReadErrorCode.MALFORMED,
            2,
            2,
            "/schemaVersion"),
        Arguments.of("array at root", "[]", ReadErrorCode.WRONG_TYPE, 1, 1, ""),
        Arguments.of("trailing content", OK + "} {}", ReadErrorCode.TRAILING_CONTENT, 1, 45, ""),
        Arguments.of(
            "missing schemaVersion",
            "{\"id\":\"a\",\"name\":\"n\"}",
            ReadErrorCode.MISSING_SCHEMA_VERSION,
            1,
            1,
            "/schemaVersion"),
        Arguments.of(
            "unsupported schemaVersion",
            "{\"schemaVersion\":\"0.9\"}",
            ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION,
            1,
            18,
            "/schemaVersion"),
        Arguments.of(
            "schemaVersion as number",
            "{\"schemaVersion\":1.0}",
            ReadErrorCode.WRONG_TYPE,
            1,
            18,
            "/schemaVersion"),
        Arguments.of(
            "unknown field",
            OK + ",\n\"colour\":\"red\"}",
            ReadErrorCode.UNKNOWN_FIELD,
            2,
            10,
            "/colour"),
        Arguments.of(
            "duplicate key",
            OK + ",\"name\":\"m\"}",
            ReadErrorCode.DUPLICATE_FIELD,
            1,
            44,
            "/name"),
        Arguments.of(
            "wrong type: number for text",
            "{\"schemaVersion\":\"1.0\",\"id\":7,\"name\":\"n\"}",
            ReadErrorCode.WRONG_TYPE,
            1,
            29,
            "/id"),
        Arguments.of(
            "wrong type: text for number",
            OK + ",\"requirements\":[{\"description\":\"d\"," + "\"copies\":\"2\"}]}",
            ReadErrorCode.WRONG_TYPE,
            1,
            88,
            "/requirements/0/copies"),
        Arguments.of(
            "wrong type: object for list",
            OK + ",\"legalBasis\":{}}",
            ReadErrorCode.WRONG_TYPE,
            1,
            57,
            "/legalBasis"),
        Arguments.of(
            "null value", OK + ",\"unit\":null}", ReadErrorCode.NULL_VALUE, 1, 51, "/unit"),
        Arguments.of(
            "missing required field",
            "{\"schemaVersion\":\"1.1\",\"requirements\":[{\"kind\":\"TECHNICAL\"}]}",
            ReadErrorCode.MISSING_FIELD,
            1,
            59,
            "/requirements/0/description"),
        Arguments.of(
            "unknown enum constant",
            OK + ",\"deliveryChannels\":[\"IN_PERSON\",\"FAX\"]}",
            ReadErrorCode.INVALID_VALUE,
            1,
            76,
            "/deliveryChannels/1"),
        Arguments.of(
            "fractional rupiah",
            OK + ",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":1500.5}]}}",
            ReadErrorCode.WRONG_TYPE,
            1,
            81,
            "/fee/items/0/amount"),
        Arguments.of(
            "negative rupiah",
            OK + ",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":-5}]}}",
            ReadErrorCode.INVALID_VALUE,
            1,
            81,
            "/fee/items/0/amount"),
        Arguments.of(
            "rupiah beyond a long",
            OK + ",\"fee\":{\"items\":[{\"name\":\"x\",\"amount\":" + "9223372036854775808}]}}",
            ReadErrorCode.LIMIT_EXCEEDED,
            1,
            81,
            "/fee/items/0/amount"),
        Arguments.of(
            "count beyond an int",
            OK + ",\"staffing\":{\"implementerCount\":3000000000}}",
            ReadErrorCode.NUMBER_OUT_OF_RANGE,
            1,
            75,
            "/staffing/implementerCount"),
        Arguments.of(
            "negative time span",
            OK + ",\"completionTime\":{\"maximum\":" + "{\"amount\":-1,\"unit\":\"HOURS\"}}}",
            ReadErrorCode.INVALID_VALUE,
            1,
            82,
            "/completionTime/maximum/amount"),
        Arguments.of(
            "huge string",
            OK + ",\"unit\":\"" + "a".repeat(60) + "\"}",
            ReadErrorCode.LIMIT_EXCEEDED,
            1,
            51,
            "/unit"),
        Arguments.of(
            "long number",
            OK + ",\"staffing\":{\"implementerCount\":" + "1".repeat(12) + "}}",
            ReadErrorCode.LIMIT_EXCEEDED,
            1,
            75,
            "/staffing/implementerCount"),
        Arguments.of(
            "document too long",
            OK
                + ",\"unit\":\""
                + " ".repeat(49)
                + "\""
                + ",\"extensions\":{"
                + java.util.stream.IntStream.range(0, 300)
                    .mapToObj(i -> "\"k" + i + "\":\"v\",")
                    .collect(java.util.stream.Collectors.joining())
                + "\"z\":\"v\"}}",
            ReadErrorCode.LIMIT_EXCEEDED,
            0,
            0,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonDocuments")
  void malformedJsonIsRejectedWithLocation(
      String why, String document, ReadErrorCode code, int line, int column, String pointer) {
    for (Throwable thrown :
        new Throwable[] {
          catchThrowable(() -> JSON.readStandard(document.getBytes(StandardCharsets.UTF_8))),
          catchThrowable(() -> JSON.readStandard(document))
        }) {
      assertProblem(thrown, why, code, line, column, pointer);
    }
  }

  /** Asserts the documented exception, located as expected (line 0: not checked). */
  private static void assertProblem(
      Throwable thrown, String why, ReadErrorCode code, int line, int column, String pointer) {
    assertThat(thrown).as(why).isInstanceOf(StandardsReadException.class).hasNoCause();
    StandardsReadException e = (StandardsReadException) thrown;
    String described = why + ": " + e.getMessage(Locale.ENGLISH);
    assertThat(e.getCode()).as(described).isEqualTo(code);
    if (line > 0) {
      assertThat(new int[] {e.getLine(), e.getColumn()})
          .as(described)
          .containsExactly(line, column);
    }
    if (pointer != null) {
      assertThat(e.getPointer()).as(described).isEqualTo(pointer);
    }
    assertThat(e.getPath()).as(described).hasToString(e.getPointer());
    assertThat(e.getMessage()).isNotBlank().doesNotContain("jackson").doesNotContain("Exception");
    assertThat(e.getStackTrace())
        .as("no parser frames in " + described)
        .noneMatch(
            frame ->
                frame.getClassName().startsWith("com.fasterxml")
                    || frame.getClassName().startsWith("com.ctc"));
  }

  @Test
  void namesWithSlashAndTildeAreEscapedInTheErrorsPointer() {
    StandardsReadException json =
        (StandardsReadException) catchThrowable(() -> JSON.readStandard(OK + ",\"a/b~c\":1}"));
    assertThat(json.getCode()).isEqualTo(ReadErrorCode.UNKNOWN_FIELD);
    assertThat(json.getPointer()).isEqualTo("/a~1b~0c");
    assertThat(json.getPath().tokens()).containsExactly("a/b~c");

    StandardsReadException duplicate =
        (StandardsReadException)
            catchThrowable(
                () -> JSON.readStandard(OK + ",\"extensions\":{\"k/~\":\"1\",\"k/~\":\"2\"}}"));
    assertThat(duplicate.getCode()).isEqualTo(ReadErrorCode.DUPLICATE_FIELD);
    assertThat(duplicate.getPath()).isEqualTo(Pointer.root().child("extensions").child("k/~"));

    StandardsReadException xml =
        (StandardsReadException)
            catchThrowable(
                () ->
                    XML.readStandard(
                        "<standard xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.0</schemaVersion><id>a</id><name>n</name>"
                            + "<extensions><extension><key>k/~</key><value>1</value></extension>"
                            + "<extension><key>k/~</key><value>2</value></extension></extensions></standard>"));
    assertThat(xml.getCode()).isEqualTo(ReadErrorCode.DUPLICATE_FIELD);
    assertThat(xml.getPointer()).isEqualTo("/extensions/k~1~0");
    assertThat(xml.getPath()).isEqualTo(duplicate.getPath());
  }

  @Test
  void aReadErrorRefusesAMalformedPointer() {
    assertThat(
            catchThrowable(
                () ->
                    new StandardsReadException(
                        ReadErrorCode.MALFORMED, java.util.List.of(), "name", 1, 1, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"name\"");
  }

  @Test
  void invalidUtf8IsRejectedAsAnEncodingError() {
    byte[] document =
        ("{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"name\":\"").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[document.length + 3];
    System.arraycopy(document, 0, bad, 0, document.length);
    bad[document.length] = (byte) 0xC3;
    bad[document.length + 1] = (byte) 0x28;
    bad[document.length + 2] = '"';
    StandardsReadException e =
        (StandardsReadException) catchThrowable(() -> JSON.readStandard(bad));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.INVALID_ENCODING);
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getPointer()).isEqualTo("/name");

    byte[] xml =
        ("<standard xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.0</schemaVersion>"
                + "<id>a</id><name>X</name></standard>")
            .getBytes(StandardCharsets.UTF_8);
    int at = new String(xml, StandardCharsets.UTF_8).indexOf("X</name>");
    xml[at] = (byte) 0xC3;
    byte[] xmlBad = xml.clone();
    xmlBad[at + 1] = (byte) 0x28;
    StandardsReadException x =
        (StandardsReadException) catchThrowable(() -> XML.readStandard(xmlBad));
    assertThat(x.getCode()).isEqualTo(ReadErrorCode.INVALID_ENCODING);
    assertThat(x.getLine()).isEqualTo(1);
  }

  static Stream<Arguments> xmlDocuments() {
    String open = "<standard xmlns=\"urn:standar-pelayanan:1.0\">\n";
    String head = open + "<schemaVersion>1.0</schemaVersion>\n<id>a</id>\n<name>n</name>\n";
    return Stream.of(
        Arguments.of("empty input", "", ReadErrorCode.EMPTY_DOCUMENT, 0, 0, ""),
        Arguments.of("truncated", head + "<unit>Bid", ReadErrorCode.TRUNCATED, 0, 0, "/unit"),
        Arguments.of("not XML", "{\"a\":1}", ReadErrorCode.MALFORMED, 1, 1, ""),
        Arguments.of(
            "mismatched tags",
            head + "<unit>x</name></standard>",
            ReadErrorCode.MALFORMED,
            5,
            13,
            "/unit"),
        Arguments.of(
            "trailing element",
            head + "</standard>\n<standard/>",
            ReadErrorCode.TRAILING_CONTENT,
            6,
            2,
            ""),
        Arguments.of(
            "missing schemaVersion",
            open + "<id>a</id><name>n</name></standard>",
            ReadErrorCode.MISSING_SCHEMA_VERSION,
            1,
            1,
            "/schemaVersion"),
        Arguments.of(
            "unsupported schemaVersion",
            open + "<schemaVersion>2</schemaVersion>" + "<id>a</id><name>n</name></standard>",
            ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION,
            2,
            1,
            "/schemaVersion"),
        Arguments.of(
            "unknown element",
            head + "<colour>red</colour></standard>",
            ReadErrorCode.UNKNOWN_FIELD,
            5,
            1,
            "/colour"),
        Arguments.of(
            "repeated element",
            head + "<unit>a</unit>\n<unit>b</unit></standard>",
            ReadErrorCode.DUPLICATE_FIELD,
            6,
            1,
            "/unit"),
        Arguments.of(
            "repeated nested element",
            head + "<fee>\n<free>true</free>\n<free>false</free>" + "</fee></standard>",
            ReadErrorCode.DUPLICATE_FIELD,
            7,
            1,
            "/fee/free"),
        Arguments.of(
            "attribute",
            head + "<unit xml:lang=\"id\">a</unit></standard>",
            ReadErrorCode.UNEXPECTED_XML,
            5,
            1,
            "/unit"),
        Arguments.of(
            "wrong type: text for number",
            head
                + "<requirements>\n<requirement>"
                + "<description>d</description>\n<copies>dua</copies></requirement></requirements>"
                + "</standard>",
            ReadErrorCode.WRONG_TYPE,
            7,
            1,
            "/requirements/0/copies"),
        Arguments.of(
            "missing required field",
            open
                + "<schemaVersion>1.1</schemaVersion>"
                + "<requirements><requirement><kind>TECHNICAL</kind></requirement></requirements></standard>",
            ReadErrorCode.MISSING_FIELD,
            2,
            49,
            "/requirements/0/description"),
        Arguments.of(
            "unknown enum constant",
            head
                + "<deliveryChannels>\n<deliveryChannel>FAX"
                + "</deliveryChannel></deliveryChannels></standard>",
            ReadErrorCode.INVALID_VALUE,
            6,
            1,
            "/deliveryChannels/0"),
        Arguments.of(
            "fractional rupiah",
            head
                + "<fee><items><item><name>x</name>\n<amount>1500.5"
                + "</amount></item></items></fee></standard>",
            ReadErrorCode.WRONG_TYPE,
            6,
            1,
            "/fee/items/0/amount"),
        Arguments.of(
            "deep nesting",
            head + "<x>".repeat(20) + "</x>".repeat(20) + "</standard>",
            ReadErrorCode.LIMIT_EXCEEDED,
            0,
            0,
            null),
        Arguments.of(
            "huge text",
            head + "<unit>" + "a".repeat(60) + "</unit></standard>",
            ReadErrorCode.LIMIT_EXCEEDED,
            0,
            0,
            "/unit"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xmlDocuments")
  void malformedXmlIsRejectedWithLocation(
      String why, String document, ReadErrorCode code, int line, int column, String pointer) {
    assertProblem(
        catchThrowable(() -> XML.readStandard(document)), why, code, line, column, pointer);
    assertProblem(
        catchThrowable(() -> XML.readStandard(document.getBytes(StandardCharsets.UTF_8))),
        why,
        code,
        line,
        column,
        pointer);
  }

  @Test
  void aFailingInputStreamIsReportedAsAnIoFailure() {
    for (Runnable read :
        new Runnable[] {
          () -> JSON.readStandard(new FailingStream("{\"schemaVersion\":")),
          () ->
              XML.readStandard(new FailingStream("<standard xmlns=\"urn:standar-pelayanan:1.0\">"))
        }) {
      StandardsReadException e = (StandardsReadException) catchThrowable(read::run);
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.IO_FAILURE);
      // Only the JDK's IOException of the caller's input may be the cause, never a parser's.
      if (e.getCause() != null) {
        assertThat(e.getCause())
            .isExactlyInstanceOf(java.io.IOException.class)
            .hasMessage("connection reset");
      }
    }
    StandardsReadException json =
        (StandardsReadException)
            catchThrowable(() -> JSON.readStandard(new FailingStream("{\"schemaVersion\":")));
    assertThat(json.getCause()).isExactlyInstanceOf(java.io.IOException.class);
  }

  /** Gives a prefix, then fails as a broken connection would. */
  private static final class FailingStream extends java.io.InputStream {
    private final byte[] prefix;
    private int next;

    FailingStream(String prefix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() throws java.io.IOException {
      if (next < prefix.length) {
        return prefix[next++];
      }
      throw new java.io.IOException("connection reset");
    }
  }

  @Test
  void messagesAreIndonesianByDefaultAndEnglishOnRequest() {
    StandardsReadException e =
        (StandardsReadException)
            catchThrowable(() -> JSON.readStandard(OK + ",\n\"colour\":\"red\"}"));
    assertThat(e.getMessage())
        .isEqualTo(e.getMessage(Locale.forLanguageTag("id")))
        .startsWith("Di /colour (baris 2, kolom 10): properti 'colour' tidak dikenal");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("At /colour (line 2, column 10): unknown property 'colour'")
        .contains("completionTime");
    assertThat(e.getArguments()).first().isEqualTo("colour");
  }

  @Test
  void deepNestingIsRejectedEvenWhereUnknownFieldsAreSkipped() {
    StandardsJson lenient = StandardsJson.builder().limits(SMALL).ignoreUnknownFields(true).build();
    StandardsReadException e =
        (StandardsReadException)
            catchThrowable(
                () -> lenient.readStandard(OK + ",\"x\":" + "[".repeat(20) + "]".repeat(20) + "}"));
    assertThat(e.getCode()).isEqualTo(ReadErrorCode.LIMIT_EXCEEDED);
    assertThat(e.getArguments()).first().isEqualTo("nestingDepth");
    assertThat(e.getLine()).isEqualTo(1);
    // At the start of the bracket that goes one level too deep (the root object is level 1).
    assertThat(e.getColumn()).isEqualTo(OK.length() + 5 + 8);
    assertThat(e.getArguments()).containsExactly("nestingDepth", "9", "8", "maxNestingDepth");
    assertThat(e.getPointer()).isEqualTo("/x/0/0/0/0/0/0/0");
  }

  @Test
  void datesMustBeIsoStrings() {
    for (String date :
        new String[] {"\"01-02-2024\"", "\"2024-02-30\"", "20240201", "[2024,2,1]"}) {
      StandardsReadException e =
          (StandardsReadException)
              catchThrowable(
                  () ->
                      JSON.readCatalog(
                          "{\"schemaVersion\":\"1.0\",\"effectiveDate\":" + date + "}"));
      assertThat(e.getCode()).as(date).isIn(ReadErrorCode.INVALID_VALUE, ReadErrorCode.WRONG_TYPE);
      assertThat(e.getPointer()).as(date).isEqualTo("/effectiveDate");
      assertThat(e.getColumn()).as(date).isEqualTo(40);
    }
  }

  @Test
  void ignoringUnknownFieldsSkipsOnlyUnknownFields() {
    StandardsJson lenient = StandardsJson.builder().ignoreUnknownFields(true).build();
    assertThat(lenient.readStandard(OK + ",\"colour\":{\"a\":[1]}}").getName()).contains("n");
    assertThat(catchThrowable(() -> lenient.readStandard(OK + ",\"id\":\"b\"}")))
        .isInstanceOf(StandardsReadException.class);
    StandardsXml lenientXml = StandardsXml.builder().ignoreUnknownFields(true).build();
    assertThat(
            lenientXml
                .readStandard(
                    "<standard xmlns=\"urn:standar-pelayanan:1.0\" a=\"1\">"
                        + "<schemaVersion>1.0</schemaVersion><id>a</id><name>n</name><colour>red</colour>"
                        + "</standard>")
                .getId())
        .contains("a");
  }
}
