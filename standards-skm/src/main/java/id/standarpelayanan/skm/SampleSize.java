package id.standarpelayanan.skm;

import org.apiguardian.api.API;

/**
 * The minimum number of respondents (jumlah sampel minimal) for the number of people served, from
 * the sample table of Krejcie and Morgan (1970) that PermenPANRB 14/2017 prescribes for the survey.
 *
 * <p>The table gives the sample for listed populations (10, 15, …, 1,000,000) at a 95% confidence
 * level and a 5% margin; a population between two rows takes the larger row's sample (the safe
 * side), and one above 1,000,000 takes 384, the table's last row. The values were checked against
 * the table as reproduced at
 * https://www.sindopos.com/2022/08/cara-menghitung-sampel-dengan-rumus.html and against the formula
 * s = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05, rounded up.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SampleSize {

  /** Krejcie and Morgan's table: population, sample, in pairs. */
  private static final long[][] TABLE = {
    {10, 10},
    {15, 14},
    {20, 19},
    {25, 24},
    {30, 28},
    {35, 32},
    {40, 36},
    {45, 40},
    {50, 44},
    {55, 48},
    {60, 52},
    {65, 56},
    {70, 59},
    {75, 63},
    {80, 66},
    {85, 70},
    {90, 73},
    {95, 76},
    {100, 80},
    {110, 86},
    {120, 92},
    {130, 97},
    {140, 103},
    {150, 108},
    {160, 113},
    {170, 118},
    {180, 123},
    {190, 127},
    {200, 132},
    {210, 136},
    {220, 140},
    {230, 144},
    {240, 148},
    {250, 152},
    {260, 155},
    {270, 159},
    {280, 162},
    {290, 165},
    {300, 169},
    {320, 175},
    {340, 181},
    {360, 186},
    {380, 191},
    {400, 196},
    {420, 201},
    {440, 205},
    {460, 210},
    {480, 214},
    {500, 217},
    {550, 226},
    {600, 234},
    {650, 242},
    {700, 248},
    {750, 254},
    {800, 260},
    {850, 265},
    {900, 269},
    {950, 274},
    {1000, 278},
    {1100, 285},
    {1200, 291},
    {1300, 297},
    {1400, 302},
    {1500, 306},
    {1600, 310},
    {1700, 313},
    {1800, 317},
    {1900, 320},
    {2000, 322},
    {2200, 327},
    {2400, 331},
    {2600, 335},
    {2800, 338},
    {3000, 341},
    {3500, 346},
    {4000, 351},
    {4500, 354},
    {5000, 357},
    {6000, 361},
    {7000, 364},
    {8000, 367},
    {9000, 368},
    {10000, 370},
    {15000, 375},
    {20000, 377},
    {30000, 379},
    {40000, 380},
    {50000, 381},
    {75000, 382},
    {1000000, 384}
  };

  private SampleSize() {}

  /**
   * Returns the minimum sample for a population: the table's sample for the smallest listed
   * population at or above it; a population of fewer than ten is surveyed whole.
   *
   * @param population the number of people served in the period, positive
   * @return the minimum number of respondents
   * @throws IllegalArgumentException when {@code population} is not positive
   */
  public static long minimum(long population) {
    if (population <= 0) {
      throw new IllegalArgumentException("the population must be positive: " + population);
    }
    if (population < TABLE[0][0]) {
      return population;
    }
    for (long[] row : TABLE) {
      if (population <= row[0]) {
        return row[1];
      }
    }
    return TABLE[TABLE.length - 1][1];
  }

  /**
   * Checks a sample against the minimum for its population.
   *
   * @param population the number of people served in the period, positive
   * @param respondents the number of respondents
   * @return the check; a WARNING when the sample is smaller than the minimum
   */
  public static SampleCheck check(long population, long respondents) {
    return new SampleCheck(population, minimum(population), respondents);
  }
}
