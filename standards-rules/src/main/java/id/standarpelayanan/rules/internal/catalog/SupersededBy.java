package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;

/** {@code sp.catalog.superseded-by}: a superseded catalogue does not say what supersedes it. */
public final class SupersededBy extends BuiltInRule {

  public SupersededBy() {
    super("sp.catalog.superseded-by", Severity.ERROR, "", List.of(), "message");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (catalog.getStatus() == CatalogStatus.SUPERSEDED
        && !Texts.meaningful(catalog.getSupersededBy())) {
      context.report("/supersededBy", "message");
    }
  }
}
