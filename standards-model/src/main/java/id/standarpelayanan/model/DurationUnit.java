package id.standarpelayanan.model;

/** The unit of a time span. Working days count Monday to Friday; minutes and hours count working time. */
public enum DurationUnit implements Labelled {
  /** Minutes (menit). */
  MINUTES,
  /** Hours (jam). */
  HOURS,
  /** Working days (hari kerja). */
  WORKING_DAYS,
  /** Calendar days (hari kalender). */
  CALENDAR_DAYS
}
