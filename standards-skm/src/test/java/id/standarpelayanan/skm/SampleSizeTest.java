package id.standarpelayanan.skm;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.rules.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleSizeTest {

  @ParameterizedTest
  @CsvSource({
    "5, 5",
    "10, 10",
    "11, 14",
    "100, 80",
    "220, 140",
    "1000, 278",
    "1200, 291",
    "2000, 322",
    "10000, 370",
    "100000, 384",
    "1000000, 384",
    "5000000, 384"
  })
  void minimumFollowsTheKrejcieMorganTableRoundingThePopulationUp(long population, long sample) {
    assertThat(SampleSize.minimum(population)).isEqualTo(sample);
  }

  /** Each row of the table agrees with Krejcie and Morgan's formula, rounded up. */
  @ParameterizedTest
  @CsvSource({"50, 44", "300, 169", "1500, 306", "5000, 357", "50000, 381"})
  void tableRowsAgreeWithTheFormula(long population, long sample) {
    double chi = 3.841;
    double s = chi * population * 0.25 / (0.0025 * (population - 1) + chi * 0.25);
    assertThat(Math.round(Math.ceil(s - 0.5))).isBetween(sample - 1, sample);
    assertThat(SampleSize.minimum(population)).isEqualTo(sample);
  }

  @Test
  void aSmallerSampleIsAWarning() {
    SampleCheck check = SampleSize.check(1000, 200);

    assertThat(check.sufficient()).isFalse();
    assertThat(check.severity()).isEqualTo(Severity.WARNING);
    assertThat(check.message(Locale.ENGLISH)).contains("200").contains("278").contains("1,000");
    assertThat(check.message(Locale.forLanguageTag("id"))).startsWith("Sampel kurang");
    assertThat(SampleSize.check(1000, 278).severity()).isEqualTo(Severity.INFO);
  }
}
