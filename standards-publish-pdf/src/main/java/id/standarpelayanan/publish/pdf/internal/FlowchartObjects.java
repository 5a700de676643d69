package id.standarpelayanan.publish.pdf.internal;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import id.standarpelayanan.publish.internal.flowchart.Flowchart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Puts the flowcharts of a publication into its DOM as {@code <object>} elements that {@link
 * FlowchartDrawer} paints: each embedded {@code <svg>} whose chart is known is replaced by one
 * object per band, scaled to the width of the page's text and cut between table rows so that no
 * band is taller than a page. The objects carry the chart's text alternative (tagged as the
 * figure's alternate description). One instance per rendering; it is also the drawer factory
 * openhtmltopdf asks.
 */
final class FlowchartObjects implements FSObjectDrawerFactory {

  /** The {@code type} of the objects, private to this module. */
  static final String TYPE = "application/x-standar-pelayanan-flowchart";

  /** The widest a chart is drawn, in CSS pixels: the text width of an A4 page (178 mm). */
  static final double MAX_WIDTH = 672;

  /** The tallest band, in CSS pixels: A4's text height (259 mm) less room for a caption. */
  static final double MAX_BAND_HEIGHT = 860;

  private static final String INDEX = "data-sp-band";

  private final List<FSObjectDrawer> drawers = new ArrayList<>();

  /**
   * Replaces the flowchart drawings of {@code document}.
   *
   * @param document the publication
   * @param charts the chart of an embedded {@code <svg>}, or empty for a drawing that is not one of
   *     the publication's flowcharts: that one is removed, since the renderer would otherwise print
   *     its text ({@code <title>}, {@code <text>}) as stray words
   * @return the drawer factory for the objects put in
   */
  static FlowchartObjects replace(
      Document document, Function<Element, Optional<Flowchart>> charts) {
    FlowchartObjects objects = new FlowchartObjects();
    NodeList found = document.getElementsByTagNameNS("*", "svg");
    List<Element> drawings = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      drawings.add((Element) found.item(i));
    }
    for (Element svg : drawings) {
      Optional<Flowchart> chart = charts.apply(svg);
      if (chart.isPresent()) {
        objects.replace(svg, chart.get());
      } else if (svg.getParentNode() != null) {
        svg.getParentNode().removeChild(svg);
      }
    }
    return objects;
  }

  private void replace(Element svg, Flowchart chart) {
    Document document = svg.getOwnerDocument();
    Node parent = svg.getParentNode();
    String namespace = document.getDocumentElement().getNamespaceURI();
    double scale = Math.min(1.0, MAX_WIDTH / (chart.width() + 1));
    double width = (chart.width() + 1) * scale;
    String alternative =
        chart.description().isBlank() ? chart.title() : chart.title() + ". " + chart.description();
    for (double[] band : bands(chart, MAX_BAND_HEIGHT / scale)) {
      Element object = document.createElementNS(namespace, "object");
      object.setAttribute("type", TYPE);
      object.setAttribute("class", "sp-flowchart");
      object.setAttribute(INDEX, Integer.toString(drawers.size()));
      object.setAttribute("alt", alternative);
      object.setAttribute(
          "style",
          String.format(
              java.util.Locale.ROOT, "width: %.2fpx; height: %.2fpx;", width, band[1] * scale));
      drawers.add(new FlowchartDrawer(chart, band[0], band[1]));
      parent.insertBefore(object, svg);
    }
    parent.removeChild(svg);
  }

  /**
   * Cuts the chart into bands no taller than {@code maxHeight} (chart units), between table rows
   * where it can: returns {top, height} pairs.
   */
  static List<double[]> bands(Flowchart chart, double maxHeight) {
    double total = chart.height() + 1;
    TreeSet<Double> cuts = new TreeSet<>();
    for (Flowchart.Cell cell : chart.cells()) {
      cuts.add(cell.y() + 0.5);
      cuts.add(cell.y() + cell.height() + 0.5);
    }
    List<double[]> bands = new ArrayList<>();
    double top = 0;
    while (total - top > maxHeight) {
      Double cut = cuts.floor(top + maxHeight);
      double bottom = cut == null || cut <= top + maxHeight / 4 ? top + maxHeight : cut;
      bands.add(new double[] {top, bottom - top});
      top = bottom;
    }
    bands.add(new double[] {top, total - top});
    return bands;
  }

  @Override
  public FSObjectDrawer createDrawer(Element element) {
    if (!isReplacedObject(element)) {
      return null;
    }
    try {
      int index = Integer.parseInt(element.getAttribute(INDEX));
      return index >= 0 && index < drawers.size() ? drawers.get(index) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public boolean isReplacedObject(Element element) {
    return "object"
            .equals(element.getLocalName() == null ? element.getNodeName() : element.getLocalName())
        && TYPE.equals(element.getAttribute("type"))
        && element.hasAttribute(INDEX);
  }
}
