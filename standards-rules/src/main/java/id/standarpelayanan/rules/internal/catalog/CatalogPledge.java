package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;

/**
 * {@code sp.catalog.pledge}: a catalogue that is established or later has no service pledge
 * (maklumat pelayanan) with a text; UU 25/2009 art. 22 requires the provider to issue one.
 */
public final class CatalogPledge extends BuiltInRule {

  public CatalogPledge() {
    super("sp.catalog.pledge", Severity.ERROR, "UU 25/2009 pasal 22", List.of(), "message");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (Stages.reached(catalog, CatalogStatus.ESTABLISHED)
        && catalog.getPledge().filter(pledge -> Texts.meaningful(pledge.getText())).isEmpty()) {
      context.report(
          catalog.getPledge().isPresent() ? "/pledge/text" : "/pledge",
          "message",
          catalog.getStatus());
    }
  }
}
