package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.catalog.decree}: a catalogue that is established, published or superseded has no
 * decree (SK) with a number and a date. Not API.
 */
public final class CatalogDecree extends BuiltInRule {

  /** Makes the rule. */
  public CatalogDecree() {
    super("sp.catalog.decree", Severity.ERROR, "PermenPANRB 15/2014", List.of(), "missing", "number", "date");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (!Stages.reached(catalog, CatalogStatus.ESTABLISHED)) {
      return;
    }
    Optional<Decree> decree = catalog.getDecree();
    if (decree.isEmpty()) {
      context.report("/decree", "missing", catalog.getStatus());
      return;
    }
    if (!Texts.meaningful(decree.get().getNumber())) {
      context.report("/decree/number", "number", catalog.getStatus());
    }
    if (decree.get().getDate().isEmpty()) {
      context.report("/decree/date", "date", catalog.getStatus());
    }
  }
}
