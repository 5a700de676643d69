package id.standarpelayanan.skm.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.standarpelayanan.model.Languages;
import id.standarpelayanan.skm.ElementResult;
import id.standarpelayanan.skm.Fraction;
import id.standarpelayanan.skm.SampleCheck;
import id.standarpelayanan.skm.SurveyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Writes a result as JSON, the shape of {@code skm-result.schema.json}. */
public final class JsonResult {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonResult() {}

  /**
   * Writes the result.
   *
   * @param result the result
   * @param locale the language of names and labels
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(SurveyResult result, Locale locale, Writer out) throws IOException {
    Locale language = Languages.supported(locale);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", "skm-result-1");
      json.writeStringField("language", language.getLanguage());
      figures(result, language, json);
      Optional<SampleCheck> sample = result.sample();
      if (sample.isPresent()) {
        json.writeObjectFieldStart("sample");
        json.writeNumberField("population", sample.get().population());
        json.writeNumberField("minimum", sample.get().minimum());
        json.writeNumberField("respondents", sample.get().respondents());
        json.writeStringField("severity", sample.get().severity().name());
        json.writeStringField("message", sample.get().message(language));
        json.writeEndObject();
      }
      json.writeArrayFieldStart("byServiceType");
      for (Map.Entry<String, SurveyResult> type : result.byServiceType().entrySet()) {
        json.writeStartObject();
        json.writeStringField("serviceType", type.getKey());
        figures(type.getValue(), language, json);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void figures(SurveyResult result, Locale language, JsonGenerator json)
      throws IOException {
    json.writeStringField("weighting", result.weighting().tag());
    json.writeNumberField("respondents", result.respondents());
    json.writeArrayFieldStart("elements");
    for (ElementResult element : result.elements()) {
      json.writeStartObject();
      json.writeStringField("code", element.element().code());
      json.writeStringField("name", element.element().name(language));
      json.writeNumberField("answers", element.answers());
      json.writeNumberField("sum", element.sum());
      json.writeStringField("weight", element.weight().toString());
      exact(json, "mean", element.mean(), Figures.MEAN_SCALE);
      exact(json, "weightedMean", element.weightedMean(), Figures.MEAN_SCALE);
      json.writeEndObject();
    }
    json.writeEndArray();
    exact(json, "index", result.index(), Figures.MEAN_SCALE);
    exact(json, "convertedValue", result.convertedValue(), SurveyResult.SCALE);
    if (result.grade().isPresent()) {
      json.writeObjectFieldStart("grade");
      json.writeStringField("letter", result.grade().get().name());
      json.writeStringField("label", result.grade().get().label(language));
      json.writeEndObject();
    } else {
      json.writeNullField("grade");
    }
    json.writeArrayFieldStart("weakest");
    for (ElementResult element : result.weakest()) {
      json.writeString(element.element().code());
    }
    json.writeEndArray();
  }

  /** {@code name: {"exact": "10/3", "rounded": 3.333}}, or {@code name: null}. */
  private static void exact(JsonGenerator json, String name, Optional<Fraction> value, int scale)
      throws IOException {
    if (value.isEmpty()) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeStringField("exact", value.get().toString());
    json.writeNumberField("rounded", value.get().round(scale));
    json.writeEndObject();
  }
}
