package id.standarpelayanan.publish.pdf.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import id.standarpelayanan.model.Languages;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One configured openhtmltopdf pipeline: a DOM in, a tagged A4 PDF out. Immutable and safe to share
 * between threads; every {@link #render} builds its own openhtmltopdf renderer and PDF document,
 * while the font files and the font metrics are read once and shared.
 */
public final class Renderer {

  /** The ISO 216 A4 page, in millimetres. */
  static final float A4_WIDTH_MM = 210f;

  static final float A4_HEIGHT_MM = 297f;

  /** Draws no {@code <object>}: for HTML without flowcharts. */
  public static final FSObjectDrawerFactory NO_OBJECTS =
      new FSObjectDrawerFactory() {
        @Override
        public FSObjectDrawer createDrawer(Element element) {
          return null;
        }

        @Override
        public boolean isReplacedObject(Element element) {
          return false;
        }
      };

  private final Fonts fonts;
  private final byte[] srgbProfile;
  private final boolean archival;
  private final MetricsCache metrics = new MetricsCache();

  /**
   * Creates the pipeline.
   *
   * @param fonts the embedded font
   * @param archival whether to write PDF/A-3a (with the sRGB output intent) besides PDF/UA
   */
  public Renderer(Fonts fonts, boolean archival) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    QuietLogger.installUnlessChosen();
    this.archival = archival;
    // The JDK's own sRGB profile: the output intent PDF/A needs, without shipping an ICC file.
    this.srgbProfile = archival ? ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData() : null;
  }

  /**
   * Renders {@code document} to PDF. The language of the page footer and of the PDF is the {@code
   * lang} of the document's root element (Indonesian when it has none).
   *
   * @param document the publication, as parsed by {@link Xhtml#parse}; changed: the print
   *     stylesheet is appended to its head
   * @param drawers paints the {@code <object>} elements (the flowcharts)
   * @param out where the PDF goes; not closed
   * @return the warnings the renderer reported (never printed)
   * @throws IOException when {@code out} fails
   */
  public List<String> render(Document document, FSObjectDrawerFactory drawers, OutputStream out)
      throws IOException {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(drawers, "drawers");
    Objects.requireNonNull(out, "out");
    Locale locale = language(document);
    appendStylesheet(document, Stylesheet.css(locale));
    describeIfUndescribed(document);
    Accessibility.titleLinks(document);

    List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(document, "about:blank");
    builder.useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM);
    builder.usePdfUaAccessibility(true);
    if (archival) {
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
      builder.useColorProfile(srgbProfile);
    }
    EnumSet<FSFontUseCase> everywhere =
        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL);
    registerFont(builder, Fonts.FAMILY, everywhere);
    for (String alias : Fonts.ALIASES) {
      registerFont(builder, alias, EnumSet.of(FSFontUseCase.DOCUMENT));
    }
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
    // A character no font has is drawn as '?', not dropped and not a failure.
    builder.useReplacementText("?");
    builder.useObjectDrawerFactory(drawers);
    // A publication is self-contained: no stylesheet, image or font is fetched from anywhere.
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("standar-pelayanan (openhtmltopdf, PDFBox)");
    builder.withDiagnosticConsumer(
        diagnostic -> {
          if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(describe(diagnostic));
          }
        });
    // Rendered into a document kept open, so that what openhtmltopdf leaves out of PDF/UA (the
    // links' Contents) is added before the file is written.
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      try (PDDocument pdf = renderer.createPDFKeepOpen()) {
        Accessibility.describeLinkAnnotations(pdf);
        pdf.save(out);
      }
    }
    return List.copyOf(warnings);
  }

  private void registerFont(
      PdfRendererBuilder builder, String family, EnumSet<FSFontUseCase> useCases) {
    // No italic face ships: italic text is matched to the upright face of its weight.
    builder.useFont(fonts::regular, family, 400, FontStyle.NORMAL, true, useCases);
    builder.useFont(fonts::bold, family, 700, FontStyle.NORMAL, true, useCases);
  }

  private static String describe(Diagnostic diagnostic) {
    String message = diagnostic.getFormattedMessage();
    return diagnostic.getLevel() + " " + diagnostic.getLogMessageId() + ": " + message;
  }

  static Locale language(Document document) {
    String lang = document.getDocumentElement().getAttribute("lang");
    return Languages.supported(lang.isBlank() ? Languages.INDONESIAN : Locale.forLanguageTag(lang));
  }

  private static void appendStylesheet(Document document, String css) {
    Element root = document.getDocumentElement();
    String namespace = root.getNamespaceURI();
    Element head = firstChild(root, "head");
    if (head == null) {
      head = document.createElementNS(namespace, "head");
      root.insertBefore(head, root.getFirstChild());
    }
    Element style = document.createElementNS(namespace, "style");
    style.setTextContent(css);
    head.appendChild(style);
  }

  /**
   * PDF/UA wants a document description (openhtmltopdf takes it from {@code <meta
   * name="description">}); when the publication has none, its title serves.
   */
  private static void describeIfUndescribed(Document document) {
    Element root = document.getDocumentElement();
    Element head = firstChild(root, "head");
    NodeList metas = head.getElementsByTagNameNS("*", "meta");
    for (int i = 0; i < metas.getLength(); i++) {
      Element meta = (Element) metas.item(i);
      if ("description".equalsIgnoreCase(meta.getAttribute("name"))
          && !meta.getAttribute("content").isBlank()) {
        return;
      }
    }
    Element title = firstChild(head, "title");
    String text = title == null ? "" : title.getTextContent().strip();
    if (text.isEmpty()) {
      return;
    }
    Element meta = document.createElementNS(root.getNamespaceURI(), "meta");
    meta.setAttribute("name", "description");
    meta.setAttribute("content", text);
    head.appendChild(meta);
  }

  private static Element firstChild(Element parent, String localName) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element
          && localName.equals(
              child.getLocalName() == null ? child.getNodeName() : child.getLocalName())) {
        return (Element) child;
      }
    }
    return null;
  }

  /** The font metrics openhtmltopdf computes per font file, kept across renderings. */
  private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
    private final ConcurrentHashMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return values.computeIfAbsent(
          key,
          k -> {
            try {
              return loader.call();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }
  }
}
