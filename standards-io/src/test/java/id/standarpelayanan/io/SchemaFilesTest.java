package id.standarpelayanan.io;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.io.internal.SchemaDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The four shipped schemas under {@code src/main/resources/id/standarpelayanan/io/schema/} are
 * generated from the model by {@link SchemaDocuments}. Run with {@code -Dschema.update=true} to
 * rewrite them after a change to the model, its texts or the codecs; otherwise this test fails when
 * a file is stale. Review the diff, and run the tests once more: the class path holds the files as
 * they were when the run started.
 */
class SchemaFilesTest {

  private static final Path FOLDER =
      Path.of(System.getProperty("basedir", "."))
          .toAbsolutePath()
          .resolve("src/main/resources/id/standarpelayanan/io/schema")
          .normalize();

  @Test
  void shippedSchemasAreTheGeneratedOnes() throws IOException {
    Map<Schema, String> generated = SchemaDocuments.render();
    if (Boolean.getBoolean("schema.update")) {
      Files.createDirectories(FOLDER);
      for (Map.Entry<Schema, String> schema : generated.entrySet()) {
        Files.writeString(
            FOLDER.resolve(schema.getKey().fileName()), schema.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<Schema, String> schema : generated.entrySet()) {
      Path file = FOLDER.resolve(schema.getKey().fileName());
      assertThat(file).as("%s is missing; run with -Dschema.update=true", file).exists();
      String shipped = Files.readString(file, StandardCharsets.UTF_8);
      if (!shipped.equals(schema.getValue())) {
        throw new AssertionError(
            file
                + " is stale; run: mvn -B -f standards-io/pom.xml test"
                + " -Dtest=SchemaFilesTest -Dschema.update=true, then review the diff:\n"
                + firstDifference(shipped, schema.getValue()));
      }
    }
  }

  /** Returns the first differing line of two texts with its number, for the failure message. */
  private static String firstDifference(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    return "line "
        + (i + 1)
        + "\n  shipped:   "
        + (i < a.size() ? a.get(i) : "(end of file)")
        + "\n  generated: "
        + (i < b.size() ? b.get(i) : "(end of file)");
  }
}
