package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.Rupiah;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/**
 * {@code sp.fee.free-with-priced-items}: a fee stated as free lists an item with an amount above
 * zero; the public cannot tell whether they pay. Reports the first such item.
 */
public final class FreeWithPricedItems extends BuiltInRule {

  public FreeWithPricedItems() {
    super(
        "sp.fee.free-with-priced-items",
        Severity.ERROR,
        ConsistencyArticles.FEE,
        List.of(Component.FEE),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getFee()
        .filter(fee -> fee.isFree())
        .ifPresent(
            fee -> {
              List<FeeItem> items = fee.getItems();
              for (int i = 0; i < items.size(); i++) {
                long amount = items.get(i).getAmount().map(Rupiah::getAmount).orElse(0L);
                if (amount > 0) {
                  context.report(
                      Pointers.of("fee", "items", i), "message", items.get(i).getName(), amount);
                  return;
                }
              }
            });
  }
}
