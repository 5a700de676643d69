package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** A dimension of implementer competence (kompetensi pelaksana) named by UU 25/2009 art. 21. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum CompetencyDimension implements Labelled {
  /** Knowledge (pengetahuan). */
  KNOWLEDGE,
  /** Expertise (keahlian). */
  EXPERTISE,
  /** Skill (keterampilan). */
  SKILL,
  /** Experience (pengalaman). */
  EXPERIENCE
}
