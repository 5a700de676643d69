package id.standarpelayanan.skm.internal;

import id.standarpelayanan.skm.ElementResult;
import id.standarpelayanan.skm.SurveyResult;
import id.standarpelayanan.skm.Weighting;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a result as plain text. */
public final class TextResult {

  private TextResult() {}

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
    StringBuilder text = new StringBuilder();
    text.append(texts.text("title")).append('\n');
    block(result, texts, text);
    result.sample().ifPresent(sample -> text.append(sample.message(locale)).append('\n'));
    for (Map.Entry<String, SurveyResult> type : result.byServiceType().entrySet()) {
      text.append('\n')
          .append(texts.text("serviceType"))
          .append(": ")
          .append(Printables.line(type.getKey()))
          .append('\n');
      block(type.getValue(), texts, text);
    }
    text.append('\n').append(texts.text("rounding")).append('\n');
    out.write(text.toString());
  }

  private static void block(SurveyResult result, Texts texts, StringBuilder text) {
    Locale locale = texts.locale();
    text.append(texts.text("respondents")).append(": ").append(result.respondents()).append('\n');
    int elements = result.elements().size();
    text.append(texts.text("weighting"))
        .append(": ")
        .append(
            result.weighting() == Weighting.EXACT
                ? texts.format("weighting.exact", elements)
                : texts.format(
                    "weighting.rounded",
                    Figures.show(
                        id.standarpelayanan.skm.Fraction.of(
                            result.weighting().decimalFor(elements).orElseThrow()),
                        result.weighting() == Weighting.TWO_DECIMALS ? 2 : 3,
                        locale)))
        .append('\n');
    text.append(
        String.format(
            Locale.ROOT,
            "%-52s %8s %12s %8s %15s%n",
            texts.text("element"),
            texts.text("answers"),
            texts.text("sum"),
            texts.text("mean"),
            texts.text("weightedMean")));
    for (ElementResult element : result.elements()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%-52s %8d %12d %8s %15s%n",
              Printables.line(element.element().code() + " " + element.element().name(locale)),
              element.answers(),
              element.sum(),
              Figures.show(element.mean(), Figures.MEAN_SCALE, locale),
              Figures.show(element.weightedMean(), Figures.MEAN_SCALE, locale)));
    }
    if (result.index().isEmpty()) {
      text.append(texts.text("index")).append(": ").append(texts.text("undefined")).append('\n');
      return;
    }
    text.append(texts.text("index"))
        .append(": ")
        .append(Figures.show(result.index(), Figures.MEAN_SCALE, locale))
        .append('\n');
    text.append(texts.text("convertedValue"))
        .append(": ")
        .append(Figures.show(result.convertedValue(), SurveyResult.SCALE, locale))
        .append('\n');
    text.append(texts.text("grade"))
        .append(": ")
        .append(result.grade().orElseThrow().name())
        .append(" (")
        .append(result.grade().orElseThrow().label(locale))
        .append(")\n");
    if (!result.weakest().isEmpty()) {
      text.append(texts.text("weakest"))
          .append(": ")
          .append(
              result.weakest().stream()
                  .map(e -> Printables.line(e.element().code() + " " + e.element().name(locale)))
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
  }
}
