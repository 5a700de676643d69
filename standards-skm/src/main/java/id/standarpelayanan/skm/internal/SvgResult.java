package id.standarpelayanan.skm.internal;

import id.standarpelayanan.skm.ElementResult;
import id.standarpelayanan.skm.Fraction;
import id.standarpelayanan.skm.SurveyResult;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Writes a result as an SVG bar chart: one horizontal bar per element, its length the mean on the
 * 1–4 scale (0 to 4 across), labelled with the element and the mean. Deterministic: coordinates are
 * rounded to one decimal and nothing depends on the clock or the platform.
 */
public final class SvgResult {

  private static final int LABEL_WIDTH = 320;
  private static final int BAR_AREA = 360;
  private static final int ROW = 28;
  private static final int TOP = 40;

  private SvgResult() {}

  /**
   * Writes the result.
   *
   * @param result the result
   * @param locale the language
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(SurveyResult result, Locale locale, Writer out) throws IOException {
    Texts texts = Texts.of(locale);
    int width = LABEL_WIDTH + BAR_AREA + 80;
    int height = TOP + ROW * result.elements().size() + 20;
    String value = Figures.show(result.convertedValue(), SurveyResult.SCALE, locale);
    String grade = result.grade().map(g -> g.name() + " (" + g.label(locale) + ")").orElse("-");
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"skm-title skm-desc\">\n");
    svg.append("  <title id=\"skm-title\">")
        .append(Printables.xml(texts.text("chart.title")))
        .append("</title>\n");
    svg.append("  <desc id=\"skm-desc\">")
        .append(Printables.xml(texts.format("chart.desc", value, grade)))
        .append("</desc>\n");
    svg.append("  <g font-family=\"sans-serif\" font-size=\"13\">\n");
    svg.append("    <text x=\"8\" y=\"22\" font-weight=\"bold\">")
        .append(Printables.xml(texts.text("chart.title") + " \u2014 " + value + ", " + grade))
        .append("</text>\n");
    int y = TOP;
    for (ElementResult element : result.elements()) {
      String label = element.element().code() + " " + element.element().name(locale);
      String mean = Figures.show(element.mean(), Figures.MEAN_SCALE, locale);
      BigDecimal length =
          element
              .mean()
              .map(m -> m.multiply(BAR_AREA).multiply(Fraction.of(1, 4)).round(1))
              .orElse(BigDecimal.ZERO)
              .setScale(1, RoundingMode.HALF_UP);
      svg.append("    <g>\n");
      svg.append("      <title>").append(Printables.xml(label + ": " + mean)).append("</title>\n");
      svg.append("      <text x=\"8\" y=\"")
          .append(y + 17)
          .append("\">")
          .append(Printables.xml(label))
          .append("</text>\n");
      svg.append("      <rect x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"")
          .append(length.toPlainString())
          .append("\" height=\"")
          .append(ROW - 8)
          .append("\" fill=\"#2b6cb0\"/>\n");
      svg.append("      <text x=\"")
          .append(length.add(BigDecimal.valueOf(LABEL_WIDTH + 6)).toPlainString())
          .append("\" y=\"")
          .append(y + 17)
          .append("\">")
          .append(Printables.xml(mean))
          .append("</text>\n");
      svg.append("    </g>\n");
      y += ROW;
    }
    svg.append("  </g>\n</svg>\n");
    out.write(svg.toString());
  }
}
