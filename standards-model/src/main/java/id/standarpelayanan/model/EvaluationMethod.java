package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** A method for evaluating implementers' performance (evaluasi kinerja pelaksana). */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum EvaluationMethod implements Labelled {
  /** The community satisfaction survey (Survei Kepuasan Masyarakat, SKM) of PermenPANRB 14/2017. */
  COMMUNITY_SATISFACTION_SURVEY,
  /** An internal audit or inspection. */
  INTERNAL_AUDIT,
  /** Periodic monitoring and evaluation (monitoring dan evaluasi) by the unit. */
  MONITORING_AND_EVALUATION,
  /** A public consultation forum (Forum Konsultasi Publik, PermenPANRB 16/2017). */
  PUBLIC_CONSULTATION_FORUM,
  /** The ministry's evaluation of public service delivery (PEKPPP, PermenPANRB 29/2022). */
  PUBLIC_SERVICE_EVALUATION,
  /** Analysis of complaints received. */
  COMPLAINT_ANALYSIS,
  /** Any other method. */
  OTHER
}
