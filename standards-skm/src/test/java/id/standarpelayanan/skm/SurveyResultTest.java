package id.standarpelayanan.skm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyResultTest {

  private static final int[] ALL_FOUR = {4, 4, 4, 4, 4, 4, 4, 4, 4};
  private static final int[] ALL_ONE = {1, 1, 1, 1, 1, 1, 1, 1, 1};

  @Test
  void theNineElementsAreTheGuidelinesInItsOrder() {
    assertThat(Questionnaire.standard().elements())
        .extracting(Element::code)
        .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    assertThat(Element.STANDARD.get(0).name(Locale.ENGLISH)).isEqualTo("Requirements");
    assertThat(Element.STANDARD.get(8).name(Locale.forLanguageTag("id")))
        .isEqualTo("Sarana dan prasarana");
    assertThat(Questionnaire.standard().weight(Element.STANDARD.get(3)))
        .isEqualTo(Fraction.of(1, 9));
  }

  @Test
  void allAnswersFourGiveOneHundredWithExactWeights() {
    SurveyResult result = Surveys.standard(Weighting.EXACT, List.of(ALL_FOUR, ALL_FOUR));

    assertThat(result.index()).contains(Fraction.of(4, 1));
    assertThat(result.convertedValue()).contains(Fraction.of(100, 1));
    assertThat(result.roundedValue()).contains(new BigDecimal("100.00"));
    assertThat(result.grade()).contains(Grade.A);
  }

  @Test
  void allAnswersOneGiveTwentyFiveWithExactWeights() {
    SurveyResult result = Surveys.standard(Weighting.EXACT, List.of(ALL_ONE));

    assertThat(result.convertedValue()).contains(Fraction.of(25, 1));
    assertThat(result.grade()).contains(Grade.D);
  }

  @Test
  void theRoundedWeightsLowerTheIndexAsOfficesSpreadsheetsDo() {
    assertThat(Surveys.standard(Weighting.THREE_DECIMALS, List.of(ALL_FOUR)).roundedValue())
        .contains(new BigDecimal("99.90"));
    assertThat(Surveys.standard(Weighting.TWO_DECIMALS, List.of(ALL_FOUR)).roundedValue())
        .contains(new BigDecimal("99.00"));
    assertThat(Surveys.standard(Weighting.TWO_DECIMALS, List.of(ALL_ONE)).grade())
        .contains(Grade.D);
  }

  /**
   * A published report: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tulang Bawang Barat, SKM
   * 2023 semester 1, "Pengolahan data survei kepuasan masyarakat per responden dan per unsur
   * pelayanan", https://e-smile.tubaba.go.id/main/skm/laporan/online (retrieved for this test). One
   * respondent answered 4 to U1–U9; the page gives Σ nilai 4 and NRR 4 per element, NRR tertimbang
   * 0.44 per element, and "IKM UNIT PELAYANAN 100 (Sangat Baik)". It states the weight as 0.111,
   * but 100 is what the exact weight 1/9 gives: 0.111 gives 99.90. So the exact weighting
   * reproduces the published figure and the 0.111 option does not.
   */
  @Test
  void reproducesThePublishedTulangBawangBaratFigureWithExactWeights() {
    SurveyResult exact = Surveys.standard(Weighting.EXACT, List.<int[]>of(ALL_FOUR));

    assertThat(exact.respondents()).isEqualTo(1);
    assertThat(exact.elements())
        .allSatisfy(
            element -> {
              assertThat(element.sum()).isEqualTo(4);
              assertThat(element.mean()).contains(Fraction.of(4, 1));
              // the page shows the weighted mean rounded to two decimals
              assertThat(element.weightedMean().orElseThrow().round(2))
                  .isEqualByComparingTo("0.44");
            });
    assertThat(exact.roundedValue()).contains(new BigDecimal("100.00"));
    assertThat(exact.grade().orElseThrow().label(Locale.forLanguageTag("id")))
        .isEqualTo("Sangat baik");
    assertThat(Surveys.standard(Weighting.THREE_DECIMALS, List.<int[]>of(ALL_FOUR)).roundedValue())
        .contains(new BigDecimal("99.90"));
  }

  @Test
  void blankAnswersDoNotCountTowardsTheMean() {
    SurveyResult result =
        Surveys.standard(
            Weighting.EXACT,
            List.of(new int[] {4, 3, 3, 3, 3, 3, 3, 3, 3}, new int[] {0, 3, 3, 3, 3, 3, 3, 3, 3}));

    ElementResult first = result.elements().get(0);
    assertThat(first.answers()).isEqualTo(1);
    assertThat(first.sum()).isEqualTo(4);
    assertThat(first.mean()).contains(Fraction.of(4, 1));
    // (4 + 8 × 3) / 9 × 25 = 700/9
    assertThat(result.convertedValue()).contains(Fraction.of(700, 9));
    assertThat(result.roundedValue()).contains(new BigDecimal("77.78"));
    assertThat(result.grade()).contains(Grade.B);
  }

  @Test
  void perElementMeansDifferFromTheMeanOfAllAnswersWhenCountsDiffer() {
    // U1: one answer 4 and one blank; the rest two answers of 1. Mean of all answers: 20/17.
    SurveyResult result =
        Surveys.standard(
            Weighting.EXACT,
            List.of(new int[] {4, 1, 1, 1, 1, 1, 1, 1, 1}, new int[] {0, 1, 1, 1, 1, 1, 1, 1, 1}));

    assertThat(result.index()).contains(Fraction.of(12, 9));
    assertThat(result.index()).isNotEqualTo(Optional.of(Fraction.of(20, 17)));
  }

  @Test
  void anElementWithoutAnswersLeavesTheIndexUndefined() {
    SurveyResult result =
        Surveys.standard(Weighting.EXACT, List.<int[]>of(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 0}));

    assertThat(result.index()).isEmpty();
    assertThat(result.grade()).isEmpty();
    assertThat(result.elements().get(8).mean()).isEmpty();
  }

  @Test
  void resultsPerServiceType() {
    Survey survey = Survey.of(Questionnaire.standard());
    survey.add(Surveys.respondent(Map.of("jenis_layanan", "KTP"), ALL_FOUR));
    survey.add(Surveys.respondent(Map.of("Jenis Layanan", "Akta"), ALL_ONE));
    survey.add(Surveys.respondent(ALL_FOUR));

    SurveyResult result = survey.result(Weighting.EXACT);

    assertThat(result.respondents()).isEqualTo(3);
    assertThat(result.byServiceType()).containsOnlyKeys("Akta", "KTP");
    assertThat(result.byServiceType().get("KTP").roundedValue()).contains(new BigDecimal("100.00"));
    assertThat(result.byServiceType().get("Akta").roundedValue()).contains(new BigDecimal("25.00"));
    assertThat(result.convertedValue()).contains(Fraction.of(75, 1));
  }

  @Test
  void theWeakestElementsAreThoseWithTheLowestMean() {
    SurveyResult result =
        Surveys.standard(Weighting.EXACT, List.<int[]>of(new int[] {4, 2, 4, 4, 2, 4, 4, 4, 3}));

    assertThat(result.weakest()).extracting(e -> e.element().code()).containsExactly("U2", "U5");
  }

  @Test
  void whenEveryElementHasTheSameMeanNoneIsNamedWeakest() throws java.io.IOException {
    SurveyResult result =
        Surveys.standard(
            Weighting.EXACT,
            List.<int[]>of(
                new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3}));

    assertThat(result.weakest()).isEmpty();
    java.io.StringWriter text = new java.io.StringWriter();
    SurveyFormat.TEXT.write(result, java.util.Locale.forLanguageTag("id"), text);
    assertThat(text.toString()).contains("Mutu pelayanan").doesNotContain("Unsur terendah");
  }

  @ParameterizedTest
  @CsvSource({
    "25.00, D",
    "64.99, D",
    "65.00, C",
    "76.60, C",
    "76.61, B",
    "88.30, B",
    "88.31, A",
    "100.00, A"
  })
  void gradesOnHalfOpenIntervals(String value, Grade grade) {
    assertThat(Grade.of(new BigDecimal(value))).isEqualTo(grade);
  }

  /** Converted values at the boundaries, each the exact mean of one element's answers × 25. */
  @ParameterizedTest
  @CsvSource({
    "2500, 6499, 64.99, D",
    "10, 26, 65.00, C",
    "125, 383, 76.60, C",
    "2500, 7661, 76.61, B",
    "250, 883, 88.30, B",
    "2500, 8831, 88.31, A"
  })
  void surveysAtTheGradeBoundaries(long answers, long sum, String value, Grade grade) {
    Element only = new Element("U1", "Persyaratan", "Requirements");
    SurveyResult result =
        new SurveyResult(
            Weighting.EXACT,
            answers,
            List.of(new ElementResult(only, answers, sum, Fraction.ONE)),
            Map.of(),
            Optional.empty());

    assertThat(result.roundedValue()).contains(new BigDecimal(value));
    assertThat(result.grade()).contains(grade);
  }

  @Test
  void theConvertedValueIsRoundedHalfUpBeforeItIsGraded() {
    Element only = new Element("U1", "Persyaratan", "Requirements");
    // 25 × 25999/10000 = 64.9975, shown and graded as 65.00
    SurveyResult result =
        new SurveyResult(
            Weighting.EXACT,
            10000,
            List.of(new ElementResult(only, 10000, 25999, Fraction.ONE)),
            Map.of(),
            Optional.empty());

    assertThat(result.roundedValue()).contains(new BigDecimal("65.00"));
    assertThat(result.grade()).contains(Grade.C);
  }

  @Test
  void additionalElementsAreAllowedWhenTheWeightsSumToExactlyOne() {
    List<Element> ten = new java.util.ArrayList<>(Element.STANDARD);
    ten.add(new Element("U10", "Keamanan data", "Data security"));
    Questionnaire questionnaire = Questionnaire.equallyWeighted(ten);

    assertThat(questionnaire.weight(ten.get(9))).isEqualTo(Fraction.of(1, 10));

    Map<Element, Fraction> unequal = new java.util.LinkedHashMap<>();
    unequal.put(ten.get(0), Fraction.of(1, 2));
    unequal.put(ten.get(9), Fraction.of(1, 2));
    assertThat(Questionnaire.weighted(unequal).equalWeights()).isTrue();
  }

  @Test
  void weightsThatDoNotSumToExactlyOneAreRefused() {
    Map<Element, Fraction> rounded = new java.util.LinkedHashMap<>();
    Element.STANDARD.forEach(e -> rounded.put(e, Fraction.of(new BigDecimal("0.111"))));

    assertThatThrownBy(() -> Questionnaire.weighted(rounded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("999/1000");
    assertThatThrownBy(() -> Questionnaire.equallyWeighted(Collections.emptyList()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roundedWeightingsApplyToEqualWeightsOnly() {
    Map<Element, Fraction> unequal = new java.util.LinkedHashMap<>();
    unequal.put(Element.STANDARD.get(0), Fraction.of(1, 3));
    unequal.put(Element.STANDARD.get(1), Fraction.of(2, 3));
    Questionnaire questionnaire = Questionnaire.weighted(unequal);

    assertThatThrownBy(() -> Weighting.TWO_DECIMALS.weight(questionnaire, Element.STANDARD.get(0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Weighting.ofTag("0,111")).contains(Weighting.THREE_DECIMALS);
  }

  @Test
  void answersOutsideTheScaleAreRefused() {
    assertThatThrownBy(() -> Surveys.respondent(5)).isInstanceOf(IllegalArgumentException.class);
  }
}
