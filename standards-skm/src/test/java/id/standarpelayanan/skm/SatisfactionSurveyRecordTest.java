package id.standarpelayanan.skm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.ModelValidation;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SurveyElement;
import id.standarpelayanan.model.SurveyGrade;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A survey's result recorded in a standard's performance evaluation, and what the rules say. */
class SatisfactionSurveyRecordTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 6, 30);

  private static final int[] GOOD = {4, 3, 2, 4, 3, 4, 4, 3, 3};
  private static final int[] FAIR = {3, 3, 2, 3, 3, 3, 4, 3, 3};

  private static List<Finding> findings(SatisfactionSurvey survey, String ruleId) {
    ServiceStandard standard =
        ServiceStandard.builder()
            .setId("izin")
            .setName("Izin")
            .setPerformanceEvaluation(
                PerformanceEvaluation.builder().addSatisfactionSurvey(survey).build())
            .build();
    return Checker.builder().build().check(standard).findings().stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .toList();
  }

  @Test
  void anExactResultIsRecordedWithItsRoundedValueGradeWeakestElementsAndMeans() {
    SurveyResult result = Surveys.standard(Weighting.EXACT, List.of(GOOD, FAIR));
    SatisfactionSurvey survey = result.toSatisfactionSurvey(START, END);

    assertThat(survey.getPeriodStart()).isEqualTo(START);
    assertThat(survey.getPeriodEnd()).isEqualTo(END);
    assertThat(survey.getRespondents()).isEqualTo(2);
    assertThat(survey.getConvertedValue()).isEqualTo(result.roundedValue().orElseThrow());
    // (7+6+4+7+6+7+8+6+6) / 2 / 9 × 25 = 57 / 18 × 25 = 79.1666… → 79.17, B
    assertThat(survey.getConvertedValue()).isEqualTo(new BigDecimal("79.17"));
    assertThat(survey.getGrade()).isEqualTo(SurveyGrade.B);
    assertThat(survey.getWeakestElements()).containsExactly("U3");
    assertThat(survey.getElements())
        .extracting(SurveyElement::getCode)
        .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    // Exactly 1/9 has no decimal: left out, which the model reads as the equal share.
    assertThat(survey.getElements()).allSatisfy(e -> assertThat(e.getWeight()).isEmpty());
    assertThat(survey.getElements().get(0).getMean()).contains(new BigDecimal("3.500"));
    assertThat(survey.getElements().get(2).getMean()).contains(new BigDecimal("2.000"));

    assertThat(ModelValidation.validator().validate(survey)).isEmpty();
    assertThat(findings(survey, "sp.evaluation.survey-weights")).isEmpty();
    assertThat(findings(survey, "sp.evaluation.survey-grade")).isEmpty();
  }

  @Test
  void theOfficesRoundedWeightsAreRecordedAsPublishedAndTheWeightsRuleReportsThem() {
    SatisfactionSurvey survey =
        Surveys.standard(Weighting.TWO_DECIMALS, List.of(GOOD, FAIR))
            .toSatisfactionSurvey(START, END);

    assertThat(survey.getElements())
        .allSatisfy(e -> assertThat(e.getWeight()).contains(new BigDecimal("0.11")));
    List<Finding> weights = findings(survey, "sp.evaluation.survey-weights");
    assertThat(weights).hasSize(1);
    assertThat(weights.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(weights.get(0).pointer())
        .isEqualTo("/performanceEvaluation/satisfactionSurveys/0/elements");
    assertThat(weights.get(0).message()).contains("0.99");
  }

  @Test
  void aGradeCResultNamesItsWeakestElementsInTheGradeRule() {
    int[] poor = {3, 3, 2, 3, 2, 3, 3, 3, 3};
    SatisfactionSurvey survey =
        Surveys.standard(Weighting.EXACT, List.of(poor)).toSatisfactionSurvey(START, END);

    // 25 / 9 × 25 = 69.44, C
    assertThat(survey.getConvertedValue()).isEqualTo(new BigDecimal("69.44"));
    assertThat(survey.getGrade()).isEqualTo(SurveyGrade.C);
    assertThat(survey.getWeakestElements()).containsExactly("U3", "U5");
    List<Finding> grade = findings(survey, "sp.evaluation.survey-grade");
    assertThat(grade).hasSize(1);
    assertThat(grade.get(0).message()).contains("69.44").contains("U3, U5");
  }

  @Test
  void anAllOneResultOfTheRoundedWeightsIsRecordedBelowTheScaleAndFlaggedStructurally() {
    SatisfactionSurvey survey =
        Surveys.standard(Weighting.TWO_DECIMALS, List.of(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1}))
            .toSatisfactionSurvey(START, END);

    assertThat(survey.getConvertedValue()).isEqualTo(new BigDecimal("24.75"));
    assertThat(survey.getGrade()).isEqualTo(SurveyGrade.D);
    assertThat(ModelValidation.validator().validate(survey))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("convertedValue");
  }

  @Test
  void aResultWithoutAnIndexOrWithAPeriodEndingBeforeItStartsIsRefused() {
    Survey empty = Survey.of(Questionnaire.standard());
    SurveyResult none = empty.result(Weighting.EXACT);
    assertThatThrownBy(() -> none.toSatisfactionSurvey(START, END))
        .isInstanceOf(IllegalStateException.class);
    SurveyResult result = Surveys.standard(Weighting.EXACT, List.of(GOOD));
    assertThatThrownBy(() -> result.toSatisfactionSurvey(END, START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("periodEnd");
    assertThat(Optional.of(result.toSatisfactionSurvey(START, START).getPeriodEnd()))
        .contains(START);
  }
}
