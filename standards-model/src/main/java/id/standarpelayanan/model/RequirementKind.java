package id.standarpelayanan.model;

/** The kind of a requirement (persyaratan): administrative or technical (PermenPANRB 15/2014). */
public enum RequirementKind implements Labelled {
  /** Administrative requirement (persyaratan administratif), e.g. an identity card or a request letter. */
  ADMINISTRATIVE,
  /** Technical requirement (persyaratan teknis), e.g. a feasibility study or a site verification. */
  TECHNICAL
}
