package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import id.standarpelayanan.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The complete fixture catalogue, written pretty in both formats, compared byte for byte with the
 * reviewed files under {@code src/test/resources/golden/}. Run with {@code -Dgolden.update=true} to
 * rewrite them after an intended change, then review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void jsonCatalogueMatchesGoldenFile() throws IOException {
    String written =
        StandardsJson.builder().pretty(true).build().writeToString(KanwilAcehFixtures.catalog());
    compare("kanwil-aceh.catalog.json", written);
  }

  @Test
  void xmlCatalogueMatchesGoldenFile() throws IOException {
    String written =
        StandardsXml.builder().pretty(true).build().writeToString(KanwilAcehFixtures.catalog());
    compare("kanwil-aceh.catalog.xml", written);
  }

  @Test
  void goldenFilesReadBackToTheFixture() throws IOException {
    assertThat(
            StandardsJson.builder()
                .build()
                .readCatalog(Files.readAllBytes(GOLDEN.resolve("kanwil-aceh.catalog.json"))))
        .isEqualTo(KanwilAcehFixtures.catalog());
    assertThat(
            StandardsXml.builder()
                .build()
                .readCatalog(Files.readAllBytes(GOLDEN.resolve("kanwil-aceh.catalog.xml"))))
        .isEqualTo(KanwilAcehFixtures.catalog());
  }

  /**
   * The golden files as format 1.0 wrote them, kept unchanged since 1.1: a 1.0 document still
   * reads, and means what it meant.
   */
  @Test
  void formatOneZeroDocumentsStillReadToTheSameModel() throws IOException {
    assertThat(
            Files.readString(
                GOLDEN.resolve("kanwil-aceh.catalog.1.0.json"), StandardCharsets.UTF_8))
        .contains("\"schemaVersion\": \"1.0\"");
    assertThat(
            StandardsJson.builder()
                .build()
                .readCatalog(Files.readAllBytes(GOLDEN.resolve("kanwil-aceh.catalog.1.0.json"))))
        .isEqualTo(KanwilAcehFixtures.catalog());
    assertThat(
            StandardsXml.builder()
                .build()
                .readCatalog(Files.readAllBytes(GOLDEN.resolve("kanwil-aceh.catalog.1.0.xml"))))
        .isEqualTo(KanwilAcehFixtures.catalog());
  }

  @Test
  void writersWriteTheNewestFormat() {
    assertThat(StandardsJson.builder().build().writeToString(KanwilAcehFixtures.catalog()))
        .startsWith("{\"schemaVersion\":\"1.1\"");
    assertThat(StandardsXml.builder().build().writeToString(KanwilAcehFixtures.catalog()))
        .contains("<schemaVersion>1.1</schemaVersion>");
  }

  static void compare(String name, String written) throws IOException {
    GoldenFiles.assertMatches(GOLDEN, name, written);
  }
}
