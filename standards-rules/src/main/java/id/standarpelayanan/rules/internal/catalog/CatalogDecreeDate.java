package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.catalog.decree-date}: the decree of a catalogue that is established, published or
 * superseded has no date. Less grave than a missing decree or number ({@code sp.catalog.decree}):
 * the number identifies the decree, but the date tells from when it applies.
 */
public final class CatalogDecreeDate extends BuiltInRule {

  public CatalogDecreeDate() {
    super("sp.catalog.decree-date", Severity.WARNING, "PermenPANRB 15/2014", List.of(), "message");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (Stages.reached(catalog, CatalogStatus.ESTABLISHED)
        && catalog.getDecree().filter(decree -> decree.getDate().isEmpty()).isPresent()) {
      context.report("/decree/date", "message", catalog.getStatus());
    }
  }
}
