package id.standarpelayanan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The published schemas, which describe exactly what the codecs accept: JSON Schema (draft 2020-12)
 * and XSD 1.0, for a catalogue and for a single standard. Each is a class-path resource with a
 * stable name under {@code /id/standarpelayanan/io/schema/}; the catalogue schemas refer to the
 * standard schemas by relative name ({@code standard.schema.json}, {@code standard.xsd}), so keep
 * them side by side when copying.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum Schema {
  /** JSON Schema of a catalogue document. */
  CATALOG_JSON("catalog.schema.json"),
  /** JSON Schema of a single-standard document. */
  STANDARD_JSON("standard.schema.json"),
  /** XSD of a catalogue document. */
  CATALOG_XSD("catalog.xsd"),
  /** XSD of a single-standard document. */
  STANDARD_XSD("standard.xsd");

  private static final String FOLDER = "/id/standarpelayanan/io/schema/";

  private final String fileName;

  Schema(String fileName) {
    this.fileName = fileName;
  }

  /**
   * Returns the file name, e.g. {@code catalog.schema.json}.
   *
   * @return the name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the absolute class-path resource name, e.g. {@code
   * /id/standarpelayanan/io/schema/catalog.schema.json}.
   *
   * @return the resource name
   */
  public String resourceName() {
    return FOLDER + fileName;
  }

  /**
   * Returns the resource's URL.
   *
   * @return the URL
   */
  public URL url() {
    URL url = Schema.class.getResource(resourceName());
    if (url == null) {
      throw new IllegalStateException("missing resource " + resourceName());
    }
    return url;
  }

  /**
   * Opens the schema; the caller closes the stream.
   *
   * @return the UTF-8 bytes
   */
  public InputStream open() {
    InputStream in = Schema.class.getResourceAsStream(resourceName());
    if (in == null) {
      throw new IllegalStateException("missing resource " + resourceName());
    }
    return in;
  }

  /**
   * Returns the schema's text.
   *
   * @return the text
   * @throws UncheckedIOException if the resource cannot be read
   */
  public String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
