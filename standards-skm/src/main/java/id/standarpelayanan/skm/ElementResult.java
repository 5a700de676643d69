package id.standarpelayanan.skm;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One element's figures: how many respondents answered it, the sum of their answers, the mean
 * (nilai rata-rata, NRR = sum ÷ answers; blank answers do not count) and the weighted mean (NRR
 * tertimbang = NRR × weight), all exact.
 *
 * @param element the element
 * @param answers the number of answers given
 * @param sum the sum of the answers
 * @param weight the weight the result's {@link Weighting} gave the element
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ElementResult(Element element, long answers, long sum, Fraction weight) {

  /**
   * Checks the figures.
   *
   * @throws IllegalArgumentException when they cannot come from answers of 1 to 4
   */
  public ElementResult {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(weight, "weight");
    if (answers < 0 || sum < answers || sum > 4 * answers) {
      throw new IllegalArgumentException(
          "answers " + answers + " cannot sum to " + sum + " on the 1-4 scale");
    }
  }

  /**
   * Returns the mean answer, NRR = sum ÷ answers.
   *
   * @return the exact mean, or empty when nobody answered
   */
  public Optional<Fraction> mean() {
    return answers == 0 ? Optional.empty() : Optional.of(Fraction.of(sum, answers));
  }

  /**
   * Returns the weighted mean, NRR × weight.
   *
   * @return the exact weighted mean, or empty when nobody answered
   */
  public Optional<Fraction> weightedMean() {
    return mean().map(mean -> mean.multiply(weight));
  }
}
