package id.standarpelayanan.model;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A span of time: a whole, non-negative amount of a {@link DurationUnit}, such as "3 working days"
 * (3 hari kerja). Compare and convert spans of different units with a {@link WorkingTime}.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface TimeSpan {

  /**
   * Returns the amount.
   *
   * @return zero or more
   */
  @Value.Parameter
  int getAmount();

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  @Value.Parameter
  DurationUnit getUnit();

  /**
   * Returns a span.
   *
   * @param amount zero or more
   * @param unit the unit
   * @return the span
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  static TimeSpan of(int amount, DurationUnit unit) {
    return ImmutableTimeSpan.of(amount, unit);
  }

  /**
   * Returns a span of minutes.
   *
   * @param minutes zero or more
   * @return the span
   */
  static TimeSpan ofMinutes(int minutes) {
    return of(minutes, DurationUnit.MINUTES);
  }

  /**
   * Returns a span of hours.
   *
   * @param hours zero or more
   * @return the span
   */
  static TimeSpan ofHours(int hours) {
    return of(hours, DurationUnit.HOURS);
  }

  /**
   * Returns a span of working days.
   *
   * @param days zero or more
   * @return the span
   */
  static TimeSpan ofWorkingDays(int days) {
    return of(days, DurationUnit.WORKING_DAYS);
  }

  /**
   * Returns a span of calendar days.
   *
   * @param days zero or more
   * @return the span
   */
  static TimeSpan ofCalendarDays(int days) {
    return of(days, DurationUnit.CALENDAR_DAYS);
  }

  /** Rejects a negative amount. */
  @Value.Check
  default void check() {
    if (getAmount() < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + getAmount());
    }
  }
}
