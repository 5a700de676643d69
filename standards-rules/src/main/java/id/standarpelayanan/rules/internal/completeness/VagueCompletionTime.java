package id.standarpelayanan.rules.internal.completeness;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;

/**
 * {@code sp.completion-time.vague}: the completion time is only words ("sesuai ketentuan yang
 * berlaku"), with no measurable maximum; the public cannot hold the provider to it.
 */
public final class VagueCompletionTime extends BuiltInRule {

  public VagueCompletionTime() {
    super(
        "sp.completion-time.vague",
        Severity.ERROR,
        ComponentStated.article(Component.COMPLETION_TIME),
        List.of(Component.COMPLETION_TIME),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getCompletionTime()
        .filter(time -> time.getMaximum().isEmpty() && Texts.meaningful(time.getDescription()))
        .ifPresent(
            time ->
                context.report(
                    "/completionTime/maximum", "message", time.getDescription().orElseThrow()));
  }
}
