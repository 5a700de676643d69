package id.standarpelayanan.skm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class OutputTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(SurveyFormat.JSON.schema().orElseThrow());

  private static SurveyResult sample() {
    Survey survey = Survey.of(Questionnaire.standard());
    survey.add(
        Surveys.respondent(
            Map.of("jenis_layanan", "KTP <baru> & \"ulang\""), 4, 3, 3, 2, 4, 4, 3, 3, 3));
    survey.add(Surveys.respondent(Map.of("jenis_layanan", "Akta"), 3, 3, 4, 0, 4, 3, 3, 4, 4));
    survey.add(Surveys.respondent(3, 2, 3, 3, 4, 4, 4, 3, 3));
    // means 10/3, 8/3, 10/3, 5/2, 4, 11/3, 10/3, 10/3, 10/3: sum 59/2, IKM 59/18, × 25 = 81.94
    return survey.result(Weighting.EXACT, 100);
  }

  private static String write(SurveyFormat format, SurveyResult result, Locale locale)
      throws Exception {
    StringWriter out = new StringWriter();
    format.write(result, locale, out);
    return out.toString();
  }

  @Test
  void theTextIsIndonesianByDefaultWithDecimalCommas() throws Exception {
    String text = write(SurveyFormat.TEXT, sample(), INDONESIAN);

    assertThat(text)
        .contains("Survei Kepuasan Masyarakat")
        .contains("U1 Persyaratan")
        .contains("3,333")
        .contains("Nilai konversi (IKM × 25): 81,94")
        .contains("Mutu pelayanan: B (Baik)")
        .contains("Sampel kurang: 3 responden, padahal minimal 80 untuk populasi 100")
        .contains("Jenis layanan: Akta")
        .contains("Unsur terendah: U4 Biaya/tarif");
  }

  @Test
  void theTextInEnglish() throws Exception {
    String text = write(SurveyFormat.TEXT, sample(), Locale.ENGLISH);

    assertThat(text)
        .contains("U1 Requirements")
        .contains("Converted value (IKM × 25): 81.94")
        .contains("Quality of service: B (Good)")
        .contains("Sample too small");
  }

  @Test
  void theJsonMatchesItsSchemaAndCarriesExactFigures() throws Exception {
    JsonNode json = MAPPER.readTree(write(SurveyFormat.JSON, sample(), INDONESIAN));

    assertThat(SCHEMA.validate(json).stream().map(ValidationMessage::getMessage)).isEmpty();
    assertThat(json.at("/elements/0/mean/exact").asText()).isEqualTo("10/3");
    assertThat(json.at("/elements/3/answers").asInt()).isEqualTo(2);
    assertThat(json.at("/convertedValue/rounded").decimalValue()).isEqualByComparingTo("81.94");
    assertThat(json.at("/grade/letter").asText()).isEqualTo("B");
    assertThat(json.at("/sample/severity").asText()).isEqualTo("WARNING");
    assertThat(json.at("/byServiceType/0/serviceType").asText()).isEqualTo("Akta");
  }

  @Test
  void theSchemaRefusesAResultOfAnotherShape() throws Exception {
    String json = write(SurveyFormat.JSON, sample(), Locale.ENGLISH);

    assertThat(SCHEMA.validate(MAPPER.readTree(json.replace("\"letter\"", "\"mark\""))))
        .isNotEmpty();
    assertThat(SCHEMA.validate(MAPPER.readTree(json.replace("\"10/3\"", "\"3.33\"")))).isNotEmpty();
  }

  @Test
  void anUndefinedIndexIsNullInJsonAndSaidInText() throws Exception {
    SurveyResult undefined =
        Surveys.standard(Weighting.EXACT, List.<int[]>of(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 0}));

    JsonNode json = MAPPER.readTree(write(SurveyFormat.JSON, undefined, Locale.ENGLISH));
    assertThat(SCHEMA.validate(json)).isEmpty();
    assertThat(json.get("grade").isNull()).isTrue();
    assertThat(write(SurveyFormat.TEXT, undefined, Locale.ENGLISH)).contains("cannot be computed");
  }

  @Test
  void theSvgIsAccessibleEscapedAndDeterministic() throws Exception {
    Element hostile = new Element("U1", "Syarat <script>&", "Requirements <b>");
    Survey survey = Survey.of(Questionnaire.equallyWeighted(List.of(hostile)));
    survey.add(new Respondent(Map.of("U1", 3), Map.of()));
    SurveyResult result = survey.result(Weighting.EXACT);

    String svg = write(SurveyFormat.SVG, result, INDONESIAN);

    assertThat(svg).isEqualTo(write(SurveyFormat.SVG, result, INDONESIAN));
    assertThat(svg).contains("Syarat &lt;script&gt;&amp;").doesNotContain("<script>");
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new java.io.StringReader(svg)));
    assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(document.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("NRR per unsur");
    assertThat(document.getElementsByTagName("desc").item(0).getTextContent())
        .contains("75,00")
        .contains("C (Kurang baik)");
    assertThat(
            document
                .getElementsByTagName("rect")
                .item(0)
                .getAttributes()
                .getNamedItem("width")
                .getNodeValue())
        .isEqualTo("270.0");
  }

  @Test
  void theSvgHasOneBarPerElement() throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new InputSource(
                    new java.io.StringReader(write(SurveyFormat.SVG, sample(), Locale.ENGLISH))));

    assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(9);
  }

  @Test
  void onlyJsonHasASchema() {
    assertThat(SurveyFormat.TEXT.schema()).isEmpty();
    assertThat(SurveyFormat.SVG.schema()).isEmpty();
  }
}
