package id.standarpelayanan.skm;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How the elements' means are weighted: by the questionnaire's exact weights (the default), or by
 * the weight rounded to two or three decimals, as offices' spreadsheets do (1/9 as 0.11 or 0.111),
 * to reproduce a published figure. The rounded weights do not sum to one (nine times 0.11 is 0.99),
 * so they lower the index slightly: a result says which weighting it used.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Weighting {
  /** The exact weights (1/9 for the nine elements). */
  EXACT("exact", -1),
  /** Each weight rounded half up to two decimals (1/9 as 0.11). */
  TWO_DECIMALS("0.11", 2),
  /** Each weight rounded half up to three decimals (1/9 as 0.111). */
  THREE_DECIMALS("0.111", 3);

  private final String tag;
  private final int scale;

  Weighting(String tag, int scale) {
    this.tag = tag;
    this.scale = scale;
  }

  /**
   * Returns the weight this weighting gives an element of the questionnaire.
   *
   * @param questionnaire the questionnaire
   * @param element one of its elements
   * @return the exact weight, or its rounding
   * @throws IllegalArgumentException when a rounded weighting is asked of a questionnaire whose
   *     weights differ (the offices' convention is defined for equal weights only)
   */
  public Fraction weight(Questionnaire questionnaire, Element element) {
    Fraction exact = questionnaire.weight(element);
    if (this == EXACT) {
      return exact;
    }
    if (!questionnaire.equalWeights()) {
      throw new IllegalArgumentException(
          "the rounded weighting " + tag + " applies to equal weights only");
    }
    return Fraction.of(exact.round(scale));
  }

  /**
   * Returns the form users type: {@code exact}, {@code 0.11} or {@code 0.111}.
   *
   * @return the tag
   */
  public String tag() {
    return tag;
  }

  /**
   * Returns the tag, so that a command line lists the values as they are typed.
   *
   * @return the tag
   */
  @Override
  public String toString() {
    return tag;
  }

  /**
   * Returns the weighting with a tag, ignoring case; {@code 0,11} and {@code 0,111} (the decimal
   * comma) are accepted too.
   *
   * @param tag {@code exact}, {@code 0.11} or {@code 0.111}
   * @return the weighting, or empty
   */
  public static Optional<Weighting> ofTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    String normal = tag.strip().replace(',', '.').toLowerCase(Locale.ROOT);
    for (Weighting weighting : values()) {
      if (weighting.tag.equals(normal)) {
        return Optional.of(weighting);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the decimal weight of a rounded weighting for equal weights {@code 1/n}.
   *
   * @param elements the number of elements
   * @return the decimal, or empty for {@link #EXACT}
   */
  public Optional<BigDecimal> decimalFor(int elements) {
    return this == EXACT ? Optional.empty() : Optional.of(Fraction.of(1, elements).round(scale));
  }
}
