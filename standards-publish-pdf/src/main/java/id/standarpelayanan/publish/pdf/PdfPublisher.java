package id.standarpelayanan.publish.pdf;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.Edition;
import id.standarpelayanan.publish.Layout;
import id.standarpelayanan.publish.Publisher;
import id.standarpelayanan.publish.pdf.internal.Flowcharts;
import id.standarpelayanan.publish.pdf.internal.Fonts;
import id.standarpelayanan.publish.pdf.internal.Renderer;
import id.standarpelayanan.publish.pdf.internal.Xhtml;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.w3c.dom.Document;

/**
 * Writes the publications of a {@link Publisher} (decree annex, public display, service pledge) as
 * PDF: tagged for assistive technology (PDF/UA) and archivable (PDF/A-3a, unless switched off), A4,
 * "Halaman n dari m" / "Page n of m" at the foot of every page, Noto Sans embedded (subset) so that
 * no PDF base-14 font remains, table headers repeated on every page a table spans, the DRAF / DRAFT
 * watermark on every page of a draft, and each procedure's flowchart drawn as vector paths from the
 * same geometry as its SVG.
 *
 * <pre>{@code
 * PdfPublisher pdf = PdfPublisher.builder()
 *     .publisher(Publisher.builder().locale(Locale.ENGLISH).build())
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("annex.pdf"))) {
 *   pdf.write(catalog, Layout.ANNEX, out);
 * }
 * }</pre>
 *
 * <p>What the claims rest on: veraPDF 1.30.2 finds no failed rule of PDF/UA-1 or PDF/A-3a in the
 * sample catalogue's PDFs (every layout, both languages, a draft) made with the built-in templates
 * (the module's {@code VeraPdfTest}). veraPDF checks the machine-checkable requirements only; the
 * reading order and the meaning of the alternative texts follow the HTML and are not judged by a
 * machine. An office's own template can produce markup the renderer cannot tag: list items shown
 * inline inside a block list lose their tags (openhtmltopdf 1.1.31), which breaks PDF/UA-1 (7.1-3).
 * Links get their text, or their {@code title}, as the alternative that PDF/UA asks for.
 *
 * <p>The language, the draft decision, the templates and the checker are the {@link Publisher}'s:
 * the PDF shows what the HTML shows. A character the font lacks (CJK, Arabic, emoji) is drawn as
 * {@code ?}; a control character as U+FFFD.
 *
 * <p>Immutable and thread-safe: build once (the font files are read then), share, call {@code
 * write} from any thread. openhtmltopdf prints nothing: its console logger is replaced, once per
 * JVM, by a silent one unless the application installed its own {@code XRLogger} first.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PdfPublisher {

  /** The default of {@link Builder#maxHtmlLength(int)}: 16 million characters. */
  public static final int DEFAULT_MAX_HTML_LENGTH = 16 * 1024 * 1024;

  private final Publisher publisher;
  private final Renderer renderer;
  private final int maxHtmlLength;

  private PdfPublisher(Builder builder) {
    this.publisher = builder.publisher != null ? builder.publisher : Publisher.builder().build();
    this.renderer = new Renderer(Fonts.load(), builder.archival);
    this.maxHtmlLength = builder.maxHtmlLength;
  }

  /**
   * Starts a publisher with the defaults: the default {@link Publisher} (Indonesian, built-in
   * templates), PDF/A-3a and PDF/UA, HTML up to {@link #DEFAULT_MAX_HTML_LENGTH} characters.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the publisher whose HTML this one lays out.
   *
   * @return the HTML publisher
   */
  public Publisher publisher() {
    return publisher;
  }

  /**
   * Writes a layout of an edition as PDF.
   *
   * @param edition the edition, from {@link Publisher#edition} of {@link #publisher()}
   * @param layout the layout
   * @param out where the PDF goes; not closed
   * @throws PdfPublishException when the HTML is longer than the limit, or an office's template
   *     made HTML that is not well-formed
   * @throws IOException when {@code out} fails
   */
  public void write(Edition edition, Layout layout, OutputStream out) throws IOException {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(out, "out");
    List<ServiceStandard> standards = edition.catalog().getStandards();
    write(publisher.html(edition, layout), standards, out);
  }

  /**
   * Checks a catalogue and writes a layout of it as PDF: {@code write(publisher().edition(catalog),
   * layout, out)}.
   *
   * @param catalog the catalogue
   * @param layout the layout
   * @param out where the PDF goes; not closed
   * @throws PdfPublishException when the HTML is longer than the limit, or an office's template
   *     made HTML that is not well-formed
   * @throws IOException when {@code out} fails
   */
  public void write(StandardsCatalog catalog, Layout layout, OutputStream out) throws IOException {
    Objects.requireNonNull(catalog, "catalog");
    write(publisher.edition(catalog), layout, out);
  }

  /**
   * Writes HTML of standards-publish as PDF, drawing the flowcharts of {@code standards} (the
   * catalogue's, in order) where the HTML embeds them.
   */
  void write(String html, List<ServiceStandard> standards, OutputStream out) throws IOException {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(out, "out");
    if (html.length() > maxHtmlLength) {
      throw new PdfPublishException(PdfPublishException.Problem.TOO_LARGE, 0, 0, maxHtmlLength);
    }
    Document document = Xhtml.parse(html);
    renderer.render(document, Flowcharts.replace(document, standards, publisher.locale()), out);
  }

  /** Configures a {@link PdfPublisher}. Not thread-safe; the publisher it builds is. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private Publisher publisher;
    private boolean archival = true;
    private int maxHtmlLength = DEFAULT_MAX_HTML_LENGTH;

    private Builder() {}

    /**
     * The publisher whose HTML is laid out: its language, templates, checker and draft options
     * decide what the PDF shows. By default {@code Publisher.builder().build()}.
     *
     * @param publisher the HTML publisher
     * @return this builder
     */
    public Builder publisher(Publisher publisher) {
      this.publisher = Objects.requireNonNull(publisher, "publisher");
      return this;
    }

    /**
     * Whether the PDF also claims PDF/A-3a (archival: the sRGB output intent, XMP identification);
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
     * The longest HTML, in characters, that the publisher lays out; longer input fails with {@link
     * PdfPublishException.Problem#TOO_LARGE} before any layout, which bounds the memory and time of
     * one rendering (the layout of a page needs the whole document in memory). Default {@link
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
