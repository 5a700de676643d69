package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.facilities.vulnerable-groups}: no facility serves a vulnerable group (persons with
 * disabilities, the elderly, pregnant women, children, victims of disasters), whom UU 25/2009 art.
 * 29 entitles to special treatment: facilities are listed but none serves them, or none are listed
 * at all. Art. 29 is a duty of its own (a separate item in the Ombudsman's assessment), so a report
 * on a standard without facilities says so too, rather than leaving it to the completeness rule.
 */
public final class VulnerableGroupFacilities extends BuiltInRule {

  public VulnerableGroupFacilities() {
    super(
        "sp.facilities.vulnerable-groups",
        Severity.ERROR,
        ConsistencyArticles.VULNERABLE,
        List.of(Component.FACILITIES),
        "message",
        "none-stated");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    if (standard.getFacilities().isEmpty()) {
      context.report("/facilities", "none-stated");
    } else if (standard.getFacilities().stream()
        .allMatch(facility -> facility.getVulnerableGroups().isEmpty())) {
      context.report("/facilities", "message");
    }
  }
}
