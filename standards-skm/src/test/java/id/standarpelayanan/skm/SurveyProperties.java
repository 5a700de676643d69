package id.standarpelayanan.skm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of the index, over random surveys of the nine elements. */
class SurveyProperties {

  private static final Fraction TWENTY_FIVE = Fraction.of(25, 1);
  private static final Fraction ONE_HUNDRED = Fraction.of(100, 1);

  /** Surveys whose first respondent answered everything, so the index is defined; 0 is blank. */
  @Provide
  Arbitrary<List<int[]>> surveys() {
    Arbitrary<int[]> full = Arbitraries.integers().between(1, 4).array(int[].class).ofSize(9);
    Arbitrary<int[]> any = Arbitraries.integers().between(0, 4).array(int[].class).ofSize(9);
    return full.flatMap(
        first ->
            any.list()
                .ofMaxSize(40)
                .map(
                    rest -> {
                      List<int[]> rows = new ArrayList<>();
                      rows.add(first);
                      rows.addAll(rest);
                      return rows;
                    }));
  }

  /** Surveys without blanks: every element has as many answers as there are respondents. */
  @Provide
  Arbitrary<List<int[]>> completeSurveys() {
    return Arbitraries.integers()
        .between(1, 4)
        .array(int[].class)
        .ofSize(9)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  @Property
  void theConvertedValueStaysBetween25And100(@ForAll("surveys") List<int[]> rows) {
    Fraction value = Surveys.standard(Weighting.EXACT, rows).convertedValue().orElseThrow();

    assertThat(value).isGreaterThanOrEqualTo(TWENTY_FIVE).isLessThanOrEqualTo(ONE_HUNDRED);
  }

  @Property
  void theOrderOfRespondentsDoesNotMatter(@ForAll("surveys") List<int[]> rows, @ForAll long seed) {
    List<int[]> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(Surveys.standard(Weighting.EXACT, shuffled).convertedValue())
        .isEqualTo(Surveys.standard(Weighting.EXACT, rows).convertedValue());
  }

  @Property
  void raisingOneAnswerNeverLowersTheValue(
      @ForAll("surveys") List<int[]> rows,
      @ForAll @IntRange(min = 0, max = 1000) int which,
      @ForAll @IntRange(min = 0, max = 8) int element) {
    int[] row = rows.get(which % rows.size());
    if (row[element] == 0 || row[element] == 4) {
      return; // a blank or a 4 cannot be raised on the scale
    }
    Fraction before = Surveys.standard(Weighting.EXACT, rows).convertedValue().orElseThrow();
    List<int[]> raised = new ArrayList<>();
    for (int[] r : rows) {
      raised.add(r == row ? raise(r, element) : r);
    }

    assertThat(Surveys.standard(Weighting.EXACT, raised).convertedValue().orElseThrow())
        .isGreaterThanOrEqualTo(before);
  }

  @Property
  void withEqualCountsItIsTheMeanOfAllAnswersTimes25(@ForAll("completeSurveys") List<int[]> rows) {
    long sum = 0;
    for (int[] row : rows) {
      for (int answer : row) {
        sum += answer;
      }
    }
    Fraction meanOfAll = Fraction.of(sum, 9L * rows.size());

    assertThat(Surveys.standard(Weighting.EXACT, rows).convertedValue())
        .contains(meanOfAll.multiply(25));
  }

  @Property
  void theGradeIsTheGradeOfTheRoundedValue(@ForAll("surveys") List<int[]> rows) {
    SurveyResult result = Surveys.standard(Weighting.EXACT, rows);

    assertThat(result.grade()).contains(Grade.of(result.roundedValue().orElseThrow()));
  }

  private static int[] raise(int[] row, int element) {
    int[] copy = row.clone();
    copy[element]++;
    return copy;
  }
}
