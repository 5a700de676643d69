package id.standarpelayanan.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The working-time calendar that makes {@link TimeSpan}s of different units comparable: how many
 * minutes a working day has and how many working days a week has.
 *
 * <p>Minutes and hours count working time, a working day counts {@link #getMinutesPerDay()}
 * minutes, and a calendar day counts its share of a working week ({@code daysPerWeek / 7} of a
 * working day), so that 14 calendar days equal 10 working days in a five-day week. Comparison is
 * exact: spans are measured internally in sevenths of a minute, a scale in which every unit is a
 * whole number. A week is seven calendar days; a month is 28 to 31 calendar days and a day the
 * document does not qualify is a calendar or a working day, so spans of those units compare only
 * where the order is certain ({@link #tryCompare}).
 *
 * <p>The default, {@link #standard()}, is a 7.5-hour day (450 minutes) in a five-day week, the
 * 37.5-hour week of Indonesian civil servants. Hours differ in Ramadan: derive a calendar with
 * {@link #builder()} for that period.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
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
   * Tells whether a span stands for one fixed working time in this calendar: every unit but {@link
   * DurationUnit#DAYS} (a working or a calendar day, the document does not say) and {@link
   * DurationUnit#MONTHS} (28 to 31 calendar days).
   *
   * @param span the span
   * @return whether its length is fixed; a span of zero is always fixed
   */
  default boolean isExact(TimeSpan span) {
    Objects.requireNonNull(span, "span");
    return span.getAmount() == 0
        || (span.getUnit() != DurationUnit.DAYS && span.getUnit() != DurationUnit.MONTHS);
  }

  /**
   * Compares two spans by the working time they stand for, where the order is certain: spans of
   * fixed length always compare; a month or an unqualified day compares only with spans clearly
   * shorter or longer than every length it can have.
   *
   * @param a a span
   * @param b another span
   * @return negative, zero or positive as {@code a} is shorter than, equal to or longer than {@code
   *     b} (zero for equal spans, whatever their unit); empty when the order depends on what the
   *     document left open
   */
  default OptionalInt tryCompare(TimeSpan a, TimeSpan b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      return OptionalInt.of(0);
    }
    return order(lowest(a), highest(a), lowest(b), highest(b));
  }

  /**
   * Compares the total of several spans with one span, where the order is certain (see {@link
   * #tryCompare(TimeSpan, TimeSpan)}).
   *
   * @param parts the spans to add up
   * @param whole the span to compare the total with
   * @return negative, zero or positive as the total is shorter than, equal to or longer than {@code
   *     whole}; empty when the order is not certain
   */
  default OptionalInt tryCompareTotal(Iterable<TimeSpan> parts, TimeSpan whole) {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(whole, "whole");
    return tryCompareTotals(parts, List.of(whole));
  }

  /**
   * Compares two totals of spans, where the order is certain, e.g. the steps of a procedure with a
   * compound completion time ("10 hari kerja 35 menit").
   *
   * @param a the spans of one total
   * @param b the spans of the other
   * @return negative, zero or positive as the total of {@code a} is shorter than, equal to or
   *     longer than the total of {@code b} (spans found on both sides cancel out, so equal lists
   *     are equal whatever their units); empty when the order is not certain
   */
  default OptionalInt tryCompareTotals(Iterable<TimeSpan> a, Iterable<TimeSpan> b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    // Spans on both sides cancel out, so "5 months" equals "5 months" although a month has no
    // fixed length; what remains is compared by its bounds.
    Map<TimeSpan, Integer> rest = new HashMap<>();
    for (TimeSpan span : b) {
      rest.merge(Objects.requireNonNull(span, "span"), 1, Integer::sum);
    }
    List<TimeSpan> onlyA = new ArrayList<>();
    for (TimeSpan span : a) {
      Integer same = rest.get(Objects.requireNonNull(span, "span"));
      if (same == null) {
        onlyA.add(span);
      } else if (same == 1) {
        rest.remove(span);
      } else {
        rest.put(span, same - 1);
      }
    }
    try {
      long lowA = 0;
      long highA = 0;
      for (TimeSpan span : onlyA) {
        lowA = Math.addExact(lowA, lowest(span));
        highA = Math.addExact(highA, highest(span));
      }
      long lowB = 0;
      long highB = 0;
      for (Map.Entry<TimeSpan, Integer> left : rest.entrySet()) {
        lowB = Math.addExact(lowB, Math.multiplyExact(lowest(left.getKey()), left.getValue()));
        highB = Math.addExact(highB, Math.multiplyExact(highest(left.getKey()), left.getValue()));
      }
      return order(lowA, highA, lowB, highB);
    } catch (ArithmeticException beyondLong) {
      // Thousands of spans of billions of months: the totals pass Long.MAX_VALUE sevenths of a
      // minute, and are compared exactly as big numbers (the common case stays in longs).
      BigInteger lowA = BigInteger.ZERO;
      BigInteger highA = BigInteger.ZERO;
      for (TimeSpan span : onlyA) {
        lowA = lowA.add(BigInteger.valueOf(lowest(span)));
        highA = highA.add(BigInteger.valueOf(highest(span)));
      }
      BigInteger lowB = BigInteger.ZERO;
      BigInteger highB = BigInteger.ZERO;
      for (Map.Entry<TimeSpan, Integer> left : rest.entrySet()) {
        BigInteger count = BigInteger.valueOf(left.getValue());
        lowB = lowB.add(BigInteger.valueOf(lowest(left.getKey())).multiply(count));
        highB = highB.add(BigInteger.valueOf(highest(left.getKey())).multiply(count));
      }
      if (highA.compareTo(lowB) < 0) {
        return OptionalInt.of(-1);
      }
      if (lowA.compareTo(highB) > 0) {
        return OptionalInt.of(1);
      }
      return lowA.equals(highA) && lowB.equals(highB) ? OptionalInt.of(0) : OptionalInt.empty();
    }
  }

  /**
   * Compares two spans of fixed length by the working time they stand for.
   *
   * @param a a span
   * @param b another span
   * @return negative, zero or positive as {@code a} is shorter than, equal to or longer than {@code
   *     b}
   * @throws IllegalArgumentException if the order is not certain (see {@link #tryCompare})
   */
  default int compare(TimeSpan a, TimeSpan b) {
    return certain(tryCompare(a, b), a, b);
  }

  /**
   * Compares the total of several spans of fixed length with one span, exactly.
   *
   * @param parts the spans to add up
   * @param whole the span to compare the total with
   * @return negative, zero or positive as the total is shorter than, equal to or longer than {@code
   *     whole}
   * @throws IllegalArgumentException if the order is not certain (see {@link #tryCompareTotal})
   */
  default int compareTotal(Iterable<TimeSpan> parts, TimeSpan whole) {
    return certain(tryCompareTotal(parts, whole), parts, whole);
  }

  /**
   * Converts a span to another unit, when the conversion is exact.
   *
   * @param span the span
   * @param unit the unit wanted
   * @return the same working time in {@code unit} (zero is zero in every unit), or empty if it is
   *     not a whole amount of it, if either length is not fixed (days the document does not
   *     qualify, months), or if it is too large for an {@code int}
   */
  default Optional<TimeSpan> convert(TimeSpan span, DurationUnit unit) {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(unit, "unit");
    if (span.getAmount() == 0) {
      return Optional.of(TimeSpan.of(0, unit));
    }
    TimeSpan one = TimeSpan.of(1, unit);
    if (!isExact(span) || !isExact(one)) {
      return span.getUnit() == unit ? Optional.of(span) : Optional.empty();
    }
    long value = lowest(span);
    long per = lowest(one);
    if (value % per != 0 || value / per > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(TimeSpan.of((int) (value / per), unit));
  }

  /**
   * Returns a span's working time in minutes, for display and estimates: exact for minutes, hours
   * and working days; the longest it can be for days the document does not qualify and for months.
   *
   * @param span the span
   * @return the working time in minutes
   */
  default double toMinutes(TimeSpan span) {
    Objects.requireNonNull(span, "span");
    return highest(span) / 7.0;
  }

  /** The shortest working time a span can stand for, in sevenths of a working minute. */
  private long lowest(TimeSpan span) {
    Objects.requireNonNull(span, "span");
    long calendarDay = (long) getMinutesPerDay() * getDaysPerWeek();
    long perUnit =
        switch (span.getUnit()) {
          case MINUTES -> 7L;
          case HOURS -> 7L * 60;
          case WORKING_DAYS -> 7L * getMinutesPerDay();
          case CALENDAR_DAYS, DAYS -> calendarDay;
          case WEEKS -> 7 * calendarDay;
          case MONTHS -> 28 * calendarDay;
        };
    return Math.multiplyExact(perUnit, span.getAmount());
  }

  /** The longest working time a span can stand for, in sevenths of a working minute. */
  private long highest(TimeSpan span) {
    return switch (span.getUnit()) {
      // A working day is never shorter than a calendar day's share of the week (daysPerWeek <= 7).
      case DAYS -> Math.multiplyExact(7L * getMinutesPerDay(), span.getAmount());
      case MONTHS ->
          Math.multiplyExact(31L * getMinutesPerDay() * getDaysPerWeek(), span.getAmount());
      default -> lowest(span);
    };
  }

  private static OptionalInt order(long lowA, long highA, long lowB, long highB) {
    if (highA < lowB) {
      return OptionalInt.of(-1);
    }
    if (lowA > highB) {
      return OptionalInt.of(1);
    }
    return lowA == highA && lowB == highB ? OptionalInt.of(0) : OptionalInt.empty();
  }

  private static int certain(OptionalInt order, Object a, Object b) {
    if (order.isEmpty()) {
      throw new IllegalArgumentException(
          "the order of " + a + " and " + b + " is not certain: use tryCompare");
    }
    return order.getAsInt();
  }

  /** Rejects a day or a week that cannot exist. */
  @Value.Check
  default void check() {
    if (getMinutesPerDay() < 1 || getMinutesPerDay() > 24 * 60) {
      throw new IllegalArgumentException(
          "minutesPerDay must be between 1 and 1440: " + getMinutesPerDay());
    }
    if (getDaysPerWeek() < 1 || getDaysPerWeek() > 7) {
      throw new IllegalArgumentException(
          "daysPerWeek must be between 1 and 7: " + getDaysPerWeek());
    }
  }
}
