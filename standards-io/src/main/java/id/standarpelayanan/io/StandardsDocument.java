package id.standarpelayanan.io;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A document read by {@link StandardsDocuments}, of whichever kind its content showed: a whole
 * catalogue, one standard, or a stream of standards (a JSON array or NDJSON) whose bad records are
 * reported among the good ones.
 *
 * <p>Close it when done (try-with-resources): a stream of records may still hold its input open.
 * Closing a whole document does nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface StandardsDocument extends Closeable
    permits StandardsDocument.Catalog, StandardsDocument.Standard, StandardsDocument.Records {

  /**
   * Returns the kind the content showed.
   *
   * @return the kind
   */
  DocumentKind kind();

  /**
   * Returns where the values of a whole document came from, if the reader kept them ({@link
   * StandardsDocuments#withSourcePositions()}); a stream's records carry their own.
   *
   * @return the positions, {@link SourcePositions#none()} for a stream or when not kept
   */
  default SourcePositions positions() {
    return SourcePositions.none();
  }

  /** Releases the input of a stream of records; does nothing for a whole document. */
  @Override
  default void close() {}

  /**
   * A catalogue of service standards (katalog standar pelayanan), JSON or XML.
   *
   * @param kind {@link DocumentKind#JSON_CATALOG} or {@link DocumentKind#XML_CATALOG}
   * @param catalog the catalogue
   * @param positions where its values came from, {@link SourcePositions#none()} if not kept
   */
  record Catalog(DocumentKind kind, StandardsCatalog catalog, SourcePositions positions)
      implements StandardsDocument {
    /**
     * Makes the document.
     *
     * @param kind the kind
     * @param catalog the catalogue
     * @param positions its positions
     * @throws NullPointerException if an argument is null
     */
    public Catalog {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(positions, "positions");
    }

    /**
     * Makes the document, without positions.
     *
     * @param kind the kind
     * @param catalog the catalogue
     * @throws NullPointerException if an argument is null
     */
    public Catalog(DocumentKind kind, StandardsCatalog catalog) {
      this(kind, catalog, SourcePositions.none());
    }
  }

  /**
   * One service standard, JSON or XML.
   *
   * @param kind {@link DocumentKind#JSON_STANDARD} or {@link DocumentKind#XML_STANDARD}
   * @param standard the standard
   * @param positions where its values came from, {@link SourcePositions#none()} if not kept
   */
  record Standard(DocumentKind kind, ServiceStandard standard, SourcePositions positions)
      implements StandardsDocument {
    /**
     * Makes the document.
     *
     * @param kind the kind
     * @param standard the standard
     * @param positions its positions
     * @throws NullPointerException if an argument is null
     */
    public Standard {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(standard, "standard");
      Objects.requireNonNull(positions, "positions");
    }

    /**
     * Makes the document, without positions.
     *
     * @param kind the kind
     * @param standard the standard
     * @throws NullPointerException if an argument is null
     */
    public Standard(DocumentKind kind, ServiceStandard standard) {
      this(kind, standard, SourcePositions.none());
    }
  }

  /**
   * One record of a stream: a standard, or the error that kept it from being read. The stream goes
   * on after a bad record.
   *
   * @param index the record's 0-based position in the stream
   * @param standard the standard, if the record could be read
   * @param error why it could not, otherwise (located, with its record index)
   * @param positions where the standard's values came from, relative to the record; {@link
   *     SourcePositions#none()} for a bad record or when not kept
   */
  record Record(
      long index,
      Optional<ServiceStandard> standard,
      Optional<StandardsReadException> error,
      SourcePositions positions) {
    /**
     * Makes a record, without positions.
     *
     * @param index the position
     * @param standard the standard
     * @param error the error
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if both or neither of {@code standard} and {@code error} are
     *     present, or {@code index} is negative
     */
    public Record(
        long index, Optional<ServiceStandard> standard, Optional<StandardsReadException> error) {
      this(index, standard, error, SourcePositions.none());
    }

    /**
     * Makes a record.
     *
     * @param index the position
     * @param standard the standard
     * @param error the error
     * @param positions the standard's positions
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if both or neither of {@code standard} and {@code error} are
     *     present, or {@code index} is negative
     */
    public Record {
      Objects.requireNonNull(standard, "standard");
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(positions, "positions");
      if (standard.isPresent() == error.isPresent()) {
        throw new IllegalArgumentException("a record holds a standard or an error, not both");
      }
      if (index < 0) {
        throw new IllegalArgumentException("a record index must not be negative: " + index);
      }
    }
  }

  /**
   * A stream of standards: a JSON array or NDJSON (one standard per line). Its records are read as
   * {@link #records()} is consumed, so any number of them takes bounded memory.
   */
  final class Records implements StandardsDocument {

    private final DocumentKind kind;
    private final Stream<Record> records;
    private final Closeable input;

    Records(DocumentKind kind, Stream<Record> records, Closeable input) {
      this.kind = kind;
      this.records = records;
      this.input = input;
    }

    @Override
    public DocumentKind kind() {
      return kind;
    }

    /**
     * Returns the records, in document order. The stream can be consumed once; a failure that ends
     * the document (a limit, an unreadable input) ends it with an exception from the stream's
     * operations, after the records before it.
     *
     * @return the records
     */
    public Stream<Record> records() {
      return records;
    }

    /**
     * Closes the records' stream and, for a document read from a {@link java.nio.file.Path}, the
     * file.
     *
     * @throws UncheckedIOException if closing the file fails
     */
    @Override
    public void close() {
      records.close();
      try {
        input.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
