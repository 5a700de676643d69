package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** How the amount of a fee item is set. Since 1.1. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum FeePricing implements Labelled {
  /** The standard states the amount. */
  STATED,
  /**
   * A named regulation sets the amount, which the standard does not state (e.g. "sesuai Perda").
   */
  SET_BY_REGULATION,
  /** Charged at cost (sesuai biaya riil), e.g. photocopies. */
  AT_COST
}
