package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/**
 * {@code sp.requirements.condition}: a requirement that is not mandatory does not say when it
 * applies; the applicant cannot tell whether to bring it. Not API.
 */
public final class RequirementCondition extends BuiltInRule {

  /** Makes the rule. */
  public RequirementCondition() {
    super("sp.requirements.condition", Severity.WARNING, "UU 25/2009 pasal 21 huruf b", List.of(Component.REQUIREMENTS), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<Requirement> requirements = standard.getRequirements();
    for (int i = 0; i < requirements.size(); i++) {
      Requirement requirement = requirements.get(i);
      if (!requirement.isMandatory() && requirement.getCondition().isEmpty()) {
        context.report(Pointers.of("requirements", i, "condition"), "message", requirement.getDescription());
      }
    }
  }
}
