package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/**
 * {@code sp.fee.item-amount}: an item of a fee that is not free has an amount of Rp 0; a priced
 * item costs something (state a free service as free instead). Amounts are whole rupiah by
 * construction. Not API.
 */
public final class FeeItemAmount extends BuiltInRule {

  /** Makes the rule. */
  public FeeItemAmount() {
    super("sp.fee.item-amount", Severity.ERROR, ConsistencyArticles.FEE, List.of(Component.FEE), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard.getFee().filter(fee -> !fee.isFree()).ifPresent(fee -> {
      List<FeeItem> items = fee.getItems();
      for (int i = 0; i < items.size(); i++) {
        FeeItem item = items.get(i);
        // A conditional Rp 0 (free at the office in working hours, a tariff elsewhere) is a price.
        if (item.getAmount().filter(amount -> amount.getAmount() == 0).isPresent()
            && item.getCondition().isEmpty() && item.getApplicantCategory().isEmpty()) {
          context.report(Pointers.of("fee", "items", i, "amount"), "message", items.get(i).getName());
        }
      }
    });
  }
}
