package id.standarpelayanan.model;

/** The kind of a qualification implementers must hold (kualifikasi pelaksana). Since 1.1. */
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
