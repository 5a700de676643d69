package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.WorkingTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the model's time spans, over the testkit's working-time calendars: comparison and exact
 * conversion agree, conversions round-trip where they are exact, and spans of no fixed length (a
 * month, a "hari" the document does not qualify) compare only where the order is certain. (They
 * live here, not in the model's tests, so that the model's types have one set of generators: the
 * testkit's.)
 */
class TimeSpanProperties {

  /** The units whose spans stand for one fixed working time. */
  private static final Set<DurationUnit> EXACT_UNITS =
      EnumSet.complementOf(EnumSet.of(DurationUnit.DAYS, DurationUnit.MONTHS));

  private static int signum(OptionalInt order) {
    return Integer.signum(order.getAsInt());
  }

  @Property
  void exactSpansAreThoseOfFixedUnitsOrOfZero(
      @ForAll @IntRange(max = 100_000) int amount,
      @ForAll DurationUnit unit,
      @ForAll WorkingTime calendar) {
    assertThat(calendar.isExact(TimeSpan.of(amount, unit)))
        .isEqualTo(amount == 0 || EXACT_UNITS.contains(unit));
  }

  @Property
  void orderingIsPreservedByExactConversion(
      @ForAll @IntRange(max = 100_000) int a,
      @ForAll DurationUnit unitA,
      @ForAll @IntRange(max = 100_000) int b,
      @ForAll DurationUnit unitB,
      @ForAll DurationUnit target,
      @ForAll WorkingTime calendar) {
    TimeSpan x = TimeSpan.of(a, unitA);
    TimeSpan y = TimeSpan.of(b, unitB);
    Optional<TimeSpan> cx = calendar.convert(x, target);
    Optional<TimeSpan> cy = calendar.convert(y, target);
    OptionalInt order = calendar.tryCompare(x, y);
    if (cx.isPresent() && cy.isPresent() && order.isPresent()) {
      assertThat(Integer.signum(Integer.compare(cx.get().getAmount(), cy.get().getAmount())))
          .isEqualTo(signum(order));
    }
    if (cx.isPresent() && cy.isPresent() && calendar.isExact(x) && calendar.isExact(y)) {
      assertThat(order).as("exact spans always compare").isPresent();
    }
  }

  @Property
  void conversionRoundTripsExactly(
      @ForAll @IntRange(max = 100_000) int amount,
      @ForAll DurationUnit from,
      @ForAll DurationUnit to,
      @ForAll WorkingTime calendar) {
    TimeSpan span = TimeSpan.of(amount, from);
    calendar
        .convert(span, to)
        .ifPresent(
            converted -> {
              if (calendar.isExact(span)) {
                assertThat(calendar.tryCompare(converted, span)).hasValue(0);
              } else {
                assertThat(converted)
                    .as("a span of no fixed length converts only to itself")
                    .isEqualTo(span);
              }
              // A zero "hari" or month is exact and converts to minutes, but nothing converts to a
              // unit of no fixed length: the way back exists only to units of fixed length.
              if (EXACT_UNITS.contains(from) || from == to) {
                assertThat(calendar.convert(converted, from)).contains(span);
              }
            });
  }

  @Property
  void spansOfNoFixedLengthConvertOnlyToTheirOwnUnit(
      @ForAll @IntRange(min = 1, max = 100_000) int amount,
      @ForAll DurationUnit from,
      @ForAll DurationUnit to,
      @ForAll WorkingTime calendar) {
    TimeSpan span = TimeSpan.of(amount, from);
    if (!EXACT_UNITS.contains(from) || !EXACT_UNITS.contains(to)) {
      assertThat(calendar.convert(span, to).isPresent()).isEqualTo(from == to);
    }
  }

  @Property
  void convertingToMinutesFromWorkingTimeUnitsIsAlwaysExact(
      @ForAll @IntRange(max = 100_000) int amount, @ForAll WorkingTime calendar) {
    for (DurationUnit unit :
        List.of(
            DurationUnit.MINUTES,
            DurationUnit.HOURS,
            DurationUnit.WORKING_DAYS,
            DurationUnit.WEEKS)) {
      assertThat(calendar.convert(TimeSpan.of(amount, unit), DurationUnit.MINUTES))
          .as("%s", unit)
          .isPresent();
    }
  }

  /** Spans of every unit, up to 10,000 of it. */
  @Provide
  Arbitrary<TimeSpan> spans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10_000), Arbitraries.of(DurationUnit.class))
        .as(TimeSpan::of);
  }

  @Property
  void tryCompareIsAntisymmetric(
      @ForAll("spans") TimeSpan x, @ForAll("spans") TimeSpan y, @ForAll WorkingTime calendar) {
    OptionalInt xy = calendar.tryCompare(x, y);
    OptionalInt yx = calendar.tryCompare(y, x);

    assertThat(xy.isPresent()).isEqualTo(yx.isPresent());
    if (xy.isPresent()) {
      assertThat(signum(xy)).isEqualTo(-signum(yx));
    }
  }

  @Property
  void tryCompareIsPresentWhenBothSpansAreExact(
      @ForAll("spans") TimeSpan x, @ForAll("spans") TimeSpan y, @ForAll WorkingTime calendar) {
    if (calendar.isExact(x) && calendar.isExact(y)) {
      assertThat(calendar.tryCompare(x, y)).isPresent();
      assertThat(calendar.tryCompareTotal(List.of(x, y), y)).isPresent();
    }
    assertThat(calendar.tryCompare(x, x))
        .as("equal spans are equal, whatever their unit")
        .hasValue(0);
  }

  @Property
  void tryCompareAgreesWithConversionToMinutesForExactUnits(
      @ForAll("spans") TimeSpan x, @ForAll("spans") TimeSpan y, @ForAll WorkingTime calendar) {
    Optional<TimeSpan> mx = calendar.convert(x, DurationUnit.MINUTES);
    Optional<TimeSpan> my = calendar.convert(y, DurationUnit.MINUTES);
    if (mx.isPresent() && my.isPresent()) {
      assertThat(signum(calendar.tryCompare(x, y)))
          .isEqualTo(Integer.signum(Integer.compare(mx.get().getAmount(), my.get().getAmount())));
    }
  }

  @Property
  void compareThrowsExactlyWhenTheOrderIsNotCertain(
      @ForAll("spans") TimeSpan x, @ForAll("spans") TimeSpan y, @ForAll WorkingTime calendar) {
    OptionalInt order = calendar.tryCompare(x, y);
    OptionalInt totalOrder = calendar.tryCompareTotal(List.of(x, y), y);

    if (order.isPresent()) {
      assertThat(calendar.compare(x, y)).isEqualTo(order.getAsInt());
    } else {
      assertThatThrownBy(() -> calendar.compare(x, y)).isInstanceOf(IllegalArgumentException.class);
    }
    if (totalOrder.isPresent()) {
      assertThat(calendar.compareTotal(List.of(x, y), y)).isEqualTo(totalOrder.getAsInt());
    } else {
      assertThatThrownBy(() -> calendar.compareTotal(List.of(x, y), y))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property
  void totalsOfOneSpanCompareAsTheSpanAndAddingNeverShortens(
      @ForAll("spans") TimeSpan x, @ForAll("spans") TimeSpan y, @ForAll WorkingTime calendar) {

    if (!x.equals(y)) {
      assertThat(calendar.tryCompareTotal(List.of(x), y)).isEqualTo(calendar.tryCompare(x, y));
    }
    calendar
        .tryCompareTotal(List.of(x, y), x)
        .ifPresent(order -> assertThat(order).isNotNegative());
    if (calendar.isExact(x)) {
      assertThat(calendar.tryCompareTotal(List.of(x), x)).hasValue(0);
      assertThat(calendar.tryCompareTotal(List.of(x, y), x).orElseThrow()).isNotNegative();
    }
  }

  @Property
  void aMonthIsLongerThan27CalendarDaysAndShorterThan32(
      @ForAll @IntRange(min = 1, max = 1_000) int months, @ForAll WorkingTime calendar) {
    TimeSpan span = TimeSpan.of(months, DurationUnit.MONTHS);

    assertThat(calendar.tryCompare(span, TimeSpan.ofCalendarDays(27 * months))).hasValue(1);
    assertThat(calendar.tryCompare(span, TimeSpan.ofCalendarDays(32 * months))).hasValue(-1);
    assertThat(calendar.tryCompare(span, TimeSpan.ofCalendarDays(30 * months)))
        .as("30 days may be more or less")
        .isEmpty();
    assertThat(calendar.tryCompare(span, TimeSpan.of(4 * months, DurationUnit.WEEKS)))
        .as("four weeks may be all of it")
        .isEmpty();
    assertThat(calendar.tryCompare(span, TimeSpan.of(4 * months - 1, DurationUnit.WEEKS)))
        .hasValue(1);
    assertThat(calendar.tryCompare(span, TimeSpan.of(5 * months, DurationUnit.WEEKS))).hasValue(-1);
  }

  @Property
  void unqualifiedDaysLieBetweenACalendarDayAndAWorkingDay(
      @ForAll @IntRange(min = 1, max = 10_000) int days,
      @ForAll @IntRange(max = 100_000) int other,
      @ForAll DurationUnit unit,
      @ForAll WorkingTime calendar) {
    TimeSpan span = TimeSpan.of(days, DurationUnit.DAYS);
    TimeSpan calendarDays = TimeSpan.ofCalendarDays(days);
    TimeSpan workingDays = TimeSpan.ofWorkingDays(days);

    assertThat(calendar.tryCompare(span, calendarDays).orElse(0))
        .as("never shorter than calendar days")
        .isNotNegative();
    assertThat(calendar.tryCompare(span, workingDays).orElse(0))
        .as("never longer than working days")
        .isNotPositive();
    // A span certainly shorter than the calendar days is certainly shorter than the "hari", and one
    // certainly longer than the working days certainly longer.
    TimeSpan exact =
        TimeSpan.of(
            other,
            unit == DurationUnit.DAYS || unit == DurationUnit.MONTHS ? DurationUnit.MINUTES : unit);
    if (calendar.tryCompare(exact, calendarDays).getAsInt() < 0) {
      assertThat(calendar.tryCompare(span, exact)).hasValue(1);
    }
    if (calendar.tryCompare(exact, workingDays).getAsInt() > 0) {
      assertThat(calendar.tryCompare(span, exact)).hasValue(-1);
    }
    if (calendar.getDaysPerWeek() < 7) {
      assertThat(calendar.tryCompare(span, calendarDays)).as("which is meant decides").isEmpty();
      assertThat(calendar.tryCompare(span, workingDays)).as("which is meant decides").isEmpty();
    } else {
      assertThat(calendar.tryCompare(span, calendarDays))
          .as("in a seven-day week both are one")
          .hasValue(0);
    }
  }

  @Example
  void fourteenCalendarDaysAreTenWorkingDaysInAFiveDayWeek() {
    WorkingTime standard = WorkingTime.standard();
    assertThat(standard.compare(TimeSpan.ofCalendarDays(14), TimeSpan.ofWorkingDays(10))).isZero();
    assertThat(standard.convert(TimeSpan.ofCalendarDays(14), DurationUnit.WORKING_DAYS))
        .contains(TimeSpan.ofWorkingDays(10));
    assertThat(standard.convert(TimeSpan.ofCalendarDays(1), DurationUnit.WORKING_DAYS)).isEmpty();
  }

  @Example
  void aWeekIsSevenCalendarDaysAndFiveWorkingDaysByDefault() {
    WorkingTime standard = WorkingTime.standard();
    TimeSpan week = TimeSpan.of(1, DurationUnit.WEEKS);
    assertThat(standard.convert(week, DurationUnit.CALENDAR_DAYS))
        .contains(TimeSpan.ofCalendarDays(7));
    assertThat(standard.convert(week, DurationUnit.WORKING_DAYS))
        .contains(TimeSpan.ofWorkingDays(5));
    assertThat(standard.compare(TimeSpan.of(2, DurationUnit.WEEKS), TimeSpan.ofWorkingDays(10)))
        .isZero();
  }

  @Example
  void aMonthCountsItsLongestForDisplay() {
    WorkingTime standard = WorkingTime.standard();
    assertThat(standard.toMinutes(TimeSpan.of(1, DurationUnit.MONTHS)))
        .isEqualTo(31 * 450.0 * 5 / 7);
    assertThat(standard.toMinutes(TimeSpan.of(1, DurationUnit.DAYS))).isEqualTo(450.0);
    assertThatThrownBy(
            () ->
                standard.compare(TimeSpan.of(1, DurationUnit.MONTHS), TimeSpan.ofCalendarDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tryCompare");
  }

  @Example
  void aWorkingDayIsSevenAndAHalfHoursByDefault() {
    WorkingTime standard = WorkingTime.standard();
    assertThat(standard.convert(TimeSpan.ofWorkingDays(2), DurationUnit.HOURS))
        .contains(TimeSpan.ofHours(15));
    assertThat(standard.convert(TimeSpan.ofWorkingDays(1), DurationUnit.HOURS)).isEmpty();
    assertThat(standard.toMinutes(TimeSpan.ofWorkingDays(1))).isEqualTo(450.0);
    assertThat(
            standard.compareTotal(
                List.of(TimeSpan.ofMinutes(10), TimeSpan.ofMinutes(5)), TimeSpan.ofMinutes(15)))
        .isZero();
  }

  @Example
  void rejectsImpossibleCalendars() {
    assertThatThrownBy(() -> WorkingTime.builder().setMinutesPerDay(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minutesPerDay");
    assertThatThrownBy(() -> WorkingTime.builder().setDaysPerWeek(8).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("daysPerWeek");
  }
}
