package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Duplicates;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/** {@code sp.catalog.duplicate-service-id}: two standards of a catalogue share a service id. */
public final class DuplicateServiceId extends BuiltInRule {

  public DuplicateServiceId() {
    super("sp.catalog.duplicate-service-id", Severity.ERROR, "", List.of(), "message");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    List<ServiceStandard> standards = catalog.getStandards();
    for (Duplicates.Repeat<String> repeat : Duplicates.of(standards, ServiceStandard::getId)) {
      context.report(
          Pointers.of("standards", repeat.index(), "id"),
          "message",
          repeat.key(),
          repeat.firstIndex());
    }
  }
}
