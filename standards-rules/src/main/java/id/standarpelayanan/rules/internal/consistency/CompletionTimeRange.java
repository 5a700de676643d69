package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.completion-time.range-maximum}: the completion time states a minimum ("paling cepat 1
 * hari") but no maximum, so the public cannot tell by when the service is done (UU 25/2009 art. 21
 * letter d). A range with both ends ("1 – 3 hari kerja") states its maximum.
 */
public final class CompletionTimeRange extends BuiltInRule {

  public CompletionTimeRange() {
    super(
        "sp.completion-time.range-maximum",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf d",
        List.of(Component.COMPLETION_TIME),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getCompletionTime()
        .filter(time -> time.getMinimum().isPresent() && time.getMaximum().isEmpty())
        .ifPresent(
            time -> context.report("/completionTime/maximum", "message", time.getMinimum().get()));
  }
}
