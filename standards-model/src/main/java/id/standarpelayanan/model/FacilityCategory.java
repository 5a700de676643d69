package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** The category of a facility, as the standard's component 7 distinguishes them. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum FacilityCategory implements Labelled {
  /** Equipment and tools (sarana), e.g. computers, queue machines, wheelchairs. */
  EQUIPMENT,
  /** Premises and infrastructure (prasarana), e.g. a waiting room, ramps, toilets. */
  PREMISES,
  /** Digital services, e.g. an online application system or an information kiosk. */
  DIGITAL,
  /**
   * Supporting facilities (fasilitas pendukung), e.g. a lactation room, a children's corner, a
   * prayer room.
   */
  SUPPORT
}
