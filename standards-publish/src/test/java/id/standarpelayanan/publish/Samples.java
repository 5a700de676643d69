package id.standarpelayanan.publish;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The sample catalogue, publishers with a fixed clock, and golden-file comparison. */
final class Samples {

  static final Path SAMPLE = Path.of("../examples/data/kanwil-kemenag-aceh.json");
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final List<Locale> LANGUAGES = List.of(Languages.INDONESIAN, Locale.ENGLISH);
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-08-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

  private static StandardsCatalog sample;

  private Samples() {}

  static synchronized StandardsCatalog catalog() {
    if (sample == null) {
      try (StandardsDocument document = StandardsDocuments.strict().read(SAMPLE)) {
        sample = ((StandardsDocument.Catalog) document).catalog();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sample;
  }

  static Publisher.Builder publisher(Locale locale) {
    return Publisher.builder()
        .locale(locale)
        .checker(Checker.builder().locale(locale).clock(CLOCK).build());
  }

  static void compare(String name, String written) throws IOException {
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
              + " differs from the golden file (rerun with -Dgolden.update=true if the change is"
              + " intended, then review the diff):\n"
              + diff(expected, written));
    }
  }

  /** The first differing line with two lines of context, numbered. */
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
