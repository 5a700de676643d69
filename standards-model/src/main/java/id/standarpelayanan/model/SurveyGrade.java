package id.standarpelayanan.model;

import org.apiguardian.api.API;

/**
 * The grade (mutu pelayanan) of a community satisfaction survey (Survei Kepuasan Masyarakat) by its
 * converted value, as PermenPANRB 14/2017 tables it: A from 88.31, B from 76.61, C from 65, D from
 * 25. Since 1.1.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum SurveyGrade implements Labelled {
  /** Sangat baik (very good): 88.31 to 100. */
  A,
  /** Baik (good): 76.61 up to 88.31. */
  B,
  /** Kurang baik (not quite good): 65 up to 76.61. */
  C,
  /** Tidak baik (not good): 25 up to 65. */
  D
}
