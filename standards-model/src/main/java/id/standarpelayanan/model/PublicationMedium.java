package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** A medium in which a standard is published to the public (media publikasi). Since 1.1. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum PublicationMedium implements Labelled {
  /** The provider's website; the address is its URL. */
  WEBSITE,
  /** A notice board or display at the office (papan informasi, banner, standing display). */
  NOTICE_BOARD,
  /** The national public service information system (Sistem Informasi Pelayanan Publik, SIPPN). */
  SIPPN,
  /** A public service mall (Mal Pelayanan Publik, MPP). */
  PUBLIC_SERVICE_MALL,
  /** Brochures or leaflets. */
  BROCHURE,
  /** Social media; the address is the account. */
  SOCIAL_MEDIA,
  /** Any other medium. */
  OTHER
}
