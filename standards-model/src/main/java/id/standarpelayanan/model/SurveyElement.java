package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One element (unsur) of a recorded community satisfaction survey: its code ({@code U1} … {@code
 * U9} for the nine elements of PermenPANRB 14/2017, or an office's own), the weight the office gave
 * it and its mean (nilai rata-rata, NRR) on the 1–4 scale. Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface SurveyElement {

  /**
   * Returns the element's code, such as {@code U3}.
   *
   * @return the code
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.CODE, message = "{id.standarpelayanan.model.Size.message}")
  String getCode();

  /**
   * Returns the weight (bobot) the office used, as it published it ({@code 0.11}, {@code 0.111}); a
   * survey's weights sum to exactly 1 (the rule {@code sp.evaluation.survey-weights}). Absent means
   * the guideline's equal share, exactly 1/n of the survey's n elements, which no decimal writes.
   *
   * @return the weight, between 0 and 1
   */
  Optional<
          @PositiveOrZero(message = "{id.standarpelayanan.model.PositiveOrZero.message}")
          @Max(value = 1, message = "{id.standarpelayanan.model.Max.message}") BigDecimal>
      getWeight();

  /**
   * Returns the element's mean (NRR) on the perception scale 1 to 4.
   *
   * @return the mean
   */
  Optional<
          @PositiveOrZero(message = "{id.standarpelayanan.model.PositiveOrZero.message}")
          @Max(value = 4, message = "{id.standarpelayanan.model.Max.message}") BigDecimal>
      getMean();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableSurveyElement.Builder builder() {
    return ImmutableSurveyElement.builder();
  }
}
