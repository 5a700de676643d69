package id.standarpelayanan.examples;

import id.standarpelayanan.io.StandardsJson;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.io.StandardsXml;
import id.standarpelayanan.model.StandardsCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Reads the Kanwil Kemenag Aceh catalogue from JSON, writes it as XML, reads it back, and shows
 * what a strict reader says about a broken document: where, and what to fix.
 */
public final class ReadWriteExample {

  // Codecs are immutable and thread-safe: build them once and share them.
  private static final StandardsJson JSON = StandardsJson.builder().pretty(true).build();
  private static final StandardsXml XML = StandardsXml.builder().pretty(true).build();

  private ReadWriteExample() {}

  /**
   * Runs the round trip and the error demonstration.
   *
   * @param out where to print
   * @return the catalogue read back from XML
   */
  public static StandardsCatalog run(PrintStream out) {
    StandardsCatalog catalog;
    try (InputStream in = Files.newInputStream(Samples.file("kanwil-kemenag-aceh.json"))) {
      catalog = JSON.readCatalog(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String xml = XML.writeToString(catalog);
    StandardsCatalog back = XML.readCatalog(xml);
    out.println(
        "Standar: "
            + catalog.getStandards().size()
            + ", XML: "
            + xml.length()
            + " karakter, sama: "
            + back.equals(catalog));

    String broken =
        "{\"schemaVersion\": \"1.0\", \"standards\": [{\"id\": \"layanan\", \"name\": \"Layanan\", \"fee\": {\"free\": \"ya\"}}]}";
    try {
      JSON.readCatalog(broken);
    } catch (StandardsReadException e) {
      out.println(
          e.getCode()
              + " di "
              + e.getPointer()
              + " (baris "
              + e.getLine()
              + ", kolom "
              + e.getColumn()
              + "): "
              + e.getMessage());
      out.println("  en: " + e.getMessage(Locale.ENGLISH));
    }
    return back;
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
