package id.standarpelayanan.publish.pdf.internal;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * The print stylesheet the PDF appends after the publication's own: A4 with margins, the page
 * number in the footer of every page, the embedded font everywhere, table headers repeated on every
 * page a table spans, the draft watermark fixed on every page, and the letterhead's contact line
 * laid out so that its items stay tagged.
 *
 * <p>Only static text of our bundle goes into the CSS strings; nothing from the document.
 */
public final class Stylesheet {

  /** The class of the element that carries the draft watermark in the publication's HTML. */
  public static final String WATERMARK_CLASS = "watermark";

  private Stylesheet() {}

  /**
   * Returns the stylesheet for a language.
   *
   * @param locale the language of the page footer
   * @return CSS
   */
  public static String css(Locale locale) {
    return "@page {\n"
        + "  size: A4;\n"
        + "  margin: 18mm 16mm 20mm 16mm;\n"
        + "  @bottom-center {\n"
        + "    content: "
        + footer(locale)
        + ";\n"
        + "    font-family: '"
        + Fonts.FAMILY
        + "';\n"
        + "    font-size: 8.5pt;\n"
        + "    color: #333333;\n"
        + "  }\n"
        + "}\n"
        + "html, body { font-family: '"
        + Fonts.FAMILY
        + "', sans-serif; }\n"
        + "body { margin: 0; }\n"
        // Each table's header row repeats on every page the table spans; a row is not split
        // across pages unless it is taller than a page.
        + "table { -fs-table-paginate: paginate; border-collapse: collapse; }\n"
        + "thead { display: table-header-group; }\n"
        + "tr { page-break-inside: avoid; }\n"
        + "h1, h2, h3, h4 { page-break-after: avoid; }\n"
        + "object.sp-flowchart { display: block; page-break-inside: avoid; }\n"
        // openhtmltopdf tags a list item only as a child box of its list. The letterhead's
        // contacts are items shown inline on one line: in a block list, a line box would stand
        // between list and items, and their text would be left out of the tag tree (PDF/UA-1
        // 7.1-3). An inline list keeps them its children.
        + ".letterhead .contacts { display: inline; }\n"
        // The HTML's separator between two contacts (li + li::before, a middle dot) would be tagged
        // as a list item of its own; a rule drawn as a border is decoration (an artifact).
        + ".letterhead .contacts li + li::before { content: none; }\n"
        + ".letterhead .contacts li + li { margin-left: 0.3em; padding-left: 0.4em;"
        + " border-left: 0.75pt solid #888888; }\n"
        // The watermark is a fixed element: the renderer paints it on every page.
        + "."
        + WATERMARK_CLASS
        + " { position: fixed; top: 105mm; left: 0; width: 100%; text-align: center;"
        + " font-size: 110pt; font-weight: bold; color: #f2dcdc; z-index: -1;"
        + " transform: rotate(-40deg); }\n";
  }

  private static String footer(Locale locale) {
    String pattern = Messages.bundle(locale).getString("page.footer");
    // The pattern's literal text becomes CSS strings, its arguments the page counters.
    String marker = "\u0000";
    String filled = MessageFormat.format(pattern, marker + "0" + marker, marker + "1" + marker);
    StringBuilder css = new StringBuilder();
    String[] parts = filled.split(marker, -1);
    for (String part : parts) {
      if (part.equals("0")) {
        css.append(" counter(page)");
      } else if (part.equals("1")) {
        css.append(" counter(pages)");
      } else if (!part.isEmpty()) {
        css.append(' ').append(cssString(part));
      }
    }
    return css.toString().trim();
  }

  private static String cssString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }
}
