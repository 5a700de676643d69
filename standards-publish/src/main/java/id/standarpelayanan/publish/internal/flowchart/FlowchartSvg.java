package id.standarpelayanan.publish.internal.flowchart;

import id.standarpelayanan.publish.internal.flowchart.Flowchart.Anchor;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Arrow;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Cell;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Label;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Lane;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Point;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Symbol;
import java.util.Locale;

/**
 * Writes a {@link Flowchart} as SVG 1.1, deterministically: the same geometry gives the same bytes.
 * Every text is escaped for XML; the drawing carries its text alternative ({@code role="img"},
 * {@code <title>} and {@code <desc>} referenced by {@code aria-labelledby}). Each lane is a {@code
 * rect class="lane"}, each step a {@code g class="step"} with {@code data-step} and {@code
 * data-kind} (terminator, process, decision).
 */
public final class FlowchartSvg {

  private FlowchartSvg() {}

  /**
   * Returns the SVG of a flowchart.
   *
   * @param chart the geometry
   * @param id the prefix of the drawing's element ids, unique within the page that embeds it
   * @param standalone whether to write a file of its own (with the XML declaration) rather than an
   *     element inside HTML
   * @return the SVG
   */
  public static String write(Flowchart chart, String id, boolean standalone) {
    StringBuilder svg = new StringBuilder(8192);
    if (standalone) {
      svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\" id=\"")
        .append(id)
        .append("\" width=\"")
        .append(chart.width() + 1)
        .append("\" height=\"")
        .append(chart.height() + 1)
        .append("\" viewBox=\"-0.5 -0.5 ")
        .append(chart.width() + 1)
        .append(' ')
        .append(chart.height() + 1)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">\n");
    svg.append("<title id=\"")
        .append(id)
        .append("-title\">")
        .append(xml(chart.title()))
        .append("</title>\n");
    svg.append("<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(xml(chart.description()))
        .append("</desc>\n");
    svg.append("<defs><marker id=\"")
        .append(id)
        .append(
            "-head\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
        .append(
            " orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1a1a1a\"/></marker></defs>\n");
    svg.append("<g font-family=\"")
        .append(Flowchart.FONT_FAMILY)
        .append("\" font-size=\"")
        .append(FlowchartLayout.SIZE)
        .append("\" fill=\"#1a1a1a\">\n");
    svg.append("<g class=\"lanes\">\n");
    int index = 0;
    for (Lane lane : chart.lanes()) {
      svg.append("<rect class=\"lane\" data-lane=\"")
          .append(index++)
          .append("\" x=\"")
          .append(lane.x())
          .append("\" y=\"")
          .append(lane.y())
          .append("\" width=\"")
          .append(lane.width())
          .append("\" height=\"")
          .append(lane.height())
          .append("\" fill=\"")
          .append(index % 2 == 0 ? "#f3f6fa" : "#ffffff")
          .append("\"><title>")
          .append(xml(lane.actor()))
          .append("</title></rect>\n");
    }
    svg.append("</g>\n<g class=\"grid\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1\">\n");
    for (Cell cell : chart.cells()) {
      svg.append("<rect x=\"")
          .append(cell.x())
          .append("\" y=\"")
          .append(cell.y())
          .append("\" width=\"")
          .append(cell.width())
          .append("\" height=\"")
          .append(cell.height())
          .append('"')
          .append(cell.header() ? " fill=\"#dde5ee\"" : "")
          .append("/>\n");
    }
    svg.append(
        "</g>\n<g class=\"arrows\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"1.2\">\n");
    for (Arrow arrow : chart.arrows()) {
      svg.append("<polyline points=\"");
      boolean first = true;
      for (Point point : arrow.points()) {
        svg.append(first ? "" : " ").append(point.x()).append(',').append(point.y());
        first = false;
      }
      svg.append('"')
          .append(arrow.branch() ? " class=\"branch\" stroke-dasharray=\"4 3\"" : "")
          .append(" marker-end=\"url(#")
          .append(id)
          .append("-head)\"/>\n");
    }
    svg.append(
        "</g>\n<g class=\"steps\" stroke=\"#1a1a1a\" stroke-width=\"1.4\" fill=\"#ffffff\">\n");
    for (Symbol symbol : chart.symbols()) {
      String kind = symbol.kind().name().toLowerCase(Locale.ROOT);
      svg.append("<g class=\"step\" data-step=\"")
          .append(symbol.step())
          .append("\" data-kind=\"")
          .append(kind)
          .append("\">");
      switch (symbol.kind()) {
        case TERMINATOR -> rect(svg, symbol, symbol.height() / 2);
        case PROCESS -> rect(svg, symbol, 0);
        case DECISION ->
            svg.append("<polygon points=\"")
                .append(symbol.centerX())
                .append(',')
                .append(symbol.y())
                .append(' ')
                .append(symbol.x() + symbol.width())
                .append(',')
                .append(symbol.centerY())
                .append(' ')
                .append(symbol.centerX())
                .append(',')
                .append(symbol.y() + symbol.height())
                .append(' ')
                .append(symbol.x())
                .append(',')
                .append(symbol.centerY())
                .append("\"/>");
      }
      svg.append("</g>\n");
    }
    svg.append("</g>\n<g class=\"labels\">\n");
    for (Label label : chart.labels()) {
      svg.append("<text x=\"")
          .append(label.x())
          .append("\" y=\"")
          .append(label.y())
          .append('"')
          .append(label.anchor() == Anchor.MIDDLE ? " text-anchor=\"middle\"" : "")
          .append(label.bold() ? " font-weight=\"bold\"" : "")
          .append(label.size() == FlowchartLayout.SIZE ? "" : " font-size=\"" + label.size() + "\"")
          .append('>');
      if (label.lines().size() == 1) {
        svg.append(xml(label.lines().get(0)));
      } else {
        boolean first = true;
        for (String line : label.lines()) {
          svg.append("<tspan x=\"")
              .append(label.x())
              .append('"')
              .append(first ? "" : " dy=\"" + Label.lineHeight(label.size()) + "\"")
              .append('>')
              .append(xml(line))
              .append("</tspan>");
          first = false;
        }
      }
      svg.append("</text>\n");
    }
    svg.append("</g>\n</g>\n</svg>\n");
    return svg.toString();
  }

  private static void rect(StringBuilder svg, Symbol symbol, int radius) {
    svg.append("<rect x=\"")
        .append(symbol.x())
        .append("\" y=\"")
        .append(symbol.y())
        .append("\" width=\"")
        .append(symbol.width())
        .append("\" height=\"")
        .append(symbol.height())
        .append('"');
    if (radius > 0) {
      svg.append(" rx=\"").append(radius).append("\" ry=\"").append(radius).append('"');
    }
    svg.append("/>");
  }

  /** XML character data and attribute text; the text was cleaned of forbidden code points. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
