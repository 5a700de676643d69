package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** The form of a public consultation (konsultasi publik) held while compiling a standard. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum ConsultationForm implements Labelled {
  /** A public consultation forum (Forum Konsultasi Publik). */
  PUBLIC_CONSULTATION_FORUM,
  /** A focus group discussion. */
  FOCUS_GROUP_DISCUSSION,
  /** A public hearing (dengar pendapat). */
  PUBLIC_HEARING,
  /** A survey of service users. */
  SURVEY,
  /** An online consultation. */
  ONLINE,
  /** Any other form. */
  OTHER
}
