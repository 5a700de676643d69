package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.io.StandardsDocument.Record;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardsDocumentsTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsXml XML = StandardsXml.builder().build();
  private static final StandardsCatalog CATALOG = KanwilAcehFixtures.catalog();
  private static final ServiceStandard FIRST = CATALOG.getStandards().get(0);
  private static final ServiceStandard SECOND =
      ImmutableServiceStandard.copyOf(FIRST).withId("legalisasi-kedua");
  private static final StandardsDocuments DOCUMENTS = StandardsDocuments.strict();

  @TempDir Path directory;

  @Test
  void readsEachWholeKindByContent() {
    assertThat(DOCUMENTS.read(JSON.writeToString(CATALOG)))
        .isEqualTo(new StandardsDocument.Catalog(DocumentKind.JSON_CATALOG, CATALOG));
    assertThat(DOCUMENTS.read(XML.writeToString(CATALOG)))
        .isEqualTo(new StandardsDocument.Catalog(DocumentKind.XML_CATALOG, CATALOG));
    assertThat(DOCUMENTS.read(JSON.writeToString(FIRST)))
        .isEqualTo(new StandardsDocument.Standard(DocumentKind.JSON_STANDARD, FIRST));
    assertThat(DOCUMENTS.read(XML.writeToString(FIRST).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new StandardsDocument.Standard(DocumentKind.XML_STANDARD, FIRST));
  }

  @Test
  void aJsonArrayGivesItsStandardsAndItsBadRecordsInOrder() {
    String array =
        "["
            + JSON.writeToString(FIRST)
            + ", {\"schemaVersion\": \"1.1\", \"id\": 7}, "
            + JSON.writeToString(SECOND)
            + "]";

    List<Record> records;
    try (StandardsDocument document = DOCUMENTS.read(array)) {
      assertThat(document.kind()).isEqualTo(DocumentKind.JSON_ARRAY);
      records = ((StandardsDocument.Records) document).records().toList();
    }

    assertThat(records).extracting(Record::index).containsExactly(0L, 1L, 2L);
    assertThat(records.get(0).standard()).contains(FIRST);
    assertThat(records.get(1).standard()).isEmpty();
    assertThat(records.get(1).error())
        .hasValueSatisfying(
            e -> {
              assertThat(e.getCode()).isEqualTo(ReadErrorCode.WRONG_TYPE);
              assertThat(e.getPointer()).isEqualTo("/1/id");
              assertThat(e.getRecordIndex()).hasValue(1);
            });
    assertThat(records.get(2).standard()).contains(SECOND);
  }

  @Test
  void ndjsonFromAFileGoesOnAfterABadLine() throws IOException {
    Path file = directory.resolve("layanan.ndjson");
    Files.writeString(
        file,
        JSON.writeToString(FIRST) + "\n{ not json\n" + JSON.writeToString(SECOND) + "\n",
        StandardCharsets.UTF_8);

    List<Record> records;
    try (StandardsDocument document = DOCUMENTS.read(file)) {
      assertThat(document.kind()).isEqualTo(DocumentKind.NDJSON);
      records = ((StandardsDocument.Records) document).records().toList();
    }

    assertThat(records).extracting(Record::index).containsExactly(0L, 1L, 2L);
    assertThat(records)
        .extracting(Record::standard)
        .containsExactly(Optional.of(FIRST), Optional.empty(), Optional.of(SECOND));
    assertThat(records.get(1).error().orElseThrow().getCode()).isEqualTo(ReadErrorCode.MALFORMED);
  }

  @Test
  void aStreamIsReadAsItIsAndLeftOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in =
        new ByteArrayInputStream(JSON.writeToString(CATALOG).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    StandardsDocument document = DOCUMENTS.read(in, "");

    assertThat(document)
        .isEqualTo(new StandardsDocument.Catalog(DocumentKind.JSON_CATALOG, CATALOG));
    assertThat(closed[0]).isFalse();
  }

  @Test
  void anUnreadableWholeDocumentIsALocatedReadError(@TempDir Path empty) throws IOException {
    Path file = empty.resolve("katalog.json");
    Files.writeString(
        file, "{\"schemaVersion\": \"1.1\", \"provider\": 5}", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DOCUMENTS.read(file))
        .isInstanceOfSatisfying(
            StandardsReadException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(ReadErrorCode.WRONG_TYPE);
              assertThat(e.getPointer()).isEqualTo("/provider");
              assertThat(e.getLine()).isEqualTo(1);
            });
    Files.delete(file);
    assertThatThrownBy(() -> DOCUMENTS.read(file))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void aReaderUsesTheCodecsItWasMadeWith() {
    String withExtra = JSON.writeToString(FIRST).replaceFirst("\\{", "{\"tambahan\": 1, ");
    StandardsDocuments lenient =
        StandardsDocuments.of(StandardsJson.builder().ignoreUnknownFields(true).build(), XML);

    assertThat(lenient.read(withExtra))
        .isEqualTo(new StandardsDocument.Standard(DocumentKind.JSON_STANDARD, FIRST));
    assertThatThrownBy(() -> DOCUMENTS.read(withExtra))
        .isInstanceOfSatisfying(
            StandardsReadException.class,
            e -> assertThat(e.getCode()).isEqualTo(ReadErrorCode.UNKNOWN_FIELD));
  }
}
