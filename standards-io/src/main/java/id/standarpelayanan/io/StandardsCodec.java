package id.standarpelayanan.io;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads and writes whole documents: a catalogue ({@link StandardsCatalog}) or a single standard
 * ({@link ServiceStandard}). Implemented by {@link StandardsJson} and {@link StandardsXml}, so a
 * caller can choose the format at run time.
 *
 * <p>Writing to XML throws {@link IllegalArgumentException} for a text holding a character XML 1.0
 * cannot carry (see {@link StandardsXml}).
 *
 * <p>Reading is strict unless the codec was built to ignore unknown fields, bounded by the codec's
 * {@link ReadLimits}, and fails only with {@link StandardsReadException}. Writing is deterministic:
 * equal models give byte-identical documents (UTF-8 for byte output). Neither closes the caller's
 * streams. Implementations are immutable and thread-safe.
 *
 * <p>Each format implements reading from a stream or a reader and writing to a stream or a string;
 * the overloads for a {@code String}, a {@code byte[]} and a {@code Writer} are the same for both
 * formats and are written once here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface StandardsCodec permits StandardsJson, StandardsXml {

  /**
   * Reads a catalogue document.
   *
   * @param in the bytes (UTF-8 unless the document declares otherwise), not closed
   * @return the catalogue
   * @throws StandardsReadException if the document is malformed, unsafe, too large or not a
   *     catalogue
   */
  StandardsCatalog readCatalog(InputStream in);

  /**
   * Reads a catalogue document.
   *
   * @param in the characters, not closed
   * @return the catalogue
   * @throws StandardsReadException as {@link #readCatalog(InputStream)}
   */
  StandardsCatalog readCatalog(Reader in);

  /**
   * Reads a catalogue file.
   *
   * @param path the file
   * @return the catalogue
   * @throws IOException if the file cannot be opened or closed
   * @throws StandardsReadException as {@link #readCatalog(InputStream)} ({@link
   *     ReadErrorCode#WRONG_DOCUMENT_KIND} for a single standard)
   * @throws NullPointerException if {@code path} is null
   */
  default StandardsCatalog readCatalog(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(path, "path"))) {
      return readCatalog(in);
    }
  }

  /**
   * Reads a catalogue document.
   *
   * @param document the document
   * @return the catalogue
   * @throws StandardsReadException as {@link #readCatalog(InputStream)}
   */
  default StandardsCatalog readCatalog(String document) {
    return readCatalog(new StringReader(Objects.requireNonNull(document, "document")));
  }

  /**
   * Reads a catalogue document.
   *
   * @param document the bytes
   * @return the catalogue
   * @throws StandardsReadException as {@link #readCatalog(InputStream)}
   */
  default StandardsCatalog readCatalog(byte[] document) {
    return readCatalog(new ByteArrayInputStream(Objects.requireNonNull(document, "document")));
  }

  /**
   * Reads a single-standard document.
   *
   * @param in the bytes, not closed
   * @return the standard
   * @throws StandardsReadException if the document is malformed, unsafe, too large or not a
   *     standard
   */
  ServiceStandard readStandard(InputStream in);

  /**
   * Reads a single-standard document.
   *
   * @param in the characters, not closed
   * @return the standard
   * @throws StandardsReadException as {@link #readStandard(InputStream)}
   */
  ServiceStandard readStandard(Reader in);

  /**
   * Reads a single-standard file.
   *
   * @param path the file
   * @return the standard
   * @throws IOException if the file cannot be opened or closed
   * @throws StandardsReadException as {@link #readStandard(InputStream)} ({@link
   *     ReadErrorCode#WRONG_DOCUMENT_KIND} for a catalogue)
   * @throws NullPointerException if {@code path} is null
   */
  default ServiceStandard readStandard(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(path, "path"))) {
      return readStandard(in);
    }
  }

  /**
   * Reads a single-standard document.
   *
   * @param document the document
   * @return the standard
   * @throws StandardsReadException as {@link #readStandard(InputStream)}
   */
  default ServiceStandard readStandard(String document) {
    return readStandard(new StringReader(Objects.requireNonNull(document, "document")));
  }

  /**
   * Reads a single-standard document.
   *
   * @param document the bytes
   * @return the standard
   * @throws StandardsReadException as {@link #readStandard(InputStream)}
   */
  default ServiceStandard readStandard(byte[] document) {
    return readStandard(new ByteArrayInputStream(Objects.requireNonNull(document, "document")));
  }

  /**
   * Writes a catalogue document in UTF-8.
   *
   * @param catalog the catalogue
   * @param out the output, flushed, not closed
   * @throws UncheckedIOException if the output fails
   */
  void write(StandardsCatalog catalog, OutputStream out);

  /**
   * Writes a catalogue document.
   *
   * @param catalog the catalogue
   * @param out the output, flushed, not closed
   * @throws UncheckedIOException if the output fails
   */
  default void write(StandardsCatalog catalog, Writer out) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(out, "out");
    writeTo(writeToString(catalog), out);
  }

  /**
   * Writes a single-standard document in UTF-8.
   *
   * @param standard the standard
   * @param out the output, flushed, not closed
   * @throws UncheckedIOException if the output fails
   */
  void write(ServiceStandard standard, OutputStream out);

  /**
   * Writes a single-standard document.
   *
   * @param standard the standard
   * @param out the output, flushed, not closed
   * @throws UncheckedIOException if the output fails
   */
  default void write(ServiceStandard standard, Writer out) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(out, "out");
    writeTo(writeToString(standard), out);
  }

  /**
   * Returns a catalogue document; a pretty one ends with a line break.
   *
   * @param catalog the catalogue
   * @return the document
   */
  String writeToString(StandardsCatalog catalog);

  /**
   * Returns a single-standard document; a pretty one ends with a line break.
   *
   * @param standard the standard
   * @return the document
   */
  String writeToString(ServiceStandard standard);

  private static void writeTo(String document, Writer out) {
    try {
      out.write(document);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
