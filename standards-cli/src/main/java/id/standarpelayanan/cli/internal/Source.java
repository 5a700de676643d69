package id.standarpelayanan.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A document to read: a file, standard input or the embedded sample.
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
      return new Source(
          language.message("input.stdin"),
          "stdin",
          () ->
              new java.io.FilterInputStream(environment.in()) {
                @Override
                public void close() {}
              });
    }
    Path path = Path.of(argument);
    // SARIF prefers URIs relative to the working directory for files given relatively.
    String uri =
        path.isAbsolute()
            ? path.toUri().toString()
            : Path.of("")
                .toAbsolutePath()
                .toUri()
                .relativize(path.toAbsolutePath().toUri())
                .toString();
    return new Source(argument, uri, () -> open(path));
  }

  /**
   * Opens a regular file. Anything else is refused before it is opened, so that a FIFO or a device
   * ({@code /dev/zero}, {@code /dev/random}) cannot block or feed the tool without end.
   *
   * @param path the file
   * @return a new stream
   * @throws IOException if it does not exist ({@link java.nio.file.NoSuchFileException}), is not a
   *     regular file ({@link NotARegularFile}) or cannot be opened
   */
  static InputStream open(Path path) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new NotARegularFile(path.toString(), attributes.isDirectory());
    }
    return Files.newInputStream(path);
  }

  /** A FILE argument that names a directory, a FIFO, a socket or a device. */
  public static final class NotARegularFile extends IOException {
    private static final long serialVersionUID = 1L;

    /** Whether it is a directory. */
    private final boolean directory;

    /**
     * Creates the failure.
     *
     * @param file the file
     * @param directory whether it is a directory
     */
    public NotARegularFile(String file, boolean directory) {
      super(file);
      this.directory = directory;
    }

    /**
     * Tells whether the file is a directory.
     *
     * @return whether it is a directory
     */
    public boolean directory() {
      return directory;
    }
  }

  /**
   * Returns the embedded sample.
   *
   * @param language the language of its name
   * @return the source
   */
  public static Source sample(Language language) {
    return new Source(
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
