package id.standarpelayanan.examples;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServicePeriod;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.BundledRule;
import id.standarpelayanan.rules.Profile;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A house rule written as its check and a bundle: on Fridays (hari Jumat), a unit's service hours
 * that run over midday include a break, so that staff and visitors can attend Friday prayers (salat
 * Jumat).
 *
 * <p>The id, severity and component are given to {@link BundledRule}; the description and the
 * message, in Indonesian and English, are in {@code
 * id/standarpelayanan/examples/FridayPrayerBreak.properties} and its {@code _en} file. The rule is
 * listed in {@code META-INF/services/id.standarpelayanan.rules.Rule}, so {@code
 * Profile.Builder.discoverRules(ClassLoader)} finds it; {@link #profile()} shows that.
 *
 * <p>It is an office's own convention, not a provision of a regulation, so its article is empty.
 */
public final class FridayPrayerBreakRule extends BundledRule {

  /** The rule's id. */
  public static final String ID = "kanwil-aceh.hours.friday-break";

  private static final LocalTime MIDDAY = LocalTime.NOON;

  private static final LocalTime AFTER_PRAYERS = LocalTime.of(13, 0);

  /** Makes the rule; {@link java.util.ServiceLoader} calls this constructor. */
  public FridayPrayerBreakRule() {
    super(
        ID,
        Severity.WARNING,
        Set.of(Component.PROCEDURE),
        "",
        "id.standarpelayanan.examples.FridayPrayerBreak",
        FridayPrayerBreakRule.class.getModule());
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getServiceHours()
        .ifPresent(
            hours -> {
              List<ServicePeriod> periods = hours.getPeriods();
              for (int i = 0; i < periods.size(); i++) {
                ServicePeriod period = periods.get(i);
                if (runsOverFridayMidday(period) && period.getBreaks().isEmpty()) {
                  context.report(
                      Component.PROCEDURE,
                      "/serviceHours/periods/" + i + "/breaks",
                      "no-break",
                      period.getOpens().orElseThrow().toString(),
                      period.getCloses().orElseThrow().toString());
                }
              }
            });
  }

  private static boolean runsOverFridayMidday(ServicePeriod period) {
    return period.getDays().contains(DayOfWeek.FRIDAY)
        && period.getOpens().filter(opens -> opens.isBefore(MIDDAY)).isPresent()
        && period.getCloses().filter(closes -> closes.isAfter(AFTER_PRAYERS)).isPresent();
  }

  /**
   * Returns the default profile with every rule listed as a service on the class path of this
   * module added: this rule, found through {@link java.util.ServiceLoader}.
   *
   * @return the profile
   */
  public static Profile profile() {
    return Profile.law25Of2009().toBuilder()
        .name("kanwil-aceh-jumat")
        .discoverRules(FridayPrayerBreakRule.class.getClassLoader())
        .build();
  }
}
