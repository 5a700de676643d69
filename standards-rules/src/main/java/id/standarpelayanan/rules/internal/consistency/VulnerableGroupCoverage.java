package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.VulnerableGroup;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code sp.facilities.vulnerable-groups-coverage}: names which of the six vulnerable groups the
 * facilities serve and which they do not, when some are served and some are not. Information, not a
 * defect: not every service needs a facility for every group.
 */
public final class VulnerableGroupCoverage extends BuiltInRule {

  public VulnerableGroupCoverage() {
    super(
        "sp.facilities.vulnerable-groups-coverage",
        Severity.INFO,
        ConsistencyArticles.VULNERABLE,
        List.of(Component.FACILITIES),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    Set<VulnerableGroup> served = EnumSet.noneOf(VulnerableGroup.class);
    standard.getFacilities().forEach(facility -> served.addAll(facility.getVulnerableGroups()));
    Set<VulnerableGroup> unserved = EnumSet.allOf(VulnerableGroup.class);
    unserved.removeAll(served);
    if (!served.isEmpty() && !unserved.isEmpty()) {
      context.report("/facilities", "message", List.copyOf(served), List.copyOf(unserved));
    }
  }
}
