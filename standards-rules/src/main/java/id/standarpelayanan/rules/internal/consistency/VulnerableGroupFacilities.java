package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.facilities.vulnerable-groups}: facilities are listed but none serves a vulnerable group
 * (persons with disabilities, the elderly, pregnant women, children, victims of disasters), whom
 * UU 25/2009 art. 29 entitles to special treatment. Not API.
 */
public final class VulnerableGroupFacilities extends BuiltInRule {

  /** Makes the rule. */
  public VulnerableGroupFacilities() {
    super("sp.facilities.vulnerable-groups", Severity.ERROR, ConsistencyArticles.VULNERABLE, List.of(Component.FACILITIES), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    if (!standard.getFacilities().isEmpty()
        && standard.getFacilities().stream().allMatch(facility -> facility.getVulnerableGroups().isEmpty())) {
      context.report("/facilities", "message");
    }
  }
}
