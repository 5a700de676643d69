package id.standarpelayanan.publish.internal.flowchart;

import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StepBranch;
import id.standarpelayanan.publish.internal.Formats;
import id.standarpelayanan.publish.internal.Texts;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Anchor;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Arrow;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Cell;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Label;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Lane;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Point;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.Symbol;
import id.standarpelayanan.publish.internal.flowchart.Flowchart.SymbolKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out a procedure's steps as an SOP flowchart ({@link Flowchart}). Text is wrapped by an
 * estimate of its width (an average glyph of {@link #CHAR_WIDTH} pixels at the body size), so the
 * layout depends on nothing but the steps: equal steps give equal geometry.
 */
public final class FlowchartLayout {

  /** The body font size. */
  static final int SIZE = 11;

  /** The estimated average width of a glyph at {@link #SIZE}, generous for Latin text. */
  static final double CHAR_WIDTH = 6.2;

  private static final int PAD = 6;
  private static final int NO = 34;
  private static final int ACTIVITY = 250;
  private static final int LANE = 108;
  private static final int TIME = 84;
  private static final int OUTPUT = 128;
  private static final int HEAD1 = 24;
  private static final int MIN_ROW = 62;
  private static final int BOX_W = 76;
  private static final int BOX_H = 30;
  private static final int DIAMOND_W = 64;
  private static final int DIAMOND_H = 44;

  private FlowchartLayout() {}

  /**
   * Lays out the flowchart of a standard's procedure in a language: the entry point for other back
   * ends (the PDF module).
   *
   * @param standard the standard
   * @param locale the language of the headers and markers
   * @return the geometry, or empty when the standard has no procedure steps
   */
  public static Optional<Flowchart> of(ServiceStandard standard, Locale locale) {
    return of(standard, new Formats(Texts.of(locale)));
  }

  /**
   * Lays out the flowchart of a standard's procedure.
   *
   * @param standard the standard
   * @param formats the language
   * @return the geometry, or empty when the standard has no procedure steps
   */
  public static Optional<Flowchart> of(ServiceStandard standard, Formats formats) {
    List<ProcedureStep> steps = standard.getProcedure().map(Procedure::getSteps).orElse(List.of());
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    String name = standard.getName().or(standard::getId).orElse("");
    return Optional.of(of(name, steps, formats));
  }

  /**
   * Lays out steps.
   *
   * @param name the service's name, for the text alternative
   * @param steps the steps, in their order; at least one
   * @param formats the language
   * @return the geometry
   */
  public static Flowchart of(String name, List<ProcedureStep> steps, Formats formats) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a flowchart needs a step");
    }
    Texts texts = formats.texts();
    Map<String, Integer> laneOf = new LinkedHashMap<>();
    for (ProcedureStep step : steps) {
      laneOf.putIfAbsent(actor(step, formats), laneOf.size());
    }
    int lanes = laneOf.size();
    int lanesX = NO + ACTIVITY;
    int timeX = lanesX + lanes * LANE;
    int outputX = timeX + TIME;
    int width = outputX + OUTPUT;

    List<Cell> cells = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<List<String>> laneNames = new ArrayList<>();
    int head2 = HEAD1;
    for (String actor : laneOf.keySet()) {
      List<String> wrapped = wrap(actor, LANE - 2 * PAD, SIZE);
      laneNames.add(wrapped);
      head2 = Math.max(head2, 2 * PAD + wrapped.size() * Label.lineHeight(SIZE));
    }
    int top = HEAD1 + head2;
    cells.add(new Cell(0, 0, NO, top, true));
    cells.add(new Cell(NO, 0, ACTIVITY, top, true));
    cells.add(new Cell(lanesX, 0, lanes * LANE, HEAD1, true));
    cells.add(new Cell(timeX, 0, TIME + OUTPUT, HEAD1, true));
    labels.add(headLabel(NO / 2, top / 2, texts.text("colNo")));
    labels.add(headLabel(NO + ACTIVITY / 2, top / 2, texts.text("colActivity")));
    labels.add(headLabel(lanesX + lanes * LANE / 2, HEAD1 / 2, texts.text("colImplementer")));
    labels.add(headLabel(timeX + (TIME + OUTPUT) / 2, HEAD1 / 2, texts.text("colQuality")));
    for (int i = 0; i < lanes; i++) {
      int x = lanesX + i * LANE;
      cells.add(new Cell(x, HEAD1, LANE, head2, true));
      labels.add(centred(x + LANE / 2, HEAD1, head2, laneNames.get(i), true));
    }
    cells.add(new Cell(timeX, HEAD1, TIME, head2, true));
    cells.add(new Cell(outputX, HEAD1, OUTPUT, head2, true));
    labels.add(headLabel(timeX + TIME / 2, HEAD1 + head2 / 2, texts.text("colTime")));
    labels.add(headLabel(outputX + OUTPUT / 2, HEAD1 + head2 / 2, texts.text("colOutput")));

    List<Symbol> symbols = new ArrayList<>();
    List<Integer> rowTops = new ArrayList<>();
    Map<Integer, Integer> indexOfNumber = new HashMap<>();
    int y = top;
    for (int i = 0; i < steps.size(); i++) {
      ProcedureStep step = steps.get(i);
      indexOfNumber.putIfAbsent(step.getNumber(), i);
      List<String> activity = wrap(activity(step, formats), ACTIVITY - 2 * PAD, SIZE);
      List<String> time =
          wrap(step.getDuration().map(formats::span).orElse("\u2013"), TIME - 2 * PAD, SIZE);
      List<String> output =
          wrap(step.getOutput().map(formats::text).orElse("\u2013"), OUTPUT - 2 * PAD, SIZE);
      int lines = Math.max(activity.size(), Math.max(time.size(), output.size()));
      int height = Math.max(MIN_ROW, 2 * PAD + lines * Label.lineHeight(SIZE) + 2);
      rowTops.add(y);
      cells.add(new Cell(0, y, NO, height, false));
      cells.add(new Cell(NO, y, ACTIVITY, height, false));
      for (int lane = 0; lane < lanes; lane++) {
        cells.add(new Cell(lanesX + lane * LANE, y, LANE, height, false));
      }
      cells.add(new Cell(timeX, y, TIME, height, false));
      cells.add(new Cell(outputX, y, OUTPUT, height, false));
      labels.add(
          new Label(
              NO / 2,
              y + PAD + SIZE,
              List.of(String.valueOf(step.getNumber())),
              Anchor.MIDDLE,
              SIZE,
              false));
      labels.add(new Label(NO + PAD, y + PAD + SIZE, activity, Anchor.START, SIZE, false));
      labels.add(new Label(timeX + PAD, y + PAD + SIZE, time, Anchor.START, SIZE, false));
      labels.add(new Label(outputX + PAD, y + PAD + SIZE, output, Anchor.START, SIZE, false));

      SymbolKind kind = kind(step, i, steps.size());
      int w = kind == SymbolKind.DECISION ? DIAMOND_W : BOX_W;
      int h = kind == SymbolKind.DECISION ? DIAMOND_H : BOX_H;
      int laneX = lanesX + laneOf.get(actor(step, formats)) * LANE;
      Symbol symbol =
          new Symbol(kind, step.getNumber(), laneX + (LANE - w) / 2, y + (height - h) / 2, w, h);
      symbols.add(symbol);
      labels.add(
          new Label(
              symbol.centerX(),
              symbol.centerY() + SIZE / 2 - 1,
              List.of(String.valueOf(step.getNumber())),
              Anchor.MIDDLE,
              SIZE,
              true));
      y += height;
    }
    int height = y;
    List<Lane> laneList = new ArrayList<>();
    int index = 0;
    for (String actor : laneOf.keySet()) {
      laneList.add(new Lane(actor, lanesX + index * LANE, top, LANE, height - top));
      index++;
    }

    List<Arrow> arrows = new ArrayList<>();
    for (int i = 0; i + 1 < symbols.size(); i++) {
      Symbol from = symbols.get(i);
      Symbol to = symbols.get(i + 1);
      List<Point> points = new ArrayList<>();
      points.add(new Point(from.centerX(), from.y() + from.height()));
      if (from.centerX() != to.centerX()) {
        int turn = rowTops.get(i + 1) + 4;
        points.add(new Point(from.centerX(), turn));
        points.add(new Point(to.centerX(), turn));
      }
      points.add(new Point(to.centerX(), to.y()));
      arrows.add(new Arrow(points, false));
    }
    for (int i = 0; i < steps.size(); i++) {
      Symbol from = symbols.get(i);
      int gutter = 0;
      for (StepBranch branch : steps.get(i).getBranches()) {
        Integer target = branch.getNextStep().map(indexOfNumber::get).orElse(null);
        if (target == null || target == i + 1 || target == i) {
          continue;
        }
        Symbol to = symbols.get(target);
        int right = Math.max(from.x() + from.width(), to.x() + to.width());
        int x = Math.min(right + 10 + 5 * gutter, laneX(from, lanesX) + LANE - 3);
        gutter++;
        List<Point> points =
            List.of(
                new Point(from.x() + from.width(), from.centerY()),
                new Point(x, from.centerY()),
                new Point(x, to.centerY()),
                new Point(to.x() + to.width(), to.centerY()));
        arrows.add(new Arrow(points, true));
      }
    }
    String actors = String.join(", ", laneOf.keySet());
    return new Flowchart(
        width,
        height,
        texts.format("flow.title", formats.text(name)),
        texts.format("flow.desc", steps.size(), lanes, actors),
        cells,
        laneList,
        symbols,
        arrows,
        labels);
  }

  private static int laneX(Symbol symbol, int lanesX) {
    return lanesX + (symbol.x() - lanesX) / LANE * LANE;
  }

  /** The step's implementer, or the marker of a missing one: one lane each. */
  static String actor(ProcedureStep step, Formats formats) {
    return step.getActor()
        .map(formats::text)
        .map(String::strip)
        .orElse(formats.texts().text("noActor"));
  }

  private static SymbolKind kind(ProcedureStep step, int index, int count) {
    if (!step.getBranches().isEmpty()) {
      return SymbolKind.DECISION;
    }
    return index == 0 || index == count - 1 ? SymbolKind.TERMINATOR : SymbolKind.PROCESS;
  }

  /** The activity column: the description, then each branch as "If …: to step n". */
  private static String activity(ProcedureStep step, Formats formats) {
    StringBuilder text = new StringBuilder(formats.text(step.getDescription()));
    for (StepBranch branch : step.getBranches()) {
      text.append('\n').append(branchText(branch, formats));
    }
    return text.toString();
  }

  /**
   * A branch as text: its condition, then the next step or the outcome.
   *
   * @param branch the branch
   * @param formats the language
   * @return the text
   */
  public static String branchText(StepBranch branch, Formats formats) {
    Texts texts = formats.texts();
    List<String> then = new ArrayList<>();
    branch.getNextStep().ifPresent(n -> then.add(texts.format("step.next", String.valueOf(n))));
    branch.getOutcome().ifPresent(o -> then.add(formats.text(o)));
    return texts.format(
        "step.branch",
        formats.condition("step.if", branch.getCondition()),
        String.join("; ", then));
  }

  private static Label headLabel(int x, int middle, String text) {
    return new Label(x, middle + SIZE / 2 - 1, List.of(text), Anchor.MIDDLE, SIZE, true);
  }

  private static Label centred(int x, int top, int height, List<String> lines, boolean bold) {
    int block = lines.size() * Label.lineHeight(SIZE);
    int first = top + (height - block) / 2 + SIZE;
    return new Label(x, first, lines, Anchor.MIDDLE, SIZE, bold);
  }

  /**
   * Wraps text into lines that fit a width by the estimate of the glyphs' width: at spaces where it
   * can, inside a word longer than a line where it must (with a hyphen only in a word of letters
   * alone, so that a code or a number is not altered). Line feeds in the text start a line.
   *
   * @param text the text
   * @param width the width in pixels
   * @param size the font size
   * @return the lines, at least one
   */
  static List<String> wrap(String text, int width, int size) {
    int max = Math.max(4, (int) Math.floor(width / (CHAR_WIDTH * size / SIZE)));
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("[ \t]+")) {
        while (word.codePointCount(0, word.length()) > max) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          // A hyphen only in a word of letters alone ("Pengadministra-" "si"); in codes, numbers
          // and addresses it would read as part of them ("alert(1)" is not "alert(-" "1)").
          boolean letters = word.codePoints().allMatch(Character::isLetter);
          int cut = word.offsetByCodePoints(0, letters ? max - 1 : max);
          lines.add(word.substring(0, cut) + (letters ? "-" : ""));
          word = word.substring(cut);
        }
        int lineLength = line.codePointCount(0, line.length());
        int wordLength = word.codePointCount(0, word.length());
        if (line.length() > 0 && lineLength + 1 + wordLength > max) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
