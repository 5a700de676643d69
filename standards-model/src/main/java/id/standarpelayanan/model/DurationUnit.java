package id.standarpelayanan.model;

import org.apiguardian.api.API;

/**
 * The unit of a time span. Working days count Monday to Friday; minutes and hours count working
 * time. A {@link #DAYS day} the document does not qualify, and a {@link #MONTHS month}, have no
 * fixed length: {@link WorkingTime} compares them only where the order is certain.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public enum DurationUnit implements Labelled {
  /** Minutes (menit). */
  MINUTES,
  /** Hours (jam). */
  HOURS,
  /** Working days (hari kerja). */
  WORKING_DAYS,
  /** Calendar days (hari kalender). */
  CALENDAR_DAYS,
  /**
   * Days (hari) that the document does not qualify as working or calendar days; kept as written so
   * that a rule can ask which is meant. Since 1.1.
   */
  DAYS,
  /** Weeks (minggu): seven calendar days. Since 1.1. */
  WEEKS,
  /** Calendar months (bulan): 28 to 31 calendar days, not a fixed length. Since 1.1. */
  MONTHS
}
