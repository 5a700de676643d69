package id.standarpelayanan.io;

import id.standarpelayanan.io.StandardsDocument.Record;
import id.standarpelayanan.io.internal.CloseableIterator;
import id.standarpelayanan.io.internal.PositionRecorder;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;

/**
 * Reads any document this library defines in one call — a catalogue or one standard, JSON or XML, a
 * JSON array or NDJSON of standards — telling the kind by content as {@code sp validate} does
 * ({@link DocumentKind}), and returns it typed ({@link StandardsDocument}).
 *
 * <p>Tell the result by its type ({@code Catalog}, {@code Standard}, {@code Records}) and close it
 * when done: a stream of records read from a file keeps the file open until then.
 *
 * <p>On request ({@link #withSourcePositions()}), it keeps where each value of a document came from
 * ({@link SourcePositions}: pointer to line and column, in JSON and XML), so that the checker's
 * findings can be placed on a line.
 *
 * <p>Immutable and thread-safe; reads with the codecs it was made with (their limits and
 * strictness).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StandardsDocuments {

  private static final StandardsDocuments STRICT =
      new StandardsDocuments(
          StandardsJson.builder().build(), StandardsXml.builder().build(), false);

  private final StandardsJson json;
  private final StandardsXml xml;
  private final boolean positions;

  private StandardsDocuments(StandardsJson json, StandardsXml xml, boolean positions) {
    this.json = json;
    this.xml = xml;
    this.positions = positions;
  }

  /**
   * Returns the reader with the default, strict codecs.
   *
   * @return the reader
   */
  public static StandardsDocuments strict() {
    return STRICT;
  }

  /**
   * Returns a reader with the given codecs.
   *
   * @param json the JSON codec
   * @param xml the XML codec
   * @return the reader
   * @throws NullPointerException if an argument is null
   */
  public static StandardsDocuments of(StandardsJson json, StandardsXml xml) {
    return new StandardsDocuments(
        Objects.requireNonNull(json, "json"), Objects.requireNonNull(xml, "xml"), false);
  }

  /**
   * Returns a reader like this one that also keeps where each value came from: the documents it
   * reads carry {@link SourcePositions} (for a stream, each record its own, relative to the
   * record). A catalogue of the maximum document length read this way holds its positions in memory
   * with it, some 150 bytes per value; the cost in time is measured in the project's {@code
   * ReadBenchmark}.
   *
   * @return the reader
   */
  public StandardsDocuments withSourcePositions() {
    return positions ? this : new StandardsDocuments(json, xml, true);
  }

  /**
   * Tells whether documents read by this reader carry their source positions.
   *
   * @return whether positions are kept
   */
  public boolean keepsSourcePositions() {
    return positions;
  }

  /**
   * Reads a file. A stream of records keeps the file open until the document is closed; a whole
   * document is read and the file closed before this returns. A name ending in {@code .ndjson} or
   * {@code .jsonl} helps tell NDJSON whose first record is longer than {@link DocumentKind#HEAD}.
   *
   * @param path the file
   * @return the document
   * @throws IOException if the file cannot be opened or read
   * @throws StandardsReadException if a whole document is unreadable or invalid, located
   * @throws NullPointerException if {@code path} is null
   */
  public StandardsDocument read(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    InputStream in = Files.newInputStream(path);
    try {
      StandardsDocument document = read(in, name == null ? "" : name.toString(), in);
      if (!(document instanceof StandardsDocument.Records)) {
        in.close();
      }
      return document;
    } catch (IOException | RuntimeException | Error e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads a stream, which is not closed (also not when the document is).
   *
   * @param in the document
   * @param name the document's file name if it has one, else {@code ""} (see {@link #read(Path)})
   * @return the document
   * @throws IOException if reading the stream fails
   * @throws StandardsReadException if a whole document is unreadable or invalid, located
   * @throws NullPointerException if an argument is null
   */
  public StandardsDocument read(InputStream in, String name) throws IOException {
    return read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(name, "name"), () -> {});
  }

  /**
   * Reads a document in memory (UTF-8, UTF-16 or UTF-32 with its BOM, as the codecs read).
   *
   * @param document the bytes
   * @return the document
   * @throws StandardsReadException if a whole document is unreadable or invalid, located
   * @throws NullPointerException if {@code document} is null
   */
  public StandardsDocument read(byte[] document) {
    try {
      return read(new ByteArrayInputStream(Objects.requireNonNull(document, "document")), "");
    } catch (IOException e) {
      throw new AssertionError("a byte array cannot fail to be read", e);
    }
  }

  /**
   * Reads a document given as text.
   *
   * @param document the text
   * @return the document
   * @throws StandardsReadException if a whole document is unreadable or invalid, located
   * @throws NullPointerException if {@code document} is null
   */
  public StandardsDocument read(String document) {
    return read(Objects.requireNonNull(document, "document").getBytes(StandardCharsets.UTF_8));
  }

  private StandardsDocument read(InputStream raw, String name, Closeable input) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, DocumentKind.HEAD);
    in.mark(DocumentKind.HEAD);
    byte[] head = in.readNBytes(DocumentKind.HEAD);
    in.reset();
    DocumentKind kind = DocumentKind.detect(head, head.length, name);
    PositionRecorder recorder = positions ? new PositionRecorder() : null;
    return switch (kind) {
      case JSON_CATALOG -> catalog(kind, json.read(in, StandardsCatalog.class, recorder), recorder);
      case XML_CATALOG -> catalog(kind, xml.read(in, StandardsCatalog.class, recorder), recorder);
      case JSON_STANDARD ->
          standard(kind, json.read(in, ServiceStandard.class, recorder), recorder);
      case XML_STANDARD -> standard(kind, xml.read(in, ServiceStandard.class, recorder), recorder);
      case JSON_ARRAY ->
          new StandardsDocument.Records(
              kind, records(bad -> json.records(in, true, bad, positions)), input);
      case NDJSON ->
          new StandardsDocument.Records(
              kind, records(bad -> json.records(in, false, bad, positions)), input);
    };
  }

  private static StandardsDocument catalog(
      DocumentKind kind, StandardsCatalog catalog, PositionRecorder recorder) {
    return new StandardsDocument.Catalog(kind, catalog, taken(recorder));
  }

  private static StandardsDocument standard(
      DocumentKind kind, ServiceStandard standard, PositionRecorder recorder) {
    return new StandardsDocument.Standard(kind, standard, taken(recorder));
  }

  private static SourcePositions taken(PositionRecorder recorder) {
    return recorder == null ? SourcePositions.none() : recorder.take();
  }

  /** The good standards of a stream and its bad records' errors, merged in document order. */
  private static Stream<Record> records(
      Function<Consumer<StandardsReadException>, CloseableIterator<ServiceStandard>> open) {
    ArrayDeque<StandardsReadException> bad = new ArrayDeque<>();
    CloseableIterator<ServiceStandard> good = open.apply(bad::add);
    Iterator<Record> merged =
        new Iterator<>() {
          private long next;

          @Override
          public boolean hasNext() {
            // Reading on to the next good standard reports the bad records before it first.
            return !bad.isEmpty() || good.hasNext() || !bad.isEmpty();
          }

          @Override
          public Record next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            StandardsReadException error = bad.poll();
            if (error != null) {
              long index = error.getRecordIndex().orElse(next);
              next = index + 1;
              return new Record(index, Optional.empty(), Optional.of(error));
            }
            ServiceStandard standard = good.next();
            return new Record(next++, Optional.of(standard), Optional.empty(), good.positions());
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(good::close);
  }
}
