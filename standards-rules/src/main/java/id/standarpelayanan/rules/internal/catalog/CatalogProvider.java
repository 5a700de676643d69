package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;

/** {@code sp.catalog.provider}: the catalogue does not name its provider (penyelenggara). */
public final class CatalogProvider extends BuiltInRule {

  public CatalogProvider() {
    super("sp.catalog.provider", Severity.ERROR, "PermenPANRB 15/2014", List.of(), "message");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (catalog.getProvider().filter(provider -> Texts.meaningful(provider.getName())).isEmpty()) {
      context.report(catalog.getProvider().isPresent() ? "/provider/name" : "/provider", "message");
    }
  }
}
