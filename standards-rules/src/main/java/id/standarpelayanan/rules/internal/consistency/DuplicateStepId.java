package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Duplicates;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Procedures;
import java.util.List;

/** {@code sp.standard.duplicate-step-id}: two steps of a standard's procedure share an id. */
public final class DuplicateStepId extends BuiltInRule {

  public DuplicateStepId() {
    super(
        "sp.standard.duplicate-step-id",
        Severity.ERROR,
        "",
        List.of(Component.PROCEDURE),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<ProcedureStep> steps = Procedures.steps(standard);
    for (Duplicates.Repeat<String> repeat : Duplicates.of(steps, ProcedureStep::getId)) {
      context.report(
          Pointers.of("procedure", "steps", repeat.index(), "id"),
          "message",
          repeat.key(),
          repeat.firstIndex() + 1);
    }
  }
}
