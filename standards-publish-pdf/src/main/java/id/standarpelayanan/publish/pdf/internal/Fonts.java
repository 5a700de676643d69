package id.standarpelayanan.publish.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The font the PDF embeds: Noto Sans Regular and Bold (SIL Open Font License 1.1, from Debian's
 * {@code fonts-noto-core}; see {@code fonts/README.md} beside the files). Read from the jar once,
 * when the publisher is built; each rendering parses its own copy from these bytes, since a PDFBox
 * font belongs to one document.
 */
public final class Fonts {

  /** The family name under which the CSS asks for the font. */
  public static final String FAMILY = "Noto Sans";

  /**
   * Every other family name the font answers to: the CSS generic families and the system names a
   * stylesheet written for browsers may use. Without them a name the renderer does not know would
   * fall back to a PDF base-14 font, which is not embedded.
   */
  public static final List<String> ALIASES =
      List.of(
          "sans-serif",
          "serif",
          "monospace",
          "cursive",
          "fantasy",
          "system-ui",
          "ui-sans-serif",
          "ui-serif",
          "ui-monospace",
          "-apple-system",
          "BlinkMacSystemFont",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Helvetica",
          "Arial",
          "Liberation Sans",
          "DejaVu Sans",
          "Times New Roman",
          "Times",
          "Georgia",
          "Courier New",
          "Courier",
          "Noto Sans Mono",
          "Consolas",
          "Menlo");

  private final byte[] regular;
  private final byte[] bold;

  private Fonts(byte[] regular, byte[] bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /**
   * Reads the two font files from the jar.
   *
   * @return the fonts
   * @throws UncheckedIOException when the jar lacks them (a broken build)
   */
  public static Fonts load() {
    return new Fonts(read("NotoSans-Regular.ttf"), read("NotoSans-Bold.ttf"));
  }

  /**
   * Opens the regular face.
   *
   * @return a fresh stream over the font file
   */
  public InputStream regular() {
    return new ByteArrayInputStream(regular);
  }

  /**
   * Opens the bold face.
   *
   * @return a fresh stream over the font file
   */
  public InputStream bold() {
    return new ByteArrayInputStream(bold);
  }

  private static byte[] read(String name) {
    try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("font missing from the jar: fonts/" + name));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
