package id.standarpelayanan.model;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The working-time calendar that makes {@link TimeSpan}s of different units comparable: how many
 * minutes a working day has and how many working days a week has.
 *
 * <p>Minutes and hours count working time, a working day counts {@link #getMinutesPerDay()}
 * minutes, and a calendar day counts its share of a working week ({@code daysPerWeek / 7} of a
 * working day), so that 14 calendar days equal 10 working days in a five-day week. Comparison is
 * exact: spans are measured internally in sevenths of a minute, a scale in which every unit is a
 * whole number.
 *
 * <p>The default, {@link #standard()}, is a 7.5-hour day (450 minutes) in a five-day week, the
 * 37.5-hour week of Indonesian civil servants. Hours differ in Ramadan: derive a calendar with
 * {@link #builder()} for that period.
 */
@Value.Immutable
public interface WorkingTime {

  /**
   * Returns the length of a working day in minutes.
   *
   * @return 1 to 1440; 450 by default
   */
  @Value.Default
  default int getMinutesPerDay() {
    return 450;
  }

  /**
   * Returns the number of working days in a week.
   *
   * @return 1 to 7; 5 by default
   */
  @Value.Default
  default int getDaysPerWeek() {
    return 5;
  }

  /**
   * Returns the default calendar: 450-minute days, five days a week.
   *
   * @return the default calendar
   */
  static WorkingTime standard() {
    return ImmutableWorkingTime.builder().build();
  }

  /**
   * Returns a builder for a calendar.
   *
   * @return a new builder
   */
  static ImmutableWorkingTime.Builder builder() {
    return ImmutableWorkingTime.builder();
  }

  /**
   * Compares two spans by the working time they stand for.
   *
   * @param a a span
   * @param b another span
   * @return negative, zero or positive as {@code a} is shorter than, equal to or longer than {@code
   *     b}
   */
  default int compare(TimeSpan a, TimeSpan b) {
    return Long.compare(sevenths(a), sevenths(b));
  }

  /**
   * Compares the total of several spans with one span, exactly.
   *
   * @param parts the spans to add up
   * @param whole the span to compare the total with
   * @return negative, zero or positive as the total is shorter than, equal to or longer than
   *     {@code whole}
   */
  default int compareTotal(Iterable<TimeSpan> parts, TimeSpan whole) {
    Objects.requireNonNull(parts, "parts");
    long total = 0;
    for (TimeSpan part : parts) {
      total = Math.addExact(total, sevenths(part));
    }
    return Long.compare(total, sevenths(whole));
  }

  /**
   * Converts a span to another unit, when the conversion is exact.
   *
   * @param span the span
   * @param unit the unit wanted
   * @return the same working time in {@code unit}, or empty if it is not a whole amount of it (or
   *     too large for an {@code int})
   */
  default Optional<TimeSpan> convert(TimeSpan span, DurationUnit unit) {
    long value = sevenths(span);
    long per = sevenths(TimeSpan.of(1, unit));
    if (value % per != 0 || value / per > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(TimeSpan.of((int) (value / per), unit));
  }

  /**
   * Returns a span's working time in minutes, for display and estimates; exact unless calendar days
   * are involved.
   *
   * @param span the span
   * @return the working time in minutes
   */
  default double toMinutes(TimeSpan span) {
    return sevenths(span) / 7.0;
  }

  /**
   * Measures a span in sevenths of a working minute, the scale in which every unit is whole.
   *
   * @param span the span
   * @return the measure, zero or more
   */
  private long sevenths(TimeSpan span) {
    Objects.requireNonNull(span, "span");
    long perUnit =
        switch (span.getUnit()) {
          case MINUTES -> 7L;
          case HOURS -> 7L * 60;
          case WORKING_DAYS -> 7L * getMinutesPerDay();
          case CALENDAR_DAYS -> (long) getMinutesPerDay() * getDaysPerWeek();
        };
    return Math.multiplyExact(perUnit, span.getAmount());
  }

  /** Rejects a day or a week that cannot exist. */
  @Value.Check
  default void check() {
    if (getMinutesPerDay() < 1 || getMinutesPerDay() > 24 * 60) {
      throw new IllegalArgumentException(
          "minutesPerDay must be between 1 and 1440: " + getMinutesPerDay());
    }
    if (getDaysPerWeek() < 1 || getDaysPerWeek() > 7) {
      throw new IllegalArgumentException("daysPerWeek must be between 1 and 7: " + getDaysPerWeek());
    }
  }
}
