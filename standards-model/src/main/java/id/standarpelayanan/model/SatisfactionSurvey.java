package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of one community satisfaction survey (Survei Kepuasan Masyarakat, SKM, PermenPANRB
 * 14/2017) recorded in a standard's performance evaluation: the period it covered, how many
 * answered, the converted value (nilai konversi, IKM × 25) and the grade, and optionally the
 * weakest elements and the per-element weights and means. Since 1.1.
 *
 * <p>Construction refuses a period that ends before it starts and a converted value with more than
 * two decimals (the guideline's table is to two decimals). The guideline's scale, 25 to 100, is a
 * structural constraint ({@link ModelValidation}), not a construction check: the rounded weights
 * some offices use (nine times 0.11) can publish 24.75 for an all-1 survey, and such a document
 * must still load so that the finding can say what is wrong.
 */
@Value.Immutable
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface SatisfactionSurvey {

  /**
   * Returns the first day of the period the survey covered.
   *
   * @return the start of the period
   */
  LocalDate getPeriodStart();

  /**
   * Returns the last day of the period the survey covered, not before its start.
   *
   * @return the end of the period
   */
  LocalDate getPeriodEnd();

  /**
   * Returns how many respondents answered.
   *
   * @return one or more
   */
  @Positive(message = "{id.standarpelayanan.model.Positive.message}")
  @Max(value = TextLimits.COUNT, message = "{id.standarpelayanan.model.Max.message}")
  int getRespondents();

  /**
   * Returns the converted value (nilai konversi IKM), on the guideline's scale 25 to 100, with at
   * most two decimals.
   *
   * @return the converted value
   */
  @Min(value = 25, message = "{id.standarpelayanan.model.Min.message}")
  @Max(value = 100, message = "{id.standarpelayanan.model.Max.message}")
  BigDecimal getConvertedValue();

  /**
   * Returns the grade (mutu pelayanan) the office gave the result.
   *
   * @return the grade
   */
  SurveyGrade getGrade();

  /**
   * Returns the codes of the elements with the lowest mean (unsur terendah), such as {@code U3}.
   *
   * @return the codes in the order given, possibly empty
   */
  List<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.CODE, message = "{id.standarpelayanan.model.Size.message}") String>
      getWeakestElements();

  /**
   * Returns the per-element figures, when the office recorded them.
   *
   * @return the elements in the order given, possibly empty
   */
  List<@Valid SurveyElement> getElements();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableSatisfactionSurvey.Builder builder() {
    return ImmutableSatisfactionSurvey.builder();
  }

  /** Rejects a period that ends before it starts and a value with more than two decimals. */
  @Value.Check
  default void check() {
    if (getPeriodEnd().isBefore(getPeriodStart())) {
      throw new IllegalArgumentException(
          "periodEnd must not be before periodStart: "
              + getPeriodStart()
              + " to "
              + getPeriodEnd());
    }
    if (getConvertedValue().stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "convertedValue has more than two decimals: " + getConvertedValue().toPlainString());
    }
  }
}
