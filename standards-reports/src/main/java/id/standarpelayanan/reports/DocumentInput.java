package id.standarpelayanan.reports;

import id.standarpelayanan.reports.internal.NotRegularFile;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A document to read and check (dokumen masukan): a file, a stream or anything an {@link Opener}
 * opens, with the name reports give it and the URI reference SARIF locates it by.
 *
 * <ul>
 *   <li>A file is opened only when it is read, and only if it is a regular file: a directory, a
 *       FIFO, a socket or a device ({@code /dev/zero}) is refused before it is opened, so that it
 *       can neither block the reader nor feed it without end ({@code IS_DIRECTORY}, {@code
 *       NOT_REGULAR_FILE} in {@link Outcome.Unreadable}).
 *   <li>A stream given by the caller is not closed by this library; it can be read only once.
 *   <li>Immutable; whether it may be read more than once or from several threads is the opener's
 *       matter (a file: yes; a stream: no).
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DocumentInput {

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

  private final String name;
  private final String uri;
  private final String fileName;
  private final Opener opener;

  private DocumentInput(String name, String uri, String fileName, Opener opener) {
    this.name = name;
    this.uri = uri;
    this.fileName = fileName;
    this.opener = opener;
  }

  /**
   * Returns a file, named in reports as the path is written.
   *
   * @param path the file
   * @return the input
   * @throws NullPointerException if {@code path} is null
   */
  public static DocumentInput of(Path path) {
    return of(path, Objects.requireNonNull(path, "path").toString());
  }

  /**
   * Returns a file with the name reports give it (for example the argument a user typed). Its URI
   * is relative to the working directory when the path is relative, as SARIF prefers, and the
   * absolute {@code file:} URI otherwise.
   *
   * @param path the file
   * @param name the name in reports
   * @return the input
   * @throws NullPointerException if an argument is null
   */
  public static DocumentInput of(Path path, String name) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    String uri =
        path.isAbsolute()
            ? path.toUri().toString()
            : Path.of("")
                .toAbsolutePath()
                .toUri()
                .relativize(path.toAbsolutePath().toUri())
                .toString();
    Path fileName = path.getFileName();
    return new DocumentInput(
        name, uri, fileName == null ? name : fileName.toString(), () -> open(path));
  }

  /**
   * Returns a stream, which this library reads once and does not close. Its URI is the name as a
   * relative URI reference (percent-encoded); change it with {@link #withUri(String)}. A name
   * ending in {@code .ndjson} or {@code .jsonl} helps tell NDJSON (see {@code StandardsDocuments}).
   *
   * @param in the document
   * @param name the name in reports, for example the uploaded file's name
   * @return the input
   * @throws NullPointerException if an argument is null
   */
  public static DocumentInput of(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return new DocumentInput(
        name,
        uriReference(name),
        name,
        () ->
            new FilterInputStream(in) {
              @Override
              public void close() {
                // The caller's stream: it stays open.
              }
            });
  }

  /**
   * Returns a document any opener opens, for example a resource or an upload kept in memory. Each
   * reading opens it anew and closes what the opener returned.
   *
   * @param name the name in reports
   * @param uri the URI reference in SARIF reports
   * @param opener opens the document
   * @return the input
   * @throws NullPointerException if an argument is null
   */
  public static DocumentInput of(String name, String uri, Opener opener) {
    Objects.requireNonNull(name, "name");
    return new DocumentInput(
        name, Objects.requireNonNull(uri, "uri"), name, Objects.requireNonNull(opener, "opener"));
  }

  /**
   * Returns this document with another URI reference in SARIF reports.
   *
   * @param uri the URI reference, for example {@code stdin}
   * @return the input
   * @throws NullPointerException if {@code uri} is null
   */
  public DocumentInput withUri(String uri) {
    return new DocumentInput(name, Objects.requireNonNull(uri, "uri"), fileName, opener);
  }

  /**
   * Returns the name reports give the document.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the document as a URI reference, as SARIF locates it.
   *
   * @return the URI reference
   */
  public String uri() {
    return uri;
  }

  /**
   * Opens the document.
   *
   * @return a new stream, to be closed by the caller (closing a caller's stream leaves it open)
   * @throws java.nio.file.NoSuchFileException if a file does not exist
   * @throws java.nio.file.AccessDeniedException if a file may not be read
   * @throws IOException if a file is not a regular file, or the document cannot be opened
   */
  public InputStream open() throws IOException {
    return opener.open();
  }

  /** The file name that helps tell the document's kind. */
  String fileName() {
    return fileName;
  }

  @Override
  public String toString() {
    return "DocumentInput[" + name + ", " + uri + "]";
  }

  /**
   * Opens a regular file. Anything else is refused before it is opened, so that a FIFO or a device
   * ({@code /dev/zero}, {@code /dev/random}) cannot block or feed the reader without end.
   */
  private static InputStream open(Path path) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new NotRegularFile(path.toString(), attributes.isDirectory());
    }
    return Files.newInputStream(path);
  }

  /** A name as a relative URI reference: percent-encoded, never taken for a scheme. */
  private static String uriReference(String name) {
    try {
      String encoded = new URI(null, null, name, null).toASCIIString();
      int colon = encoded.indexOf(':');
      int slash = encoded.indexOf('/');
      return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a path is always quoted into a URI: " + name, e);
    }
  }
}
