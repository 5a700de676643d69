package id.standarpelayanan.skm;

import java.math.BigDecimal;
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
}
