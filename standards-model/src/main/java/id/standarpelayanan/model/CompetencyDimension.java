package id.standarpelayanan.model;

/** A dimension of implementer competence (kompetensi pelaksana) named by UU 25/2009 art. 21. */
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
