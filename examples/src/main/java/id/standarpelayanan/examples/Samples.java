package id.standarpelayanan.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the examples find the sample data of {@code examples/data}, from the repository or the
 * module.
 */
final class Samples {

  private Samples() {}

  /**
   * Returns a file of {@code examples/data}, whether run from the repository root or the module.
   *
   * @param name the file name
   * @return the path
   */
  static Path file(String name) {
    Path fromRoot = Path.of("examples", "data", name);
    return Files.exists(fromRoot) ? fromRoot : Path.of("data", name);
  }
}
