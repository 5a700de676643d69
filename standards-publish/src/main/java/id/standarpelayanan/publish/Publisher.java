package id.standarpelayanan.publish;

import id.standarpelayanan.diff.Comparison;
import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.publish.internal.ChangeLogViews;
import id.standarpelayanan.publish.internal.Formats;
import id.standarpelayanan.publish.internal.Templates;
import id.standarpelayanan.publish.internal.Texts;
import id.standarpelayanan.publish.internal.Views;
import id.standarpelayanan.publish.internal.flowchart.FlowchartLayout;
import id.standarpelayanan.publish.internal.flowchart.FlowchartSvg;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Publishes a catalogue (penerbit): the decree annex, the public display page and the service
 * pledge as HTML, and each procedure's flowchart as SVG, in one language; and the change log
 * between two versions ({@link #changeLog(Comparison)}).
 *
 * <pre>{@code
 * Publisher publisher = Publisher.builder().locale(Locale.ENGLISH).build();
 * Edition edition = publisher.edition(catalog);      // checks it, decides draft or not
 * String annex = publisher.html(edition, Layout.ANNEX);
 * }</pre>
 *
 * <p>An edition is a draft (DRAF / DRAFT watermark) when the caller asks for one, when the
 * catalogue is neither ESTABLISHED nor PUBLISHED, or when its {@link Checker} report has errors and
 * the caller did not {@linkplain Builder#publishDespiteErrors insist}; the annex then lists those
 * errors. Components a standard does not fill show a visible "belum diisi" / "not yet stated"
 * marker. Text from the document is always escaped: a name holding {@code <script>} or {@code
 * {{x}}} appears as those characters.
 *
 * <p>The HTML comes from Mustache templates shipped in the jar (under {@code
 * id/standarpelayanan/publish/templates/}: {@code annex.mustache}, {@code display.mustache}, {@code
 * pledge.mustache} and their partials, the stylesheet {@code style.mustache} among them); an office
 * copies them, edits its letterhead, and names the directory with {@link Builder#templates(Path)}.
 * A template missing there falls back to the built-in one.
 *
 * <p>Immutable and thread-safe: build once, share.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Publisher {

  private final Locale locale;
  private final Checker checker;
  private final boolean draft;
  private final boolean publishDespiteErrors;
  private final Views views;
  private final Formats formats;
  private final Templates templates;

  private Publisher(Builder builder) {
    this.locale = Languages.supported(builder.locale);
    this.checker =
        builder.checker != null ? builder.checker : Checker.builder().locale(locale).build();
    this.draft = builder.draft;
    this.publishDespiteErrors = builder.publishDespiteErrors;
    this.formats = new Formats(Texts.of(locale));
    this.views = new Views(formats);
    List<String> names = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      names.add(layout.templateName());
    }
    names.add(ChangeLogViews.TEMPLATE);
    this.templates = Templates.compile(names, Optional.ofNullable(builder.templates));
  }

  /**
   * Returns a builder: Indonesian, the default checker, no draft requested, errors make a draft,
   * the built-in templates.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the language of the publications: {@link Locale#ENGLISH} or Indonesian.
   *
   * @return the language
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Checks a catalogue and decides whether it is published as a draft.
   *
   * @param catalog the catalogue
   * @return the edition
   * @throws NullPointerException if {@code catalog} is null
   */
  public Edition edition(StandardsCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return edition(catalog, checker.check(catalog));
  }

  /**
   * Checks one standard alone and decides whether it is published as a draft: the check is {@link
   * Checker#check(ServiceStandard)} (the standard rules, not the catalogue rules, which would judge
   * a provider and a decree the standard does not carry), so the edition's errors are those {@code
   * sp validate} reports for the same standard, their pointers relative to it. The standard is
   * rendered inside a catalogue of one with no provider, decree or pledge; a standard alone has no
   * status, so the edition is always a draft ({@link DraftReason#NOT_IN_FORCE}: the wrapper's
   * status is DRAFT): a standard comes into force through its provider's decree.
   *
   * @param standard the standard
   * @return the edition, whose {@link Edition#catalog()} holds just this standard
   * @throws NullPointerException if {@code standard} is null
   */
  public Edition edition(ServiceStandard standard) {
    Objects.requireNonNull(standard, "standard");
    return edition(
        StandardsCatalog.builder().addStandard(standard).build(), checker.check(standard));
  }

  private Edition edition(StandardsCatalog catalog, Report report) {
    Set<DraftReason> reasons = EnumSet.noneOf(DraftReason.class);
    if (draft) {
      reasons.add(DraftReason.REQUESTED);
    }
    CatalogStatus status = catalog.getStatus();
    if (status != CatalogStatus.ESTABLISHED && status != CatalogStatus.PUBLISHED) {
      reasons.add(DraftReason.NOT_IN_FORCE);
    }
    if (report.count(Severity.ERROR) > 0 && !publishDespiteErrors) {
      reasons.add(DraftReason.ERRORS);
    }
    return new Edition(catalog, report, reasons);
  }

  /**
   * Writes a layout of an edition as an HTML document (UTF-8 text; the writer's encoding is the
   * caller's).
   *
   * @param edition the edition
   * @param layout the layout
   * @param out where to write; not closed
   * @throws IOException when writing fails
   * @throws NullPointerException if an argument is null
   */
  public void writeHtml(Edition edition, Layout layout, Writer out) throws IOException {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(out, "out");
    templates.render(
        layout.templateName(),
        views.view(layout, edition.catalog(), edition.reasons(), edition.errors()),
        out);
  }

  /**
   * Returns a layout of an edition as an HTML document.
   *
   * @param edition the edition
   * @param layout the layout
   * @return the HTML
   * @throws NullPointerException if an argument is null
   */
  public String html(Edition edition, Layout layout) {
    return text(out -> writeHtml(edition, layout, out));
  }

  /**
   * Checks a catalogue and returns a layout of it as HTML: {@code html(edition(catalog), layout)}.
   *
   * @param catalog the catalogue
   * @param layout the layout
   * @return the HTML
   * @throws NullPointerException if an argument is null
   */
  public String html(StandardsCatalog catalog, Layout layout) {
    return html(edition(catalog), layout);
  }

  /**
   * Returns the flowchart of a standard's procedure as a standalone SVG document, in the SOP format
   * of PermenPAN 35/2012: one lane per implementer, a terminator, process or decision symbol per
   * step, arrows, and each step's time and output.
   *
   * @param standard the standard
   * @return the SVG, or empty when the standard has no procedure steps
   * @throws NullPointerException if {@code standard} is null
   */
  public Optional<String> flowchartSvg(ServiceStandard standard) {
    Objects.requireNonNull(standard, "standard");
    return FlowchartLayout.of(standard, formats)
        .map(chart -> FlowchartSvg.write(chart, "bagan", true));
  }

  /**
   * Writes the change log between two versions (perubahan) as an HTML document, laid out as the
   * amendment tables offices use: per service (the catalogue's own provisions first) a table of the
   * changes, each with its component, its "semula" (before) and "menjadi" (after) and its effect on
   * the public. From the template {@code changes.mustache}, which an office may replace as the
   * others.
   *
   * <p>Needs the {@code standards-diff} module, which makes the comparison: this module depends on
   * it optionally, so that publishing without comparing does not pull it.
   *
   * @param comparison the comparison, from {@code Differ.compare}
   * @param out where to write; not closed
   * @throws IOException when writing fails
   * @throws NullPointerException if an argument is null
   */
  public void writeChangeLog(Comparison comparison, Writer out) throws IOException {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(out, "out");
    templates.render(ChangeLogViews.TEMPLATE, new ChangeLogViews(formats).view(comparison), out);
  }

  /**
   * Returns the change log between two versions as an HTML document; see {@link
   * #writeChangeLog(Comparison, Writer)}.
   *
   * @param comparison the comparison
   * @return the HTML
   * @throws NullPointerException if {@code comparison} is null
   */
  public String changeLog(Comparison comparison) {
    return text(out -> writeChangeLog(comparison, out));
  }

  /** Writes a page to a string (whose writer cannot fail). */
  private static String text(Page page) {
    StringWriter out = new StringWriter(65536);
    try {
      page.writeTo(out);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString();
  }

  /** A page written to a writer. */
  @FunctionalInterface
  private interface Page {
    void writeTo(Writer out) throws IOException;
  }

  /** Builds a {@link Publisher}. Not thread-safe; the publisher it builds is. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private Locale locale = Languages.INDONESIAN;
    private Checker checker;
    private boolean draft;
    private boolean publishDespiteErrors;
    private Path templates;

    private Builder() {}

    /**
     * Sets the language of the labels: English for an English locale, Indonesian for any other. The
     * document's own text stays as it is.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the checker whose report decides whether errors make a draft, and whose messages the
     * annex lists. By default a checker of the default profile in the publisher's language, with
     * the system clock; give one with a fixed clock for reproducible output.
     *
     * @param checker the checker
     * @return this builder
     */
    public Builder checker(Checker checker) {
      this.checker = Objects.requireNonNull(checker, "checker");
      return this;
    }

    /**
     * Sets whether every edition is a draft, whatever the catalogue's status and report. Off by
     * default.
     *
     * @param draft whether to mark editions as drafts
     * @return this builder
     */
    public Builder draft(boolean draft) {
      this.draft = draft;
      return this;
    }

    /**
     * Sets whether a catalogue whose report has errors is still published as it is (not as a
     * draft); its errors are then listed in a section of the annex. Off by default: errors make a
     * draft.
     *
     * @param insist whether to publish despite errors
     * @return this builder
     */
    public Builder publishDespiteErrors(boolean insist) {
      this.publishDespiteErrors = insist;
      return this;
    }

    /**
     * Sets the directory of an office's own templates: a file there named as a built-in template
     * (e.g. {@code letterhead.mustache}) replaces it, and every other template stays the built-in
     * one.
     *
     * @param directory the directory
     * @return this builder
     * @throws IllegalArgumentException if {@code directory} is not a directory
     */
    public Builder templates(Path directory) {
      Objects.requireNonNull(directory, "directory");
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException("not a directory of templates: " + directory);
      }
      this.templates = directory;
      return this;
    }

    /**
     * Builds the publisher, compiling the templates.
     *
     * @return the publisher
     * @throws IllegalArgumentException if a template does not compile; the message names it
     */
    public Publisher build() {
      return new Publisher(this);
    }
  }
}
