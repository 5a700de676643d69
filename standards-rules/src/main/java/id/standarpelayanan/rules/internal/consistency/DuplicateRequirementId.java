package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Duplicates;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/** {@code sp.standard.duplicate-requirement-id}: two requirements of a standard share an id. */
public final class DuplicateRequirementId extends BuiltInRule {

  public DuplicateRequirementId() {
    super(
        "sp.standard.duplicate-requirement-id",
        Severity.ERROR,
        "",
        List.of(Component.REQUIREMENTS),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    for (Duplicates.Repeat<String> repeat :
        Duplicates.of(standard.getRequirements(), Requirement::getId)) {
      context.report(
          Pointers.of("requirements", repeat.index(), "id"),
          "message",
          repeat.key(),
          repeat.firstIndex() + 1);
    }
  }
}
