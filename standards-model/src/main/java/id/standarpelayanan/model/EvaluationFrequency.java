package id.standarpelayanan.model;

import org.apiguardian.api.API;

/**
 * How often implementers' performance is evaluated. UU 25/2009 art. 10 (with its elucidation)
 * allows every 3, 6, 12 or 24 months, as the standard fixes.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum EvaluationFrequency implements Labelled {
  /** Every three months (triwulanan). */
  QUARTERLY(3),
  /** Every six months (semesteran). */
  SEMIANNUAL(6),
  /** Every twelve months (tahunan). */
  ANNUAL(12),
  /** Every twenty-four months (dua tahunan). */
  BIENNIAL(24);

  private final int months;

  EvaluationFrequency(int months) {
    this.months = months;
  }

  /**
   * Returns the interval between evaluations.
   *
   * @return 3, 6, 12 or 24
   */
  public int months() {
    return months;
  }
}
