package id.standarpelayanan.publish.pdf.internal;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import id.standarpelayanan.publish.internal.flowchart.Flowchart;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Arrow;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Cell;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Label;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Lane;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Point;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Symbol;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Draws one band of a {@link Flowchart} as PDF paths and text, with the colours and strokes of
 * standards-publish's SVG: lanes, the table's cells, the arrows with their heads, the symbols
 * (capsule, rectangle, diamond) and the labels in the embedded font. No image and no SVG library:
 * every line is a vector path on the page.
 *
 * <p>A chart taller than a page is cut into bands ({@link FlowchartObjects}); each band draws the
 * whole chart shifted up by the band's top and clipped to the band, so that arrows continue across
 * the cut.
 */
final class FlowchartDrawer implements FSObjectDrawer {

  private static final FSRGBColor INK = new FSRGBColor(0x1a, 0x1a, 0x1a);
  private static final FSRGBColor GRID = new FSRGBColor(0x55, 0x55, 0x55);
  private static final FSRGBColor HEADER = new FSRGBColor(0xdd, 0xe5, 0xee);
  private static final FSRGBColor LANE = new FSRGBColor(0xf3, 0xf6, 0xfa);
  private static final FSRGBColor PAPER = new FSRGBColor(0xff, 0xff, 0xff);

  private final Flowchart chart;
  private final double bandTop;
  private final double bandHeight;

  FlowchartDrawer(Flowchart chart, double bandTop, double bandHeight) {
    this.chart = chart;
    this.bandTop = bandTop;
    this.bandHeight = bandHeight;
  }

  @Override
  public Map<Shape, String> drawObject(
      Element element,
      double x,
      double y,
      double width,
      double height,
      OutputDevice device,
      RenderingContext context,
      int dotsPerPixel) {
    // Chart units to device dots: the object's box holds the band's full width.
    double scale = width / (chart.width() + 1);
    AffineTransform place = new AffineTransform();
    place.translate(x, y);
    place.scale(scale, scale);
    place.translate(0.5, 0.5 - bandTop);
    device.pushClip(new Rectangle2D.Double(x, y, width, height));
    try {
      drawLanes(device, place);
      drawCells(device, place, scale);
      drawArrows(device, place, scale);
      drawSymbols(device, place, scale);
      drawLabels(device, context, place, scale);
    } finally {
      device.popClip();
    }
    return null;
  }

  private void drawLanes(OutputDevice device, AffineTransform place) {
    int index = 0;
    for (Lane lane : chart.lanes()) {
      index++;
      device.setColor(index % 2 == 0 ? LANE : PAPER);
      device.fill(
          place.createTransformedShape(
              new Rectangle2D.Double(lane.x(), lane.y(), lane.width(), lane.height())));
    }
  }

  private void drawCells(OutputDevice device, AffineTransform place, double scale) {
    device.setStroke(new BasicStroke((float) scale));
    for (Cell cell : chart.cells()) {
      Shape box =
          place.createTransformedShape(
              new Rectangle2D.Double(cell.x(), cell.y(), cell.width(), cell.height()));
      if (cell.header()) {
        device.setColor(HEADER);
        device.fill(box);
      }
      device.setColor(GRID);
      device.draw(box);
    }
  }

  private void drawArrows(OutputDevice device, AffineTransform place, double scale) {
    float stroke = (float) (1.2 * scale);
    BasicStroke solid = new BasicStroke(stroke);
    BasicStroke dashed =
        new BasicStroke(
            stroke,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER,
            10f,
            new float[] {(float) (4 * scale), (float) (3 * scale)},
            0f);
    device.setColor(INK);
    for (Arrow arrow : chart.arrows()) {
      List<Point> points = arrow.points();
      Point last = points.get(points.size() - 1);
      Point before = points.get(points.size() - 2);
      // The head (SVG marker: 7 stroke widths long, tip on the last point) covers the line's end.
      double length = 7 * 1.2;
      double dx = last.x() - before.x();
      double dy = last.y() - before.y();
      double norm = Math.max(Math.hypot(dx, dy), 1e-9);
      double ux = dx / norm;
      double uy = dy / norm;
      Path2D.Double line = new Path2D.Double();
      line.moveTo(points.get(0).x(), points.get(0).y());
      for (int i = 1; i < points.size() - 1; i++) {
        line.lineTo(points.get(i).x(), points.get(i).y());
      }
      line.lineTo(last.x() - ux * length * 0.6, last.y() - uy * length * 0.6);
      device.setStroke(arrow.branch() ? dashed : solid);
      device.draw(place.createTransformedShape(line));
      Path2D.Double head = new Path2D.Double();
      head.moveTo(last.x(), last.y());
      head.lineTo(
          last.x() - ux * length - uy * length / 2, last.y() - uy * length + ux * length / 2);
      head.lineTo(
          last.x() - ux * length + uy * length / 2, last.y() - uy * length - ux * length / 2);
      head.closePath();
      device.fill(place.createTransformedShape(head));
    }
  }

  private void drawSymbols(OutputDevice device, AffineTransform place, double scale) {
    device.setStroke(new BasicStroke((float) (1.4 * scale)));
    for (Symbol symbol : chart.symbols()) {
      Shape shape =
          switch (symbol.kind()) {
            case TERMINATOR ->
                new RoundRectangle2D.Double(
                    symbol.x(),
                    symbol.y(),
                    symbol.width(),
                    symbol.height(),
                    symbol.height(),
                    symbol.height());
            case PROCESS ->
                new Rectangle2D.Double(symbol.x(), symbol.y(), symbol.width(), symbol.height());
            case DECISION -> diamond(symbol);
          };
      Shape placed = place.createTransformedShape(shape);
      device.setColor(PAPER);
      device.fill(placed);
      device.setColor(INK);
      device.draw(placed);
    }
  }

  private static Shape diamond(Symbol symbol) {
    Path2D.Double diamond = new Path2D.Double();
    diamond.moveTo(symbol.centerX(), symbol.y());
    diamond.lineTo(symbol.x() + symbol.width(), symbol.centerY());
    diamond.lineTo(symbol.centerX(), symbol.y() + symbol.height());
    diamond.lineTo(symbol.x(), symbol.centerY());
    diamond.closePath();
    return diamond;
  }

  private void drawLabels(
      OutputDevice device, RenderingContext context, AffineTransform place, double scale) {
    PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) device;
    device.setColor(INK);
    for (Label label : chart.labels()) {
      FSFont font = font(context, label.size() * scale, label.bold());
      device.setFont(font);
      int line = 0;
      for (String text : label.lines()) {
        double baseline = label.y() + line * Label.lineHeight(label.size());
        line++;
        if (baseline + 0.5 - bandTop < -label.size()
            || baseline + 0.5 - bandTop > bandHeight + label.size()) {
          continue;
        }
        double[] at = {label.x(), baseline};
        place.transform(at, 0, at, 0, 1);
        float startX = (float) at[0];
        if (label.anchor() == Flowchart.Anchor.MIDDLE) {
          startX -= context.getTextRenderer().getWidth(context.getFontContext(), font, text) / 2f;
        }
        pdf.drawString(text, startX, (float) at[1], null);
      }
    }
  }

  private static FSFont font(RenderingContext context, double size, boolean bold) {
    FontSpecification specification = new FontSpecification();
    specification.families = new String[] {Fonts.FAMILY};
    specification.size = (float) size;
    specification.fontWeight = bold ? IdentValue.FONT_WEIGHT_700 : IdentValue.FONT_WEIGHT_400;
    specification.fontStyle = IdentValue.NORMAL;
    specification.variant = IdentValue.NORMAL;
    return context.getFont(specification);
  }
}
