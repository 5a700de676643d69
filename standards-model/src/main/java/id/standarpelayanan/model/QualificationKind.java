package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** The kind of a qualification implementers must hold (kualifikasi pelaksana). Since 1.1. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum QualificationKind implements Labelled {
  /** A minimum level of education, e.g. "minimal SMA/sederajat" or "S1 Hukum". */
  EDUCATION,
  /** A certification, e.g. a professional licence or a competence certificate. */
  CERTIFICATION,
  /** Training (pelatihan, diklat, bimbingan teknis). */
  TRAINING,
  /** Any other qualification. */
  OTHER
}
