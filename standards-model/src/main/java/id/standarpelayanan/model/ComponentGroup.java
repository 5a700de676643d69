package id.standarpelayanan.model;

import org.apiguardian.api.API;

/**
 * The two groups of components set by PermenPANRB 15/2014: what the public sees (service delivery,
 * penyampaian pelayanan) and how the provider runs the service (service management, pengelolaan
 * pelayanan).
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ComponentGroup implements Labelled {
  /** Service delivery (penyampaian pelayanan): published to the public. */
  SERVICE_DELIVERY,
  /** Service management (pengelolaan pelayanan): internal, but part of the standard. */
  SERVICE_MANAGEMENT
}
