package id.standarpelayanan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What real published standards say has a typed place in the model (format 1.1). */
class RealDocumentShapesTest {

  @Test
  void anEmptyRowIsListedButNotFilled() {
    ServiceStandard standard =
        ServiceStandard.builder()
            .setName("Pelayanan KIA/KB")
            .addEmptyComponent(Component.SECURITY_AND_SAFETY)
            .build();
    assertThat(standard.lists(Component.SECURITY_AND_SAFETY)).isTrue();
    assertThat(standard.fills(Component.SECURITY_AND_SAFETY)).isFalse();
    assertThat(standard.lists(Component.STAFFING)).isFalse();
    assertThat(standard.filledComponents()).doesNotContain(Component.SECURITY_AND_SAFETY);
  }

  @Test
  void anExplicitNoRequirementsFillsTheComponentLikeAFreeFee() {
    ServiceStandard none = ServiceStandard.builder().setNoRequirements(true).build();
    assertThat(none.fills(Component.REQUIREMENTS)).isTrue();
    assertThat(none.getRequirements()).isEmpty();
    assertThat(ServiceStandard.builder().build().fills(Component.REQUIREMENTS)).isFalse();
  }

  @Test
  void aDraftNeedsNeitherIdNorName() {
    ServiceStandard draft = ServiceStandard.builder().build();
    assertThat(draft.getId()).isEmpty();
    assertThat(draft.getName()).isEmpty();
    assertThat(ModelValidation.validator().validate(draft)).isEmpty();
  }

  @Test
  void aCompoundTimeListsAllItsParts() {
    CompletionTime compound =
        CompletionTime.builder()
            .setMaximum(TimeSpan.ofWorkingDays(10))
            .addMaximumPlus(TimeSpan.ofMinutes(35))
            .build();
    assertThat(compound.maximumParts())
        .containsExactly(TimeSpan.ofWorkingDays(10), TimeSpan.ofMinutes(35));
    assertThat(
            CompletionTime.builder().addMaximumPlus(TimeSpan.ofMinutes(35)).build().maximumParts())
        .as("no maximum, no parts")
        .isEmpty();
  }

  @Test
  void monthsAndUnqualifiedDaysCompareOnlyWhereTheOrderIsCertain() {
    WorkingTime time = WorkingTime.standard();
    TimeSpan month = TimeSpan.of(1, DurationUnit.MONTHS);
    assertThat(time.tryCompare(month, TimeSpan.ofCalendarDays(27))).hasValue(1);
    assertThat(time.tryCompare(month, TimeSpan.ofCalendarDays(32))).hasValue(-1);
    assertThat(time.tryCompare(month, TimeSpan.ofCalendarDays(30))).isEmpty();
    assertThat(time.tryCompare(month, month)).hasValue(0);
    assertThat(time.tryCompare(TimeSpan.of(1, DurationUnit.WEEKS), TimeSpan.ofWorkingDays(5)))
        .hasValue(0);
    TimeSpan day = TimeSpan.of(1, DurationUnit.DAYS);
    assertThat(time.tryCompare(day, TimeSpan.ofHours(1))).hasValue(1);
    assertThat(time.tryCompare(day, TimeSpan.ofWorkingDays(1))).isEmpty();
    assertThat(time.isExact(day)).isFalse();
    assertThat(time.isExact(TimeSpan.of(0, DurationUnit.MONTHS))).isTrue();
    assertThat(time.convert(month, DurationUnit.CALENDAR_DAYS)).isEmpty();
    assertThat(time.convert(TimeSpan.of(2, DurationUnit.WEEKS), DurationUnit.WORKING_DAYS))
        .contains(TimeSpan.ofWorkingDays(10));
    assertThatThrownBy(() -> time.compare(month, TimeSpan.ofCalendarDays(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tryCompare");
    assertThat(
            time.tryCompareTotals(
                List.of(TimeSpan.ofWorkingDays(10), TimeSpan.ofMinutes(30)),
                List.of(TimeSpan.ofWorkingDays(10), TimeSpan.ofMinutes(35))))
        .hasValue(-1);
    // PA Sidoarjo: a step of 5 months within a completion time of 5 months.
    TimeSpan fiveMonths = TimeSpan.of(5, DurationUnit.MONTHS);
    assertThat(time.tryCompareTotal(List.of(fiveMonths), fiveMonths)).hasValue(0);
    assertThat(
            time.tryCompareTotals(
                List.of(TimeSpan.ofWorkingDays(10), month),
                List.of(month, TimeSpan.ofWorkingDays(9))))
        .as("equal spans cancel out")
        .hasValue(1);
    assertThat(
            time.tryCompareTotal(
                List.of(TimeSpan.of(2, DurationUnit.MONTHS)), TimeSpan.ofCalendarDays(60)))
        .isEmpty();
    assertThat(time.convert(TimeSpan.ofMinutes(0), DurationUnit.DAYS))
        .contains(TimeSpan.of(0, DurationUnit.DAYS));
  }

  @Test
  void serviceHoursAreKeptToTheMinuteAndWindowsEndAfterTheyStart() {
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(13, 0), LocalTime.of(12, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end must be after start");
    assertThatThrownBy(() -> ServicePeriod.builder().setOpens(LocalTime.of(8, 0, 30)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opens");
    ServiceHours hours =
        ServiceHours.builder()
            .addPeriod(
                ServicePeriod.builder()
                    .addDay(DayOfWeek.MONDAY)
                    .addDay(DayOfWeek.THURSDAY)
                    .setOpens(LocalTime.of(8, 0))
                    .setCloses(LocalTime.of(16, 0))
                    .addBreak(TimeWindow.of(LocalTime.of(12, 0), LocalTime.of(13, 0)))
                    .build())
            .addSpecialHours(
                SpecialHours.builder().setOccasion(Occasion.PUBLIC_HOLIDAY).setClosed(true).build())
            .build();
    assertThat(hours.getPeriods().get(0).getDays())
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    assertThat(hours.getSpecialHours().get(0).isClosed()).isTrue();
  }

  @Test
  void oneNumberServesSeveralKindsAndLaporIsReachedInSeveralWays() {
    Channel dumas =
        Channel.builder()
            .setKind(ChannelKind.PHONE)
            .addAdditionalKind(ChannelKind.SMS)
            .addAdditionalKind(ChannelKind.WHATSAPP)
            .setAddress("0898-6099-555")
            .build();
    assertThat(dumas.getAdditionalKinds())
        .containsExactlyInAnyOrder(ChannelKind.SMS, ChannelKind.WHATSAPP);
    Channel lapor =
        Channel.builder()
            .setKind(ChannelKind.SP4N_LAPOR)
            .addAccess(
                ChannelAccess.builder()
                    .setKind(ChannelKind.WEBSITE)
                    .setAddress("www.lapor.go.id")
                    .build())
            .addAccess(ChannelAccess.builder().setKind(ChannelKind.SMS).setAddress("1708").build())
            .build();
    assertThat(lapor.getAddress()).isEmpty();
    assertThat(lapor.getAccess())
        .extracting(ChannelAccess::getKind)
        .containsExactly(ChannelKind.WEBSITE, ChannelKind.SMS);
    assertThat(
            Channel.builder()
                .setKind(ChannelKind.SUGGESTION_BOX)
                .setAtProviderAddress(true)
                .build()
                .isAtProviderAddress())
        .isTrue();
  }

  @Test
  void aFeeItemMayBeSetByARegulationWithoutAnAmount() {
    FeeItem perda =
        FeeItem.builder()
            .setName("Retribusi pelayanan kesehatan")
            .setPricing(FeePricing.SET_BY_REGULATION)
            .setApplicantCategory("Pasien umum")
            .setLegalBasis(
                LegalReference.builder()
                    .setType(RegulationType.PERDA)
                    .setRegion("Kabupaten Pakpak Bharat")
                    .setNumber("1")
                    .setYear(2024)
                    .build())
            .build();
    assertThat(perda.getAmount()).isEmpty();
    assertThat(perda.isSurcharge()).isFalse();
    assertThat(perda.getLegalBasis().orElseThrow().getRegion()).contains("Kabupaten Pakpak Bharat");
  }
}
