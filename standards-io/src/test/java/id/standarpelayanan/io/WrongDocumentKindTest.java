package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrongDocumentKindTest {

  private static final StandardsJson JSON = StandardsJson.builder().build();
  private static final StandardsXml XML = StandardsXml.builder().build();
  private static final String JSON_CATALOG = JSON.writeToString(KanwilAcehFixtures.catalog());
  private static final String JSON_STANDARD =
      JSON.writeToString(KanwilAcehFixtures.legalisasiIjazah());
  private static final String XML_CATALOG = XML.writeToString(KanwilAcehFixtures.catalog());
  private static final String XML_STANDARD =
      XML.writeToString(KanwilAcehFixtures.legalisasiIjazah());

  @Test
  void aJsonCatalogueReadAsAStandardSaysToUseReadCatalog() {
    StandardsReadException e =
        catchThrowableOfType(StandardsReadException.class, () -> JSON.readStandard(JSON_CATALOG));

    assertThat(e.getCode()).isEqualTo(ReadErrorCode.WRONG_DOCUMENT_KIND);
    assertThat(e.getPointer()).isEmpty();
    assertThat(e.getLine()).isPositive();
    assertThat(e.getMessage(Locale.ENGLISH))
        .contains("this document is a catalogue of service standards, not a single standard")
        .contains("read it with readCatalog")
        .doesNotContain("unknown property");
    assertThat(e.getMessage())
        .contains("sebuah katalog standar pelayanan")
        .contains("bacalah dengan readCatalog");
  }

  @Test
  void aJsonStandardReadAsACatalogueSaysToUseReadStandard() {
    StandardsReadException e =
        catchThrowableOfType(StandardsReadException.class, () -> JSON.readCatalog(JSON_STANDARD));

    assertThat(e.getCode()).isEqualTo(ReadErrorCode.WRONG_DOCUMENT_KIND);
    assertThat(e.getMessage(Locale.ENGLISH))
        .contains("a single service standard, not a catalogue")
        .contains("read it with readStandard");
  }

  @Test
  void xmlOfTheOtherRootSaysWhichMethodReadsIt() {
    StandardsReadException catalog =
        catchThrowableOfType(StandardsReadException.class, () -> XML.readStandard(XML_CATALOG));
    StandardsReadException standard =
        catchThrowableOfType(StandardsReadException.class, () -> XML.readCatalog(XML_STANDARD));

    assertThat(catalog.getCode()).isEqualTo(ReadErrorCode.WRONG_DOCUMENT_KIND);
    assertThat(catalog.getMessage(Locale.ENGLISH)).contains("read it with readCatalog");
    assertThat(standard.getCode()).isEqualTo(ReadErrorCode.WRONG_DOCUMENT_KIND);
    assertThat(standard.getMessage(Locale.ENGLISH)).contains("read it with readStandard");
    assertThat(standard.getLine()).isEqualTo(1);
  }

  @Test
  void filesAreReadByPathWithTheSameCheck(@TempDir Path dir) throws IOException {
    Path catalog = Files.writeString(dir.resolve("k.xml"), XML_CATALOG);
    Path standard = Files.writeString(dir.resolve("s.json"), JSON_STANDARD);

    assertThat(XML.readCatalog(catalog)).isEqualTo(KanwilAcehFixtures.catalog());
    assertThat(JSON.readStandard(standard)).isEqualTo(KanwilAcehFixtures.legalisasiIjazah());
    assertThat(
            catchThrowableOfType(StandardsReadException.class, () -> XML.readStandard(catalog))
                .getCode())
        .isEqualTo(ReadErrorCode.WRONG_DOCUMENT_KIND);
    assertThat(
            catchThrowableOfType(
                    NoSuchFileException.class,
                    () -> JSON.readCatalog(dir.resolve("tidak-ada.json")))
                .getFile())
        .endsWith("tidak-ada.json");
  }

  @Test
  void anUnknownTopLevelPropertyOfNeitherKindIsStillAnUnknownField() {
    String misspelt = JSON_CATALOG.replaceFirst("\"provider\"", "\"providr\"");
    String foreign = JSON_STANDARD.replaceFirst("\\{", "{\"penyelenggara\":\"x\",");

    StandardsReadException catalog =
        catchThrowableOfType(StandardsReadException.class, () -> JSON.readCatalog(misspelt));
    StandardsReadException standard =
        catchThrowableOfType(StandardsReadException.class, () -> JSON.readStandard(foreign));

    assertThat(catalog.getCode()).isEqualTo(ReadErrorCode.UNKNOWN_FIELD);
    assertThat(catalog.getPointer()).isEqualTo("/providr");
    assertThat(standard.getCode()).isEqualTo(ReadErrorCode.UNKNOWN_FIELD);
    assertThat(standard.getPointer()).isEqualTo("/penyelenggara");
  }

  @Test
  void aCatalogueInsideAnArrayOfStandardsIsABadRecordNotTheWrongDocument() {
    StandardsReadException e =
        catchThrowableOfType(
            StandardsReadException.class,
            () ->
                JSON.streamArray(
                        new ByteArrayInputStream(
                            ("[" + JSON_CATALOG + "]").getBytes(StandardCharsets.UTF_8)))
                    .count());

    assertThat(e.getCode()).isEqualTo(ReadErrorCode.UNKNOWN_FIELD);
    assertThat(e.getPointer()).isEqualTo("/0/provider");
  }
}
