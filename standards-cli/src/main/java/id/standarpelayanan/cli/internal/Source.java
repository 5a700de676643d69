package id.standarpelayanan.cli.internal;

import id.standarpelayanan.reports.DocumentInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The documents {@code sp} reads, as {@link DocumentInput}s: a FILE argument, standard input
 * ({@code -}) or the embedded sample.
 */
public final class Source {

  /** The embedded sample catalogue of Kanwil Kemenag Aceh. */
  public static final String SAMPLE = "id/standarpelayanan/cli/samples/kanwil-kemenag-aceh.json";

  private Source() {}

  /**
   * Returns a file, named as the argument is written, or standard input for {@code "-"}.
   *
   * @param argument the command-line argument
   * @param environment where standard input comes from
   * @param language the language of the name given to standard input
   * @return the input
   */
  public static DocumentInput of(String argument, Environment environment, Language language) {
    if ("-".equals(argument)) {
      // Standard input belongs to the caller: DocumentInput does not close a stream it is given.
      return DocumentInput.of(environment.in(), language.message("input.stdin")).withUri("stdin");
    }
    return DocumentInput.of(Path.of(argument), argument);
  }

  /**
   * Returns the embedded sample.
   *
   * @param language the language of its name
   * @return the input
   */
  public static DocumentInput sample(Language language) {
    return DocumentInput.of(
        language.message("input.sample"),
        "kanwil-kemenag-aceh.json",
        () -> {
          // Through the class, not its loader: on the module path a loader does not reach the
          // resources of a named module's packages, the module's own classes do.
          InputStream in = Source.class.getResourceAsStream("/" + SAMPLE);
          if (in == null) {
            throw new IOException("missing resource " + SAMPLE);
          }
          return in;
        });
  }
}
