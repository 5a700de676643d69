package id.standarpelayanan.model.internal;

import java.time.LocalTime;

/** Checks on the times of day of service hours. */
public final class TimesOfDay {

  private TimesOfDay() {}

  /**
   * Rejects a time of day with seconds: service hours are kept to the minute, as they are published
   * and written ({@code HH:mm}).
   *
   * @param time the time
   * @param field the field's name, for the message
   * @throws IllegalArgumentException if {@code time} has seconds or fractions of a second
   */
  public static void requireWholeMinute(LocalTime time, String field) {
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException(field + " must be a whole minute: " + time);
    }
  }
}
