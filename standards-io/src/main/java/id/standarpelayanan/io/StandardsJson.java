package id.standarpelayanan.io;

import id.standarpelayanan.io.internal.CloseableIterator;
import id.standarpelayanan.io.internal.JsonCore;
import id.standarpelayanan.io.internal.PositionRecorder;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The JSON codec, the canonical wire format: {@code {"schemaVersion": "1.1", ...}} with camelCase
 * keys equal to the model's property names, enums as constant names, ISO-8601 dates, whole rupiah
 * as integers, a {@code TimeSpan} as {@code {"amount": 3, "unit": "WORKING_DAYS"}}. Absent optional
 * values and empty lists, sets and maps are left out (reading accepts them absent or empty); {@code
 * free} and {@code mandatory} are always written. Properties come in the order of the JSON Schema,
 * sets in enum order, {@code extensions} sorted by key.
 *
 * <p>Example: {@code ReadWriteExample} in the {@code examples} module ({@code
 * examples/src/main/java/id/standarpelayanan/examples/ReadWriteExample.java}), run by {@code
 * ExamplesTest}: it reads the sample catalogue from JSON, writes and reads it back as XML, and
 * shows where and why a broken JSON document fails.
 *
 * <p>Immutable and thread-safe: build once, share.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StandardsJson implements StandardsCodec {

  /** Rethrows a bad record's exception: the streams' fail-fast policy. */
  private static final Consumer<StandardsReadException> FAIL_FAST =
      e -> {
        throw e;
      };

  private final JsonCore core;

  private StandardsJson(JsonCore core) {
    this.core = core;
  }

  /**
   * Returns a builder: compact output, strict reading, {@link ReadLimits#defaults()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public StandardsCatalog readCatalog(InputStream in) {
    return core.read(Objects.requireNonNull(in, "in"), StandardsCatalog.class);
  }

  @Override
  public StandardsCatalog readCatalog(Reader in) {
    return core.read(Objects.requireNonNull(in, "in"), StandardsCatalog.class);
  }

  @Override
  public ServiceStandard readStandard(InputStream in) {
    return core.read(Objects.requireNonNull(in, "in"), ServiceStandard.class);
  }

  @Override
  public ServiceStandard readStandard(Reader in) {
    return core.read(Objects.requireNonNull(in, "in"), ServiceStandard.class);
  }

  @Override
  public void write(StandardsCatalog catalog, OutputStream out) {
    core.write(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public void write(ServiceStandard standard, OutputStream out) {
    core.write(Objects.requireNonNull(standard, "standard"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public String writeToString(StandardsCatalog catalog) {
    return core.writeToString(Objects.requireNonNull(catalog, "catalog"));
  }

  @Override
  public String writeToString(ServiceStandard standard) {
    return core.writeToString(Objects.requireNonNull(standard, "standard"));
  }

  /**
   * Streams the standards of a JSON array ({@code [ {...}, {...} ]}) one at a time, stopping at the
   * first bad record with its exception. Each element is a standard, optionally with {@code
   * "schemaVersion": "1.1"} (or "1.0"). Close the stream to release the parser; the input is not
   * closed.
   *
   * @param in the input
   * @return the standards, lazily read
   * @throws StandardsReadException when a bad record is reached (from the stream's operations)
   */
  public Stream<ServiceStandard> streamArray(InputStream in) {
    return streamArray(Objects.requireNonNull(in, "in"), FAIL_FAST);
  }

  /**
   * Streams the standards of a JSON array, passing each bad record's exception (with {@link
   * StandardsReadException#getRecordIndex() its index}, line, column and pointer) to {@code
   * onBadRecord} and going on with the next record. A handler that throws stops the stream. Errors
   * that leave no way to find the next record (malformed JSON, limits, I/O) end the stream with an
   * exception whatever the handler. Each record, and the input between two records, is bounded by
   * {@link ReadLimits#maxRecordLength()}, so that {@code [} followed by endless whitespace ends
   * with a located {@link ReadErrorCode#LIMIT_EXCEEDED}.
   *
   * @param in the input
   * @param onBadRecord receives the bad records' exceptions
   * @return the good standards, lazily read
   */
  public Stream<ServiceStandard> streamArray(
      InputStream in, Consumer<? super StandardsReadException> onBadRecord) {
    return core
        .records(
            Objects.requireNonNull(in, "in"),
            true,
            Objects.requireNonNull(onBadRecord, "onBadRecord"))
        .stream();
  }

  /**
   * Streams newline-delimited JSON (one standard document per line), stopping at the first bad
   * record. Blank lines are skipped; a UTF-8 byte order mark at the start is allowed; two documents
   * on one line are an error ({@link ReadErrorCode#TRAILING_CONTENT}), not two records.
   *
   * @param in the input
   * @return the standards, lazily read
   * @throws StandardsReadException when a bad record is reached (from the stream's operations)
   */
  public Stream<ServiceStandard> streamLines(InputStream in) {
    return streamLines(Objects.requireNonNull(in, "in"), FAIL_FAST);
  }

  /**
   * Streams newline-delimited JSON, reporting each bad line's exception (with its record index,
   * line, column and pointer) to {@code onBadRecord} and going on with the next line, whatever was
   * wrong with the bad one: malformed, not UTF-8, a key given twice, over a limit. Each line, and
   * the blank lines between two records, is bounded by {@link ReadLimits#maxRecordLength()}. Only a
   * failure of the input itself, or a line or gap over the record length, ends the stream with an
   * exception. A handler that throws stops the stream.
   *
   * @param in the input
   * @param onBadRecord receives the bad records' exceptions
   * @return the good standards, lazily read
   */
  public Stream<ServiceStandard> streamLines(
      InputStream in, Consumer<? super StandardsReadException> onBadRecord) {
    return core
        .records(
            Objects.requireNonNull(in, "in"),
            false,
            Objects.requireNonNull(onBadRecord, "onBadRecord"))
        .stream();
  }

  /** Reads a document, recording its positions when a recorder is given (StandardsDocuments). */
  <T> T read(InputStream in, Class<T> type, PositionRecorder recorder) {
    return core.read(in, type, recorder);
  }

  /** The records of an array or NDJSON, with their positions on request (StandardsDocuments). */
  CloseableIterator<ServiceStandard> records(
      InputStream in,
      boolean array,
      Consumer<? super StandardsReadException> onBadRecord,
      boolean keepPositions) {
    return core.records(in, array, onBadRecord, keepPositions);
  }

  /** Builds a {@link StandardsJson}: see the settings' methods. Not thread-safe. */
  public static final class Builder extends CodecBuilder<Builder> {

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Builds the codec.
     *
     * @return the codec
     */
    public StandardsJson build() {
      return new StandardsJson(new JsonCore(pretty, ignoreUnknownFields, limits));
    }
  }
}
