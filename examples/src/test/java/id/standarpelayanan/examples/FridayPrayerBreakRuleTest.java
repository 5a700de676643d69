package id.standarpelayanan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.ServiceHours;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TimeWindow;
import id.standarpelayanan.rules.Checker;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.Rule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The example's bundled rule, found through {@code ServiceLoader} and applied by a profile. */
class FridayPrayerBreakRuleTest {

  private static ServiceStandard withFridayHours(TimeWindow... breaks) {
    ServicePeriod friday =
        ServicePeriod.builder()
            .addDay(DayOfWeek.FRIDAY)
            .setOpens(LocalTime.of(8, 0))
            .setCloses(LocalTime.of(16, 30))
            .addBreaks(breaks)
            .build();
    return ServiceStandard.builder()
        .from(QuickStart.draft())
        .setServiceHours(ServiceHours.builder().addPeriod(friday).build())
        .build();
  }

  private static List<Finding> findings(ServiceStandard standard, Locale locale) {
    Checker checker =
        Checker.builder().profile(FridayPrayerBreakRule.profile()).locale(locale).build();
    return checker.check(standard).findings().stream()
        .filter(finding -> finding.ruleId().equals(FridayPrayerBreakRule.ID))
        .toList();
  }

  @Test
  void isListedAsAServiceAndDiscoveredIntoTheProfile() {
    assertThat(ServiceLoader.load(Rule.class, getClass().getClassLoader()).stream())
        .extracting(ServiceLoader.Provider::type)
        .contains(FridayPrayerBreakRule.class);
    Profile profile = FridayPrayerBreakRule.profile();
    assertThat(profile.isEnabled(FridayPrayerBreakRule.ID)).isTrue();
    assertThat(profile.rule(FridayPrayerBreakRule.ID).orElseThrow().description(Locale.ENGLISH))
        .isEqualTo(
            "On Fridays, service hours that run past midday include a break for Friday"
                + " prayers.");
  }

  @Test
  void firesOnFridayHoursOverMiddayWithoutABreak() {
    ServiceStandard standard = withFridayHours();
    assertThat(findings(standard, Locale.forLanguageTag("id")))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo(
            "Jam pelayanan hari Jumat pukul 08:00 sampai 16:30 tidak menyediakan waktu istirahat"
                + " untuk salat Jumat.");
    assertThat(findings(standard, Locale.ENGLISH))
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo(
            "The Friday service hours from 08:00 to 16:30 have no break for Friday prayers.");
  }

  @Test
  void staysQuietWhenFridayHoursBreakForPrayers() {
    ServiceStandard standard =
        withFridayHours(TimeWindow.of(LocalTime.of(11, 30), LocalTime.of(14, 0)));
    assertThat(findings(standard, Locale.ENGLISH)).isEmpty();
    assertThat(findings(QuickStart.draft(), Locale.ENGLISH)).isEmpty();
  }
}
