package id.standarpelayanan.publish.internal.flowchart;

import java.util.List;
import java.util.Objects;

/**
 * The geometry of a procedure's flowchart in the SOP format of PermenPAN 35/2012, in whole pixels
 * (user units), ready to draw by any back end: the SVG writer ({@link FlowchartSvg}) and the PDF
 * module's drawer draw the same values. A table with the columns number, activity, one lane per
 * implementer (pelaksana) and the quality standard (time, output); one row per step, its symbol in
 * its implementer's lane; arrows between the symbols. Immutable.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param title the short text alternative (the SVG {@code <title>})
 * @param description the long text alternative (the SVG {@code <desc>})
 * @param cells the table's cells, headers first, each drawn as a framed rectangle
 * @param lanes one lane per implementer, in the order of their first step
 * @param symbols one symbol per step, in the steps' order
 * @param arrows the arrows between symbols, sequence first and then branches
 * @param labels every text of the drawing
 */
public record Flowchart(
    int width,
    int height,
    String title,
    String description,
    List<Cell> cells,
    List<Lane> lanes,
    List<Symbol> symbols,
    List<Arrow> arrows,
    List<Label> labels) {

  /** The font family the geometry's text widths were estimated for, in CSS syntax. */
  public static final String FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

  /** Makes a flowchart, copying the lists. */
  public Flowchart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    cells = List.copyOf(cells);
    lanes = List.copyOf(lanes);
    symbols = List.copyOf(symbols);
    arrows = List.copyOf(arrows);
    labels = List.copyOf(labels);
  }

  /** The kind of a step's symbol, as PermenPAN 35/2012 draws it. */
  public enum SymbolKind {
    /** Start or end of the procedure: a capsule. */
    TERMINATOR,
    /** An activity: a rectangle. */
    PROCESS,
    /** A decision with branches: a diamond. */
    DECISION
  }

  /** Where a label's x lies in its text. */
  public enum Anchor {
    /** x is where the text starts. */
    START,
    /** x is the middle of the text. */
    MIDDLE
  }

  /**
   * A rectangle of the table.
   *
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   * @param header whether it is a header cell (shaded)
   */
  public record Cell(int x, int y, int width, int height, boolean header) {}

  /**
   * The lane of one implementer: the column under its header, over all step rows.
   *
   * @param actor the implementer as the document names it, or the marker of a missing one
   * @param x left
   * @param y top of the first step row
   * @param width width
   * @param height height of all step rows
   */
  public record Lane(String actor, int x, int y, int width, int height) {}

  /**
   * The symbol of one step.
   *
   * @param kind its kind
   * @param step the step's number
   * @param x left of its bounding box
   * @param y top of its bounding box
   * @param width width of the bounding box
   * @param height height of the bounding box
   */
  public record Symbol(SymbolKind kind, int step, int x, int y, int width, int height) {

    /**
     * Returns the x of the box's centre.
     *
     * @return the centre's x
     */
    public int centerX() {
      return x + width / 2;
    }

    /**
     * Returns the y of the box's centre.
     *
     * @return the centre's y
     */
    public int centerY() {
      return y + height / 2;
    }
  }

  /**
   * A point.
   *
   * @param x x
   * @param y y
   */
  public record Point(int x, int y) {}

  /**
   * An arrow: a polyline with its head at the last point.
   *
   * @param points the points, at least two
   * @param branch whether it leaves a decision for another step than the next (drawn dashed)
   */
  public record Arrow(List<Point> points, boolean branch) {

    /** Makes an arrow, copying the points. */
    public Arrow {
      points = List.copyOf(points);
      if (points.size() < 2) {
        throw new IllegalArgumentException("an arrow needs two points: " + points);
      }
    }
  }

  /**
   * A text of one or more lines.
   *
   * @param x the anchor's x
   * @param y the first line's baseline
   * @param lines the lines, already wrapped
   * @param anchor where x lies in the text
   * @param size the font size
   * @param bold whether bold
   */
  public record Label(int x, int y, List<String> lines, Anchor anchor, int size, boolean bold) {

    /** Makes a label, copying the lines. */
    public Label {
      lines = List.copyOf(lines);
    }

    /**
     * Returns the distance between two lines' baselines for a font size.
     *
     * @param size the font size
     * @return the line height
     */
    public static int lineHeight(int size) {
      return size + 3;
    }
  }
}
