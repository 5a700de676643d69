package id.standarpelayanan.rules.internal.completeness;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.standard.id}: the standard has no id, so a catalogue, a form or a later version cannot
 * refer to it. Offices do not print ids; the integrator assigns them.
 */
public final class ServiceId extends BuiltInRule {

  public ServiceId() {
    super("sp.standard.id", Severity.WARNING, "", List.of(), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    if (standard.getId().isEmpty()) {
      context.report("/id", "message");
    }
  }
}
