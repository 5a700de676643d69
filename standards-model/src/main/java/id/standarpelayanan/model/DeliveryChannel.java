package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** A way the service is delivered (cara penyampaian pelayanan). */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum DeliveryChannel implements Labelled {
  /** At the office counter, e.g. the one-stop service (Pelayanan Terpadu Satu Pintu, PTSP). */
  IN_PERSON,
  /** Through an online system. */
  ONLINE,
  /** By post. */
  MAIL,
  /** By a mobile service visiting users (layanan keliling). */
  MOBILE
}
