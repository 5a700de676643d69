package id.standarpelayanan.io;

import id.standarpelayanan.io.internal.CloseableIterator;
import id.standarpelayanan.io.internal.DocumentCore;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The document methods both codecs share, over a format's {@link DocumentCore}. */
abstract sealed class CodecBase implements StandardsCodec permits StandardsJson, StandardsXml {

  private final DocumentCore core;

  CodecBase(DocumentCore core) {
    this.core = core;
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
  public StandardsCatalog readCatalog(String document) {
    return core.read(Objects.requireNonNull(document, "document"), StandardsCatalog.class);
  }

  @Override
  public StandardsCatalog readCatalog(byte[] document) {
    return core.read(Objects.requireNonNull(document, "document"), StandardsCatalog.class);
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
  public ServiceStandard readStandard(String document) {
    return core.read(Objects.requireNonNull(document, "document"), ServiceStandard.class);
  }

  @Override
  public ServiceStandard readStandard(byte[] document) {
    return core.read(Objects.requireNonNull(document, "document"), ServiceStandard.class);
  }

  @Override
  public void write(StandardsCatalog catalog, OutputStream out) {
    core.write(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public void write(StandardsCatalog catalog, Writer out) {
    core.write(Objects.requireNonNull(catalog, "catalog"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public void write(ServiceStandard standard, OutputStream out) {
    core.write(Objects.requireNonNull(standard, "standard"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public void write(ServiceStandard standard, Writer out) {
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

  /** Rethrows a bad record's exception: the fail-fast policy. */
  static void failFast(StandardsReadException e) {
    throw e;
  }

  static Consumer<StandardsReadException> failFast() {
    return CodecBase::failFast;
  }

  /** Wraps a record iterator as a sequential stream that closes it. */
  static Stream<ServiceStandard> stream(CloseableIterator<ServiceStandard> records) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                records, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(records::close);
  }
}
