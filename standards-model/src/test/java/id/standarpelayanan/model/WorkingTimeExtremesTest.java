package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Extreme amounts are either refused when a value is built (an {@link IllegalArgumentException}) or
 * handled exactly: no comparison of spans or totals ever ends in an {@link ArithmeticException}.
 */
class WorkingTimeExtremesTest {

  private static final WorkingTime LONGEST_DAYS =
      WorkingTime.builder().setMinutesPerDay(24 * 60).setDaysPerWeek(7).build();
  private static final int MAX = Integer.MAX_VALUE;

  @Test
  void totalsBeyondALongAreComparedExactly() {
    List<TimeSpan> months = Collections.nCopies(20_000, TimeSpan.of(MAX, DurationUnit.MONTHS));
    List<TimeSpan> weeks = Collections.nCopies(20_000, TimeSpan.of(MAX, DurationUnit.WEEKS));
    List<TimeSpan> days =
        Collections.nCopies(140_000, TimeSpan.of(MAX, DurationUnit.CALENDAR_DAYS));

    for (WorkingTime time : List.of(WorkingTime.standard(), LONGEST_DAYS)) {
      assertThat(time.tryCompareTotals(months, weeks)).isEqualTo(OptionalInt.of(1));
      assertThat(time.tryCompareTotals(weeks, months)).isEqualTo(OptionalInt.of(-1));
      assertThat(time.tryCompareTotals(weeks, days))
          .as("exact units, equal totals")
          .isEqualTo(OptionalInt.of(0));
      assertThat(time.compareTotal(months, TimeSpan.of(MAX, DurationUnit.MONTHS))).isPositive();
      assertThat(time.tryCompareTotals(months, List.of(TimeSpan.of(MAX, DurationUnit.DAYS))))
          .isEqualTo(OptionalInt.of(1));
    }
  }

  @Test
  void theLargestSingleSpansCompareAndConvertWithoutOverflow() {
    for (DurationUnit a : DurationUnit.values()) {
      for (DurationUnit b : DurationUnit.values()) {
        LONGEST_DAYS.tryCompare(TimeSpan.of(MAX, a), TimeSpan.of(MAX, b));
        LONGEST_DAYS.convert(TimeSpan.of(MAX, a), b);
      }
      assertThat(LONGEST_DAYS.toMinutes(TimeSpan.of(MAX, a))).isPositive().isFinite();
    }
    assertThat(
            WorkingTime.standard()
                .convert(TimeSpan.of(MAX, DurationUnit.HOURS), DurationUnit.MINUTES))
        .as("more minutes than an int holds")
        .isEmpty();
  }

  @Test
  void extremeValuesAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> TimeSpan.of(Integer.MIN_VALUE, DurationUnit.MINUTES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingTime.builder().setMinutesPerDay(MAX).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingTime.builder().setMinutesPerDay(Integer.MIN_VALUE).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingTime.builder().setDaysPerWeek(MAX).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rupiah.of(Long.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
