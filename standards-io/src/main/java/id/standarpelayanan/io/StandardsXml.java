package id.standarpelayanan.io;

import id.standarpelayanan.io.internal.PositionRecorder;
import id.standarpelayanan.io.internal.XmlCore;
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
 * The XML codec. XML mirrors the JSON document element for element in the namespace {@code
 * urn:standar-pelayanan:1.0}: the root is {@code <catalog>} or {@code <standard>} with a first
 * child {@code <schemaVersion>1.1</schemaVersion>} (1.0 is read too; the namespace stays {@code
 * urn:standar-pelayanan:1.0} for every 1.x version); each JSON property is an element of the same
 * name; lists are wrapped with singular item names ({@code <requirements><requirement>}, {@code
 * <legalBasis><legalReference>}, {@code <facilities><facility>}, {@code
 * <vulnerableGroups><vulnerableGroup>}, {@code <standards><standard>}…); the {@code extensions} map
 * is {@code <extensions><extension><key>k</key><value>v</value> </extension></extensions>}; an
 * empty object is an empty element. Elements only: an attribute is an error. A repeated element
 * that is not a list item is an error.
 *
 * <p>XML 1.0 cannot carry most control characters (U+0000–U+001F other than tab, line feed and
 * carriage return): writing a model whose text holds one throws {@link IllegalArgumentException}
 * (the JSON codec writes it escaped). A carriage return is written as {@code &#13;} so that it
 * survives reading.
 *
 * <p>Reading never processes a DTD: a document with one (hence any XXE or entity-expansion
 * document) is rejected with {@link ReadErrorCode#FORBIDDEN_DTD}, and no file or URL is ever
 * opened. Immutable and thread-safe: build once, share.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StandardsXml implements StandardsCodec {

  /** Rethrows a bad record's exception: the streams' fail-fast policy. */
  private static final Consumer<StandardsReadException> FAIL_FAST =
      e -> {
        throw e;
      };

  private final XmlCore core;

  private StandardsXml(XmlCore core) {
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
   * Streams the standards of a catalogue document one at a time, stopping at the first bad one. The
   * catalogue's other elements are checked for names, repetition and {@code schemaVersion} but not
   * bound: read the whole catalogue with {@link #readCatalog(InputStream)} to check them fully.
   * Close the stream to release the parser; the input is not closed.
   *
   * @param in the input
   * @return the standards, lazily read
   * @throws StandardsReadException when a bad standard is reached (from the stream's operations)
   */
  public Stream<ServiceStandard> streamCatalog(InputStream in) {
    return streamCatalog(in, FAIL_FAST);
  }

  /**
   * Streams the standards of a catalogue document, passing each bad standard's exception (with its
   * index, line, column and pointer) to {@code onBadRecord} and going on with the next one. A
   * handler that throws stops the stream. Malformed XML, a DTD or a limit ends the stream with an
   * exception whatever the handler. Each {@code <standard>}, and the input between two, may be at
   * most {@link ReadLimits#maxRecordLength()} long: endless whitespace or an endless comment ends
   * the stream with {@link ReadErrorCode#LIMIT_EXCEEDED} ({@code recordLength}).
   *
   * @param in the input
   * @param onBadRecord receives the bad standards' exceptions
   * @return the good standards, lazily read
   */
  public Stream<ServiceStandard> streamCatalog(
      InputStream in, Consumer<? super StandardsReadException> onBadRecord) {
    return core.records(in, onBadRecord).stream();
  }

  /** Reads a document, recording its positions when a recorder is given (StandardsDocuments). */
  <T> T read(InputStream in, Class<T> type, PositionRecorder recorder) {
    return core.read(in, type, recorder);
  }

  /** Builds a {@link StandardsXml}: see the settings' methods. Not thread-safe. */
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
    public StandardsXml build() {
      return new StandardsXml(new XmlCore(pretty, ignoreUnknownFields, limits));
    }
  }
}
