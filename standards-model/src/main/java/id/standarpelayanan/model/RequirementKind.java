package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** The kind of a requirement (persyaratan): administrative or technical (PermenPANRB 15/2014). */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum RequirementKind implements Labelled {
  /**
   * Administrative requirement (persyaratan administratif), e.g. an identity card or a request
   * letter.
   */
  ADMINISTRATIVE,
  /**
   * Technical requirement (persyaratan teknis), e.g. a feasibility study or a site verification.
   */
  TECHNICAL
}
