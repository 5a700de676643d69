package id.standarpelayanan.rules.internal.completeness;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.standard.name}: the standard does not name its service type (jenis pelayanan); a draft
 * may start without a name, a published standard cannot.
 */
public final class ServiceName extends BuiltInRule {

  public ServiceName() {
    super("sp.standard.name", Severity.ERROR, "PermenPANRB 15/2014", List.of(), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    // A blank name is Bean Validation's; only an absent one is reported here.
    if (standard.getName().isEmpty()) {
      context.report("/name", "message");
    }
  }
}
