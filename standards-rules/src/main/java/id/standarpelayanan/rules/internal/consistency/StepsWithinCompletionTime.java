package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.TimeSpan;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Procedures;
import java.util.List;

/**
 * {@code sp.procedure.exceeds-completion-time}: the durations of the steps add up to more than the
 * completion time's maximum, compared exactly in the profile's working time (a working day has
 * {@code WorkingTime.getMinutesPerDay()} minutes). Steps without a duration count as nothing. Not
 * API.
 */
public final class StepsWithinCompletionTime extends BuiltInRule {

  public StepsWithinCompletionTime() {
    super(
        "sp.procedure.exceeds-completion-time",
        Severity.ERROR,
        "UU 25/2009 pasal 21 huruf c dan d",
        List.of(Component.PROCEDURE, Component.COMPLETION_TIME),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<TimeSpan> maximum =
        standard.getCompletionTime().map(time -> time.maximumParts()).orElse(List.of());
    List<TimeSpan> durations = Procedures.stepDurations(standard);
    // Only a certain excess is reported: steps in unqualified days or months may or may not fit.
    if (!maximum.isEmpty()
        && !durations.isEmpty()
        && context.workingTime().tryCompareTotals(durations, maximum).orElse(0) > 0) {
      long minutes =
          Math.round(durations.stream().mapToDouble(context.workingTime()::toMinutes).sum());
      context.report(
          Component.PROCEDURE,
          "/procedure/steps",
          "message",
          minutes,
          maximum.size() == 1 ? maximum.get(0) : maximum);
    }
  }
}
