package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.dates.effective-before-decree}: the standards take effect before the decree that
 * establishes them was signed.
 */
public final class EffectiveBeforeDecree extends BuiltInRule {

  public EffectiveBeforeDecree() {
    super("sp.dates.effective-before-decree", Severity.ERROR, "", List.of(), "message");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    catalog
        .getEffectiveDate()
        .ifPresent(
            effective ->
                catalog
                    .getDecree()
                    .flatMap(decree -> decree.getDate())
                    .filter(effective::isBefore)
                    .ifPresent(
                        signed ->
                            context.report(
                                "/effectiveDate",
                                "message",
                                effective.toString(),
                                signed.toString())));
  }
}
