package id.standarpelayanan.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Golden-file comparison for documents and reports: what a test writes is compared, byte for byte
 * as UTF-8 text, with a reviewed file kept beside the tests. When the system property {@value
 * #UPDATE_PROPERTY} is {@code true} the file is (re)written first, so an intended change is made
 * with {@code mvn test -Dgolden.update=true} and then reviewed in the version control diff.
 *
 * <pre>{@code
 * GoldenFiles.assertMatches(Path.of("src/test/resources/golden"), "annex.id.html", html);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GoldenFiles {

  /** The system property that rewrites the golden files instead of comparing with them. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private GoldenFiles() {}

  /**
   * Fails unless {@code written} equals the golden file {@code name} in {@code directory}; with
   * {@value #UPDATE_PROPERTY} set, writes it there first.
   *
   * @param directory the directory of the golden files
   * @param name the file's name
   * @param written what the test produced
   * @throws AssertionError if the file is missing or differs; the message shows the first differing
   *     lines, numbered, with two lines of context
   * @throws IOException if the file cannot be read or written
   */
  public static void assertMatches(Path directory, String name, String written) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(written, "written");
    Path file = directory.resolve(name);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(directory);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }
    if (!Files.exists(file)) {
      throw new AssertionError(
          "golden file " + file + " is missing (create it with -D" + UPDATE_PROPERTY + "=true)");
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(written)) {
      throw new AssertionError(
          file
              + " differs from what the test wrote (rerun with -D"
              + UPDATE_PROPERTY
              + "=true if the change is intended, then review the diff):\n"
              + firstDifference(expected, written));
    }
  }

  /**
   * Describes where two texts first differ: two equal lines before, then up to three lines of each
   * side, numbered, the expected ones marked {@code -} and the actual ones {@code +}.
   *
   * @param expected the golden text
   * @param actual the text written
   * @return the description; it says so when the texts differ only in line endings
   */
  public static String firstDifference(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    StringBuilder out = new StringBuilder();
    for (int j = Math.max(0, i - 2); j < i; j++) {
      out.append(String.format(Locale.ROOT, "  %5d  %s%n", j + 1, a.get(j)));
    }
    for (int j = i; j < Math.min(a.size(), i + 3); j++) {
      out.append(String.format(Locale.ROOT, "- %5d  %s%n", j + 1, a.get(j)));
    }
    for (int j = i; j < Math.min(b.size(), i + 3); j++) {
      out.append(String.format(Locale.ROOT, "+ %5d  %s%n", j + 1, b.get(j)));
    }
    if (a.size() == b.size() && i == a.size()) {
      out.append("(the texts differ only in line endings or the final line break)\n");
    }
    return out.toString();
  }
}
