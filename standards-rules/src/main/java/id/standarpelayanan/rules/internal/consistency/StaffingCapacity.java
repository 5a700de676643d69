package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.WorkingTime;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Procedures;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.staffing.capacity}: the implementers cannot handle the expected daily demand. One
 * application takes the sum of the steps' durations; the implementers (the implementer count, or
 * the sum of the roles' counts, a role without a count counting one) work one working day of the
 * profile's {@code WorkingTime} each. Fires when demand × minutes per application exceeds
 * implementers × minutes per working day. Quiet when the demand, the implementers or the step
 * durations are unknown.
 */
public final class StaffingCapacity extends BuiltInRule {

  public StaffingCapacity() {
    super(
        "sp.staffing.capacity",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf k",
        List.of(Component.STAFFING),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    Optional<Staffing> staffing = standard.getStaffing();
    int demand = staffing.flatMap(Staffing::getExpectedDailyDemand).orElse(0);
    int implementers = staffing.map(StaffingCapacity::implementers).orElse(0);
    WorkingTime time = context.workingTime();
    double minutesPerApplication =
        Procedures.stepDurations(standard).stream().mapToDouble(time::toMinutes).sum();
    if (demand == 0 || implementers == 0 || minutesPerApplication <= 0) {
      return;
    }
    double available = (double) implementers * time.getMinutesPerDay();
    if (demand * minutesPerApplication > available) {
      long capacity = (long) Math.floor(available / minutesPerApplication);
      context.report(
          "/staffing/expectedDailyDemand",
          "message",
          demand,
          capacity,
          implementers,
          Math.round(minutesPerApplication),
          time.getMinutesPerDay());
    }
  }

  private static int implementers(Staffing staffing) {
    return staffing
        .getImplementerCount()
        .orElseGet(
            () -> staffing.getRoles().stream().mapToInt(role -> role.getCount().orElse(1)).sum());
  }
}
