package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.fixtures.KanwilAcehFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  private static void compare(String name, String written) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file))
        .as("golden file %s (create it with -Dgolden.update=true)", file)
        .isTrue();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(written)) {
      throw new AssertionError(
          name
              + " differs from the golden file (rerun with "
              + "-Dgolden.update=true if the change is intended):\n"
              + diff(expected, written));
    }
  }

  /** Returns the first differing line with two lines of context, numbered. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    StringBuilder out = new StringBuilder();
    for (int j = Math.max(0, i - 2); j < i; j++) {
      out.append(String.format("  %5d  %s%n", j + 1, a.get(j)));
    }
    for (int j = i; j < Math.min(a.size(), i + 3); j++) {
      out.append(String.format("- %5d  %s%n", j + 1, a.get(j)));
    }
    for (int j = i; j < Math.min(b.size(), i + 3); j++) {
      out.append(String.format("+ %5d  %s%n", j + 1, b.get(j)));
    }
    if (a.size() == b.size() && i == a.size()) {
      out.append("(the files differ only in line endings or the final line break)\n");
    }
    return out.toString();
  }
}
