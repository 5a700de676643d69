package id.standarpelayanan.cli.internal;

import id.standarpelayanan.io.DocumentKind;
import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads whole documents of either format and either root, told by content. */
public final class Documents {

  private final StandardsJson json;
  private final StandardsXml xml;

  /** Creates the reader with the default, strict codecs. */
  public Documents() {
    this(StandardsJson.builder().build(), StandardsXml.builder().build());
  }

  /**
   * Creates the reader.
   *
   * @param json the JSON codec
   * @param xml the XML codec
   */
  public Documents(StandardsJson json, StandardsXml xml) {
    this.json = json;
    this.xml = xml;
  }

  /**
   * Returns the JSON codec.
   *
   * @return the codec
   */
  public StandardsJson json() {
    return json;
  }

  /**
   * Returns the XML codec.
   *
   * @return the codec
   */
  public StandardsXml xml() {
    return xml;
  }

  /**
   * Wraps a stream so that its head can be sniffed and then read again.
   *
   * @param in the raw stream
   * @param name the document's name
   * @param consumer what to do with the sniffed kind and the rewound stream
   * @param <T> the result
   * @return the consumer's result
   * @throws IOException if reading fails
   */
  public static <T> T sniffed(InputStream in, String name, SniffedReader<T> consumer)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, DocumentKind.HEAD);
    buffered.mark(DocumentKind.HEAD);
    byte[] head = buffered.readNBytes(DocumentKind.HEAD);
    buffered.reset();
    return consumer.read(DocumentKind.detect(head, head.length, name), buffered);
  }

  /** Reads a sniffed document. */
  @FunctionalInterface
  public interface SniffedReader<T> {
    /**
     * Reads it.
     *
     * @param kind the kind
     * @param in the stream, at the start of the document
     * @return the result
     * @throws IOException if reading fails
     */
    T read(DocumentKind kind, InputStream in) throws IOException;
  }

  /**
   * A whole document: a catalogue or one standard.
   *
   * @param catalog the catalogue, if the root is one
   * @param standard the standard, if the root is one
   */
  public record Document(Optional<StandardsCatalog> catalog, Optional<ServiceStandard> standard) {}

  /**
   * Reads a whole document of a single-document kind.
   *
   * @param kind the kind, not an array or NDJSON
   * @param in the stream
   * @return the document
   * @throws IllegalArgumentException for an array or NDJSON kind
   */
  public Document read(DocumentKind kind, InputStream in) {
    return switch (kind) {
      case JSON_CATALOG -> new Document(Optional.of(json.readCatalog(in)), Optional.empty());
      case JSON_STANDARD -> new Document(Optional.empty(), Optional.of(json.readStandard(in)));
      case XML_CATALOG -> new Document(Optional.of(xml.readCatalog(in)), Optional.empty());
      case XML_STANDARD -> new Document(Optional.empty(), Optional.of(xml.readStandard(in)));
      case JSON_ARRAY, NDJSON ->
          throw new IllegalArgumentException("not a single document: " + kind);
    };
  }
}
