package id.standarpelayanan.skm;

import id.standarpelayanan.model.Languages;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The quality of service (mutu pelayanan) a converted value earns, PermenPANRB 14/2017: half-open
 * intervals of the converted value rounded to two decimals, D [25, 65), C [65, 76.61), B [76.61,
 * 88.31), A [88.31, 100]. The guideline prints them as 25.00–64.99, 65.00–76.60, 76.61–88.30 and
 * 88.31–100.00, which are the same intervals on two-decimal values.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Grade {
  /** Sangat baik (very good): 88.31 to 100. */
  A("88.31", "Sangat baik", "Very good"),
  /** Baik (good): 76.61 up to 88.31. */
  B("76.61", "Baik", "Good"),
  /** Kurang baik (poor): 65 up to 76.61. */
  C("65.00", "Kurang baik", "Poor"),
  /** Tidak baik (not good): 25 up to 65. */
  D("25.00", "Tidak baik", "Not good");

  private final BigDecimal lowerBound;
  private final String indonesian;
  private final String english;

  Grade(String lowerBound, String indonesian, String english) {
    this.lowerBound = new BigDecimal(lowerBound);
    this.indonesian = indonesian;
    this.english = english;
  }

  /**
   * Returns the grade of a converted value, already rounded to two decimals.
   *
   * <p>Exact weights keep a converted value in [25, 100]; the rounded {@link Weighting}s can take
   * it a little below 25 (nine times 0.11 × 1 × 25 is 24.75), which is D as well.
   *
   * @param convertedValue a value in [0, 100]
   * @return its grade
   * @throws IllegalArgumentException when the value is outside [0, 100]
   */
  public static Grade of(BigDecimal convertedValue) {
    Objects.requireNonNull(convertedValue, "convertedValue");
    if (convertedValue.signum() < 0 || convertedValue.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("a converted value is in [0, 100]: " + convertedValue);
    }
    for (Grade grade : values()) {
      if (convertedValue.compareTo(grade.lowerBound) >= 0) {
        return grade;
      }
    }
    return D;
  }

  /**
   * Returns the lowest converted value of the grade (inclusive).
   *
   * @return the lower bound
   */
  public BigDecimal lowerBound() {
    return lowerBound;
  }

  /**
   * Returns the grade's label (Sangat baik, Baik, Kurang baik, Tidak baik, or in English).
   *
   * @param locale the locale; English for English, Indonesian otherwise
   * @return the label
   */
  public String label(Locale locale) {
    return Languages.supported(locale).equals(Locale.ENGLISH) ? english : indonesian;
  }
}
