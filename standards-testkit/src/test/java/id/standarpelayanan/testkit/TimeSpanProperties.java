package id.standarpelayanan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.DurationUnit;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.model.WorkingTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the model's time spans, over the testkit's working-time calendars: comparison and exact
 * conversion agree, and conversions round-trip where they are exact. (They live here, not in the
 * model's tests, so that the model's types have one set of generators: the testkit's.)
 */
class TimeSpanProperties {

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
    if (cx.isPresent() && cy.isPresent()) {
      assertThat(Integer.signum(Integer.compare(cx.get().getAmount(), cy.get().getAmount())))
          .isEqualTo(Integer.signum(calendar.compare(x, y)));
    }
  }

  @Property
  void conversionRoundTripsExactly(
      @ForAll @IntRange(max = 100_000) int amount,
      @ForAll DurationUnit from,
      @ForAll DurationUnit to,
      @ForAll WorkingTime calendar) {
    TimeSpan span = TimeSpan.of(amount, from);
    calendar.convert(span, to).ifPresent(converted -> {
      assertThat(calendar.compare(converted, span)).isZero();
      assertThat(calendar.convert(converted, from)).contains(span);
    });
  }

  @Property
  void convertingToMinutesFromWorkingTimeUnitsIsAlwaysExact(
      @ForAll @IntRange(max = 100_000) int amount,
      @ForAll WorkingTime calendar) {
    for (DurationUnit unit : List.of(DurationUnit.MINUTES, DurationUnit.HOURS, DurationUnit.WORKING_DAYS)) {
      assertThat(calendar.convert(TimeSpan.of(amount, unit), DurationUnit.MINUTES)).isPresent();
    }
  }

  @Property
  void compareIsAntisymmetricAndTotalIsAdditive(
      @ForAll @IntRange(max = 10_000) int a,
      @ForAll DurationUnit unitA,
      @ForAll @IntRange(max = 10_000) int b,
      @ForAll DurationUnit unitB,
      @ForAll WorkingTime calendar) {
    TimeSpan x = TimeSpan.of(a, unitA);
    TimeSpan y = TimeSpan.of(b, unitB);
    assertThat(Integer.signum(calendar.compare(x, y))).isEqualTo(-Integer.signum(calendar.compare(y, x)));
    assertThat(calendar.compareTotal(List.of(x, y), x)).isGreaterThanOrEqualTo(0);
    assertThat(calendar.compareTotal(List.of(x), x)).isZero();
  }

  @Example
  void fourteenCalendarDaysAreTenWorkingDaysInAFiveDayWeek() {
    WorkingTime standard = WorkingTime.standard();
    assertThat(standard.compare(TimeSpan.ofCalendarDays(14), TimeSpan.ofWorkingDays(10))).isZero();
    assertThat(standard.convert(TimeSpan.ofCalendarDays(14), DurationUnit.WORKING_DAYS)).contains(TimeSpan.ofWorkingDays(10));
    assertThat(standard.convert(TimeSpan.ofCalendarDays(1), DurationUnit.WORKING_DAYS)).isEmpty();
  }

  @Example
  void aWorkingDayIsSevenAndAHalfHoursByDefault() {
    WorkingTime standard = WorkingTime.standard();
    assertThat(standard.convert(TimeSpan.ofWorkingDays(2), DurationUnit.HOURS)).contains(TimeSpan.ofHours(15));
    assertThat(standard.convert(TimeSpan.ofWorkingDays(1), DurationUnit.HOURS)).isEmpty();
    assertThat(standard.toMinutes(TimeSpan.ofWorkingDays(1))).isEqualTo(450.0);
    assertThat(standard.compareTotal(List.of(TimeSpan.ofMinutes(10), TimeSpan.ofMinutes(5)), TimeSpan.ofMinutes(15))).isZero();
  }

  @Example
  void rejectsImpossibleCalendars() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkingTime.builder().setMinutesPerDay(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minutesPerDay");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkingTime.builder().setDaysPerWeek(8).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daysPerWeek");
  }
}
