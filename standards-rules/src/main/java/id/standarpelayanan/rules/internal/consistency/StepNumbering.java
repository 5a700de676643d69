package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Procedures;
import java.util.List;

/**
 * {@code sp.procedure.step-numbering}: the steps, in the order given, are numbered 1, 2, … n,
 * without gaps or repeats. Reports the first step out of line.
 */
public final class StepNumbering extends BuiltInRule {

  public StepNumbering() {
    super(
        "sp.procedure.step-numbering",
        Severity.WARNING,
        ConsistencyArticles.GUIDELINE,
        List.of(Component.PROCEDURE),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<ProcedureStep> steps = Procedures.steps(standard);
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).getNumber() != i + 1) {
        context.report(
            Pointers.of("procedure", "steps", i, "number"),
            "message",
            i + 1,
            steps.get(i).getNumber());
        return;
      }
    }
  }
}
