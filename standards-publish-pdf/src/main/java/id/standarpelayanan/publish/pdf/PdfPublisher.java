package id.standarpelayanan.publish.pdf;

import id.standarpelayanan.publish.pdf.internal.Fonts;
import id.standarpelayanan.publish.pdf.internal.Renderer;
import id.standarpelayanan.publish.pdf.internal.Xhtml;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.apiguardian.api.API;
import org.w3c.dom.Document;

/**
 * Writes the publications of standards-publish as PDF: tagged for assistive technology (PDF/UA),
 * archivable (PDF/A-3a, unless switched off), A4, "Halaman n dari m" / "Page n of m" in the footer
 * of every page, Noto Sans embedded (subset) so that no PDF base-14 font remains, table headers
 * repeated on every page, the draft watermark on every page of a draft, and the procedure
 * flowcharts drawn as vector paths.
 *
 * <p>Immutable and thread-safe: build once (the font files are read then), share, call {@code
 * write} from any thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PdfPublisher {

  /** The default of {@link Builder#maxHtmlLength(int)}: 16 million characters. */
  public static final int DEFAULT_MAX_HTML_LENGTH = 16 * 1024 * 1024;

  private final Renderer renderer;
  private final int maxHtmlLength;

  private PdfPublisher(Builder builder) {
    this.renderer = new Renderer(Fonts.load(), builder.archival);
    this.maxHtmlLength = builder.maxHtmlLength;
  }

  /**
   * Starts a publisher with the defaults: PDF/A-3a and PDF/UA, HTML up to {@link
   * #DEFAULT_MAX_HTML_LENGTH} characters.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes well-formed HTML as PDF: the lower-level entry for HTML rendered by standards-publish
   * (also from an office's own templates). The PDF's language, and that of the page footer, is the
   * {@code lang} of the {@code <html>} element.
   *
   * @param html the HTML, well-formed as XML (polyglot HTML5, as standards-publish writes it)
   * @param out where the PDF goes; not closed
   * @throws PdfPublishException when the HTML is not well-formed or longer than the limit
   * @throws IOException when {@code out} fails
   */
  public void write(String html, OutputStream out) throws IOException {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(out, "out");
    Document document = parse(html);
    renderer.render(document, Renderer.NO_OBJECTS, out);
  }

  private Document parse(String html) {
    if (html.length() > maxHtmlLength) {
      throw new PdfPublishException(PdfPublishException.Problem.TOO_LARGE, 0, 0, maxHtmlLength);
    }
    return Xhtml.parse(html);
  }

  /** Configures a {@link PdfPublisher}. Not thread-safe; the publisher it builds is. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private boolean archival = true;
    private int maxHtmlLength = DEFAULT_MAX_HTML_LENGTH;

    private Builder() {}

    /**
     * Whether the PDF also conforms to PDF/A-3a (archival: the sRGB output intent, XMP metadata);
     * on by default. PDF/UA tagging stays on either way.
     *
     * @param archival {@code false} for a PDF/UA document without the PDF/A claim
     * @return this builder
     */
    public Builder archival(boolean archival) {
      this.archival = archival;
      return this;
    }

    /**
     * The longest HTML, in characters, that the publisher renders; longer input fails with {@link
     * PdfPublishException.Problem#TOO_LARGE} before any layout, which keeps the memory of one
     * rendering bounded (the layout of a page needs the whole document). Default {@link
     * #DEFAULT_MAX_HTML_LENGTH}.
     *
     * @param maxHtmlLength the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code maxHtmlLength} is less than 1
     */
    public Builder maxHtmlLength(int maxHtmlLength) {
      if (maxHtmlLength < 1) {
        throw new IllegalArgumentException("maxHtmlLength must be at least 1: " + maxHtmlLength);
      }
      this.maxHtmlLength = maxHtmlLength;
      return this;
    }

    /**
     * Builds the publisher, reading the font files.
     *
     * @return the publisher
     */
    public PdfPublisher build() {
      return new PdfPublisher(this);
    }
  }
}
