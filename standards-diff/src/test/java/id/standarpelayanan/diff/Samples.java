package id.standarpelayanan.diff;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The examples' sample catalogue and its next edition, read once. */
final class Samples {

  static final Path EXAMPLES = Path.of("..", "examples", "data");
  static final StandardsJson JSON = StandardsJson.builder().build();

  private Samples() {}

  static StandardsCatalog catalog(String file) {
    try {
      return JSON.readCatalog(EXAMPLES.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StandardsCatalog sample() {
    return catalog("kanwil-kemenag-aceh.json");
  }
}
