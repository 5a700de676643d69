package id.standarpelayanan.model;

import org.apiguardian.api.API;

/** An occasion on which service hours differ from the weekly schedule. Since 1.1. */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum Occasion implements Labelled {
  /** The fasting month of Ramadan, when civil servants' hours are shorter. */
  RAMADAN,
  /** National public holidays (hari libur nasional). */
  PUBLIC_HOLIDAY,
  /** Collective leave days (cuti bersama) set by joint ministerial decree. */
  COLLECTIVE_LEAVE,
  /** Any other occasion, named in the description. */
  OTHER
}
