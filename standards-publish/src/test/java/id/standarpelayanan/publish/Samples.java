package id.standarpelayanan.publish;

import id.standarpelayanan.io.StandardsDocument;
import id.standarpelayanan.io.StandardsDocuments;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.testkit.GoldenFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    GoldenFiles.assertMatches(GOLDEN, name, written);
  }
}
