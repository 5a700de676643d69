package id.standarpelayanan.model;

import id.standarpelayanan.model.internal.TimesOfDay;
import java.time.LocalTime;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A window of the day, from a start time to an end time, to the minute, e.g. a break (istirahat)
 * from 12:00 to 13:00. Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface TimeWindow {

  /**
   * Returns when the window starts.
   *
   * @return the start time
   */
  @Value.Parameter
  LocalTime getStart();

  /**
   * Returns when the window ends; it ends after it starts.
   *
   * @return the end time
   */
  @Value.Parameter
  LocalTime getEnd();

  /**
   * Returns a window.
   *
   * @param start the start time
   * @param end the end time, after {@code start}
   * @return the window
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  static TimeWindow of(LocalTime start, LocalTime end) {
    return ImmutableTimeWindow.of(start, end);
  }

  /** Rejects a window that ends before it starts, or a time not to the minute. */
  @Value.Check
  default void check() {
    TimesOfDay.requireWholeMinute(getStart(), "start");
    TimesOfDay.requireWholeMinute(getEnd(), "end");
    if (!getEnd().isAfter(getStart())) {
      throw new IllegalArgumentException(
          "end must be after start: " + getStart() + " to " + getEnd());
    }
  }
}
