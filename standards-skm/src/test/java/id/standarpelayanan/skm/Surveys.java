package id.standarpelayanan.skm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds respondents for the tests: answers as an array in the elements' order, 0 for blank. */
final class Surveys {

  private Surveys() {}

  static Respondent respondent(int... answers) {
    return respondent(Map.of(), answers);
  }

  static Respondent respondent(Map<String, String> attributes, int... answers) {
    Map<String, Integer> byCode = new LinkedHashMap<>();
    List<Element> elements = Element.STANDARD;
    for (int i = 0; i < answers.length; i++) {
      if (answers[i] != 0) {
        byCode.put(elements.get(i).code(), answers[i]);
      }
    }
    return new Respondent(byCode, attributes);
  }

  static SurveyResult standard(Weighting weighting, List<int[]> rows) {
    Survey survey = Survey.of(Questionnaire.standard());
    rows.forEach(row -> survey.add(respondent(row)));
    return survey.result(weighting);
  }
}
