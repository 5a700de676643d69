package id.standarpelayanan.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document to read: a file, standard input or the embedded sample. Not API.
 *
 * @param name how reports name it
 * @param uri how SARIF names it: a relative URI reference
 * @param opener opens it
 */
public record Source(String name, String uri, Opener opener) {

  /** The embedded sample catalogue of Kanwil Kemenag Aceh. */
  public static final String SAMPLE = "id/standarpelayanan/cli/samples/kanwil-kemenag-aceh.json";

  /** Opens a document. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the document.
     *
     * @return a new stream, closed by the caller
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  /**
   * Returns a file, or standard input for {@code "-"}.
   *
   * @param argument the command-line argument
   * @param environment where standard input comes from
   * @param language the language of the name given to standard input
   * @return the source
   */
  public static Source of(String argument, Environment environment, Language language) {
    if ("-".equals(argument)) {
      // Standard input belongs to the caller: it is not closed with the document.
      return new Source(language.message("input.stdin"), "stdin", () -> new java.io.FilterInputStream(environment.in()) {
        @Override
        public void close() {}
      });
    }
    Path path = Path.of(argument);
    // SARIF prefers URIs relative to the working directory for files given relatively.
    String uri = path.isAbsolute()
        ? path.toUri().toString()
        : Path.of("").toAbsolutePath().toUri().relativize(path.toAbsolutePath().toUri()).toString();
    return new Source(argument, uri, () -> Files.newInputStream(path));
  }

  /**
   * Returns the embedded sample.
   *
   * @param language the language of its name
   * @return the source
   */
  public static Source sample(Language language) {
    return new Source(language.message("input.sample"), "kanwil-kemenag-aceh.json", () -> {
      InputStream in = Source.class.getClassLoader().getResourceAsStream(SAMPLE);
      if (in == null) {
        throw new IOException("missing resource " + SAMPLE);
      }
      return in;
    });
  }
}
