package id.standarpelayanan.skm;

import id.standarpelayanan.model.ImmutableSatisfactionSurvey;
import id.standarpelayanan.model.ImmutableSurveyElement;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.SurveyElement;
import id.standarpelayanan.model.SurveyGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The outcome of a survey: per element its figures, then the index (IKM = the sum of the weighted
 * means), the converted value (IKM × 25) and the grade, and the same per service type.
 *
 * <p>The index and the converted value are exact. The one rounding is the documented step of
 * PermenPANRB 14/2017's table: the converted value is rounded half up to two decimals ({@link
 * #roundedValue()}), and that is what is graded and shown. When an element has no answer at all the
 * index is undefined and the three are empty.
 *
 * @param weighting the weighting used
 * @param respondents the number of respondents (rows), answered or blank
 * @param elements the figures per element, in the questionnaire's order
 * @param byServiceType the result per service type, in the types' alphabetical order; empty when no
 *     respondent named one (and always empty in a per-type result)
 * @param sample the sample check, when the population was given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SurveyResult(
    Weighting weighting,
    long respondents,
    List<ElementResult> elements,
    Map<String, SurveyResult> byServiceType,
    Optional<SampleCheck> sample) {

  /** The factor from the index (1–4) to the converted value (25–100). */
  public static final int CONVERSION_FACTOR = 25;

  /** The decimals the converted value is rounded to before it is graded and shown. */
  public static final int SCALE = 2;

  /**
   * Copies the lists.
   *
   * @param weighting the weighting used
   * @param respondents the number of respondents
   * @param elements the figures per element
   * @param byServiceType the result per service type
   * @param sample the sample check, or {@code null} for none
   */
  SurveyResult(
      Weighting weighting,
      long respondents,
      List<ElementResult> elements,
      Map<String, SurveyResult> byServiceType,
      SampleCheck sample) {
    this(weighting, respondents, elements, byServiceType, Optional.ofNullable(sample));
  }

  /**
   * Checks and copies the figures.
   *
   * @throws IllegalArgumentException when there are no elements or fewer respondents than answers
   */
  public SurveyResult {
    Objects.requireNonNull(weighting, "weighting");
    elements = List.copyOf(elements);
    byServiceType = Collections.unmodifiableMap(new TreeMap<>(byServiceType));
    Objects.requireNonNull(sample, "sample");
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("a result has at least one element");
    }
    for (ElementResult element : elements) {
      if (element.answers() > respondents) {
        throw new IllegalArgumentException(
            element.element().code() + " has more answers than respondents");
      }
    }
  }

  /**
   * Returns the index, IKM = the sum of the weighted means, exact.
   *
   * @return the index, or empty when an element has no answer
   */
  public Optional<Fraction> index() {
    Fraction sum = Fraction.ZERO;
    for (ElementResult element : elements) {
      Optional<Fraction> weighted = element.weightedMean();
      if (weighted.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(weighted.get());
    }
    return Optional.of(sum);
  }

  /**
   * Returns the converted value, IKM × 25, exact.
   *
   * @return the converted value, or empty when an element has no answer
   */
  public Optional<Fraction> convertedValue() {
    return index().map(index -> index.multiply(CONVERSION_FACTOR));
  }

  /**
   * Returns the converted value rounded half up to two decimals: the figure graded and shown.
   *
   * @return the rounded converted value, or empty when an element has no answer
   */
  public Optional<BigDecimal> roundedValue() {
    return convertedValue().map(value -> value.round(SCALE));
  }

  /**
   * Returns the grade of the rounded converted value.
   *
   * @return the grade, or empty when an element has no answer
   */
  public Optional<Grade> grade() {
    return roundedValue().map(Grade::of);
  }

  /**
   * Returns the elements with the lowest mean, for a report to name what to improve first: those
   * whose mean equals the lowest, in the questionnaire's order. When every answered element has the
   * same mean, none is weaker than another and none is named.
   *
   * @return the weakest elements; empty when no element has an answer, or all have the same mean
   */
  public List<ElementResult> weakest() {
    Optional<Fraction> lowest =
        elements.stream()
            .map(ElementResult::mean)
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder());
    List<ElementResult> weakest =
        lowest
            .map(
                low ->
                    elements.stream()
                        .filter(element -> element.mean().filter(low::equals).isPresent())
                        .toList())
            .orElse(List.of());
    long answered = elements.stream().filter(element -> element.mean().isPresent()).count();
    return weakest.size() == answered && answered > 1 ? List.of() : weakest;
  }

  /** The decimals of an element's mean in the recorded survey, as reports show it. */
  static final int MEAN_SCALE = 3;

  /**
   * Returns this result as the record a standard's performance evaluation keeps ({@link
   * SatisfactionSurvey}): the period given, the respondents, the rounded converted value (two
   * decimals, as graded), the grade, the weakest elements' codes and per element its weight and its
   * mean rounded half up to three decimals.
   *
   * <p>A weight that is the equal share 1/n of the n elements is left out, which the model reads as
   * exactly that share (1/9 has no decimal); any other weight is recorded as its exact decimal, so
   * the 0.11 and 0.111 weightings are recorded as such and the rule {@code
   * sp.evaluation.survey-weights} reports that they do not sum to 1. A result of the 0.11 weighting
   * can fall below the guideline's scale (24.75 for an all-1 survey): it is recorded as computed,
   * and the model's structural check reports it.
   *
   * @param periodStart the first day the survey covered
   * @param periodEnd the last day it covered, not before {@code periodStart}
   * @return the record
   * @throws IllegalStateException when an element has no answer (there is no index to record)
   * @throws IllegalArgumentException when {@code periodEnd} is before {@code periodStart}, when
   *     there are more respondents than an {@code int} holds, or when a weight other than the equal
   *     share has no exact decimal (such as 1/3 beside 1/6 and 1/2)
   */
  public SatisfactionSurvey toSatisfactionSurvey(LocalDate periodStart, LocalDate periodEnd) {
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(periodEnd, "periodEnd");
    BigDecimal value =
        roundedValue()
            .orElseThrow(
                () -> new IllegalStateException("an element has no answer: there is no index"));
    if (respondents > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many respondents to record: " + respondents);
    }
    Fraction equalShare = Fraction.of(1, elements.size());
    ImmutableSatisfactionSurvey.Builder survey =
        SatisfactionSurvey.builder()
            .setPeriodStart(periodStart)
            .setPeriodEnd(periodEnd)
            .setRespondents((int) respondents)
            .setConvertedValue(value)
            .setGrade(SurveyGrade.valueOf(Grade.of(value).name()));
    weakest().forEach(element -> survey.addWeakestElement(element.element().code()));
    for (ElementResult element : elements) {
      ImmutableSurveyElement.Builder recorded =
          SurveyElement.builder().setCode(element.element().code());
      if (!element.weight().equals(equalShare)) {
        recorded.setWeight(decimal(element));
      }
      element.mean().ifPresent(mean -> recorded.setMean(mean.round(MEAN_SCALE)));
      survey.addElement(recorded.build());
    }
    return survey.build();
  }

  /** The exact decimal of an element's weight. */
  private static BigDecimal decimal(ElementResult element) {
    Fraction weight = element.weight();
    try {
      return new BigDecimal(weight.numerator()).divide(new BigDecimal(weight.denominator()));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "the weight " + weight + " of " + element.element().code() + " has no exact decimal", e);
    }
  }
}
