package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Streaming readers: one record at a time, bad records reported with index and position. */
class StreamingTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsXml XML = StandardsXml.builder().build();

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String standard(String id) {
    return "{\"id\":\"" + id + "\",\"name\":\"Layanan " + id + "\"}";
  }

  @Test
  void jsonArrayCollectModeReportsBadRecordsAndKeepsGoodOnes() {
    String input =
        "[\n"
            + standard("a")
            + ",\n{\"id\":\"b\",\"name\":\"B\",\"colour\":{\"x\":[1]}},\n"
            + "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\"},\n\"oops\",\n"
            + standard("e")
            + "\n]";
    List<StandardsReadException> errors = new ArrayList<>();
    try (Stream<ServiceStandard> stream = JSON.streamArray(bytes(input), errors::add)) {
      assertThat(stream.map(s -> s.getId().orElseThrow())).containsExactly("a", "c", "e");
    }
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).getCode()).isEqualTo(ReadErrorCode.UNKNOWN_FIELD);
    assertThat(errors.get(0).getRecordIndex()).hasValue(1);
    assertThat(errors.get(0).getPointer()).isEqualTo("/1/colour");
    assertThat(errors.get(0).getLine()).isEqualTo(3);
    assertThat(errors.get(0).getMessage(java.util.Locale.ENGLISH)).startsWith("In record 1");
    assertThat(errors.get(1).getCode()).isEqualTo(ReadErrorCode.WRONG_TYPE);
    assertThat(errors.get(1).getRecordIndex()).hasValue(3);
    assertThat(errors.get(1).getLine()).isEqualTo(5);
  }

  @Test
  void jsonArrayFailFastStopsAtTheFirstBadRecordAfterTheGoodOnes() {
    String input =
        "["
            + standard("a")
            + ",{\"id\":\"b\",\"requirements\":[{\"copies\":1}]},"
            + standard("c")
            + "]";
    try (Stream<ServiceStandard> stream = JSON.streamArray(bytes(input))) {
      Iterator<ServiceStandard> records = stream.iterator();
      assertThat(records.next().getId()).contains("a");
      StandardsReadException e = (StandardsReadException) catchThrowable(records::next);
      assertThat(e.getCode()).isEqualTo(ReadErrorCode.MISSING_FIELD);
      assertThat(e.getRecordIndex()).hasValue(1);
      assertThat(e.getPointer()).isEqualTo("/1/requirements/0/description");
    }
  }

  @Test
  void recordsAreReadLazilyBeforeALaterSyntaxErrorEndsTheStream() {
    String input = "[" + standard("a") + "," + standard("b") + ",{\"id\":";
    List<String> seen = new ArrayList<>();
    Throwable thrown =
        catchThrowable(
            () -> {
              try (Stream<ServiceStandard> stream = JSON.streamArray(bytes(input), e -> {})) {
                stream.forEach(s -> seen.add(s.getId().orElseThrow()));
              }
            });
    assertThat(seen).containsExactly("a", "b");
    assertThat(thrown).isInstanceOf(StandardsReadException.class);
    assertThat(((StandardsReadException) thrown).getCode()).isEqualTo(ReadErrorCode.TRUNCATED);
    assertThat(((StandardsReadException) thrown).getRecordIndex()).hasValue(2);
  }

  @Test
  void ndjsonReadsOneStandardPerLine() {
    String input =
        standard("a")
            + "\n"
            + "{\"id\":\"b\",\"name\":\"B\",\"unit\":7}\n"
            + "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\"}\n";
    List<StandardsReadException> errors = new ArrayList<>();
    try (Stream<ServiceStandard> stream = JSON.streamLines(bytes(input), errors::add)) {
      assertThat(stream.map(s -> s.getId().orElseThrow())).containsExactly("a", "c");
    }
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getRecordIndex()).hasValue(1);
              assertThat(e.getLine()).isEqualTo(2);
              assertThat(e.getPointer()).isEqualTo("/unit");
              assertThat(e.getCode()).isEqualTo(ReadErrorCode.WRONG_TYPE);
            });
  }

  @Test
  void ndjsonRecordWithWrongSchemaVersionIsBad() {
    List<StandardsReadException> errors = new ArrayList<>();
    try (Stream<ServiceStandard> stream =
        JSON.streamLines(
            bytes("{\"schemaVersion\":\"9\",\"id\":\"a\",\"name\":\"A\"}\n" + standard("b")),
            errors::add)) {
      assertThat(stream.map(s -> s.getId().orElseThrow())).containsExactly("b");
    }
    assertThat(errors)
        .singleElement()
        .extracting(StandardsReadException::getCode)
        .isEqualTo(ReadErrorCode.UNSUPPORTED_SCHEMA_VERSION);
  }

  @Test
  void xmlCatalogueStreamsStandardsAndReportsABadOne() {
    String input =
        "<catalog xmlns=\"urn:standar-pelayanan:1.0\">\n"
            + "<schemaVersion>1.0</schemaVersion>\n<version>2024</version>\n<standards>\n"
            + "<standard><id>a</id><name>A</name></standard>\n"
            + "<standard><id>b</id><name>B</name>\n<unit>x</unit>\n<unit>y</unit></standard>\n"
            + "<standard><id>c</id><name>C</name><fee><free>maybe</free></fee></standard>\n"
            + "<standard><id>d</id><name>D</name></standard>\n"
            + "</standards>\n</catalog>\n";
    List<StandardsReadException> errors = new ArrayList<>();
    try (Stream<ServiceStandard> stream = XML.streamCatalog(bytes(input), errors::add)) {
      assertThat(stream.map(s -> s.getId().orElseThrow())).containsExactly("a", "d");
    }
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).getCode()).isEqualTo(ReadErrorCode.DUPLICATE_FIELD);
    assertThat(errors.get(0).getRecordIndex()).hasValue(1);
    assertThat(errors.get(0).getPointer()).isEqualTo("/standards/1/unit");
    assertThat(errors.get(0).getLine()).isEqualTo(8);
    assertThat(errors.get(1).getCode()).isEqualTo(ReadErrorCode.INVALID_VALUE);
    assertThat(errors.get(1).getRecordIndex()).hasValue(2);
    assertThat(errors.get(1).getPointer()).isEqualTo("/standards/2/fee/free");
    assertThat(errors.get(1).getLine()).isEqualTo(9);
  }

  @Test
  void xmlCatalogueReadWholeKeepsEveryStandardAndLocatesErrorsInAndAfterThem() {
    String head =
        "<catalog xmlns=\"urn:standar-pelayanan:1.0\">\n<schemaVersion>1.0</schemaVersion>\n<standards>\n"
            + "<standard><id>a</id><name>A</name></standard>\n";
    String good =
        head
            + "<standard><id>b</id><name>B</name><unit>Seksi</unit></standard>\n</standards>\n"
            + "<version>2024</version>\n</catalog>\n";
    StandardsCatalog catalog = XML.readCatalog(good);
    assertThat(catalog.getStandards())
        .extracting(s -> s.getId().orElseThrow())
        .containsExactly("a", "b");
    assertThat(catalog.getVersion()).hasValue("2024");
    assertThat(catalog).isEqualTo(JSON.readCatalog(JSON.writeToString(catalog)));

    StandardsReadException inStandard =
        (StandardsReadException)
            catchThrowable(
                () ->
                    XML.readCatalog(
                        head
                            + "<standard><id>c</id><name>C</name>\n<fee><free>maybe</free></fee></standard>\n</standards>\n</catalog>\n"));
    assertThat(inStandard.getCode()).isEqualTo(ReadErrorCode.INVALID_VALUE);
    assertThat(inStandard.getPointer()).isEqualTo("/standards/1/fee/free");
    assertThat(inStandard.getLine()).isEqualTo(6);
    assertThat(inStandard.getRecordIndex()).isEmpty();

    StandardsReadException afterStandards =
        (StandardsReadException)
            catchThrowable(
                () ->
                    XML.readCatalog(
                        head
                            + "</standards>\n<decree>\n<date>kemarin</date></decree>\n</catalog>\n"));
    assertThat(afterStandards.getPointer()).isEqualTo("/decree/date");
    assertThat(afterStandards.getLine()).isEqualTo(7);

    StandardsReadException notAList =
        (StandardsReadException)
            catchThrowable(
                () ->
                    XML.readCatalog(
                        "<catalog xmlns=\"urn:standar-pelayanan:1.0\"><schemaVersion>1.0</schemaVersion><standards>teks</standards></catalog>"));
    assertThat(notAList.getPointer()).isEqualTo("/standards");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unsupported version before a bad standard|<schemaVersion>2.0</schemaVersion><standards><standard><id>a</id><name>A</name><newField>x</newField></standard></standards>|UNSUPPORTED_SCHEMA_VERSION|/schemaVersion",
        "missing version and a bad standard|<standards><standard><id>a</id><name>A</name><fee><free>maybe</free></fee></standard></standards>|MISSING_SCHEMA_VERSION|/schemaVersion",
        "version after a bad standard|<standards><standard><id>a</id><name>A</name><fee><free>maybe</free></fee></standard></standards><schemaVersion>9</schemaVersion>|UNSUPPORTED_SCHEMA_VERSION|/schemaVersion",
        "a syntax error after a bad standard|<schemaVersion>1.0</schemaVersion><standards><standard><id>a</id><name>A</name><fee><free>maybe</free></fee></standard></standards><version>1</vers>|MALFORMED|",
        "a catalogue field before a bad standard|<schemaVersion>1.0</schemaVersion><decree><date>kemarin</date></decree><standards><standard><id>a</id><name>A</name><fee><free>maybe</free></fee></standard></standards>|INVALID_VALUE|/decree/date",
        "a catalogue field after a bad standard|<schemaVersion>1.0</schemaVersion><standards><standard><id>a</id><name>A</name><fee><free>maybe</free></fee></standard></standards><decree><date>kemarin</date></decree>|INVALID_VALUE|/standards/0/fee/free",
        "two bad standards|<schemaVersion>1.0</schemaVersion><standards><standard><id>a</id><name>A</name><colour>x</colour></standard><standard><id>b</id><name>B</name><fee><free>maybe</free></fee></standard></standards>|UNKNOWN_FIELD|/standards/0/colour"
      })
  void xmlCatalogueReadWholeReportsTheErrorItReportedWhenBindingAtTheEnd(
      String name, String body, ReadErrorCode code, String pointer) {
    String document = "<catalog xmlns=\"urn:standar-pelayanan:1.0\">" + body + "</catalog>";
    StandardsReadException e =
        (StandardsReadException) catchThrowable(() -> XML.readCatalog(document));
    assertThat(e.getCode()).isEqualTo(code);
    if (pointer != null) {
      assertThat(e.getPointer()).isEqualTo(pointer);
    }
  }

  @Test
  void xmlCatalogueStreamFailFastAndMissingVersion() {
    String input =
        "<catalog xmlns=\"urn:standar-pelayanan:1.0\"><standards>"
            + "<standard><id>a</id><name>A</name></standard></standards></catalog>";
    Throwable thrown = catchThrowable(() -> XML.streamCatalog(bytes(input)).toList());
    assertThat(((StandardsReadException) thrown).getCode())
        .isEqualTo(ReadErrorCode.MISSING_SCHEMA_VERSION);
  }

  @Test
  void streamingMatchesWholeCatalogueReading() {
    var catalog = id.standarpelayanan.model.fixtures.KanwilAcehFixtures.catalog();
    String xml = StandardsXml.builder().pretty(true).build().writeToString(catalog);
    try (Stream<ServiceStandard> stream = XML.streamCatalog(bytes(xml))) {
      assertThat(stream.toList()).isEqualTo(catalog.getStandards());
    }
    StringBuilder array = new StringBuilder("[");
    for (ServiceStandard s : catalog.getStandards()) {
      array.append(array.length() > 1 ? "," : "").append(JSON.writeToString(s));
    }
    try (Stream<ServiceStandard> stream = JSON.streamArray(bytes(array + "]"))) {
      assertThat(stream.toList()).isEqualTo(catalog.getStandards());
    }
  }
}
