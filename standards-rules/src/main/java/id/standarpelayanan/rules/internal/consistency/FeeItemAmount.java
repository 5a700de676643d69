package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;

/**
 * {@code sp.fee.item-amount}: a fee that is not free lists only items of Rp 0 and says nothing else
 * about cost: the service is free in fact, so state it as free. A Rp 0 item beside priced items, or
 * with a condition, or in a fee whose description says what else is charged ("Gratis untuk akses
 * informasi. Biaya penggandaan…"), states that that part is free, as offices write it. Amounts are
 * whole rupiah by construction.
 */
public final class FeeItemAmount extends BuiltInRule {

  public FeeItemAmount() {
    super(
        "sp.fee.item-amount",
        Severity.ERROR,
        ConsistencyArticles.FEE,
        List.of(Component.FEE),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getFee()
        .filter(fee -> !fee.isFree() && !Texts.meaningful(fee.getDescription()))
        .ifPresent(
            fee -> {
              List<FeeItem> items = fee.getItems();
              boolean allFree =
                  !items.isEmpty() && items.stream().allMatch(FeeItemAmount::unconditionallyZero);
              for (int i = 0; allFree && i < items.size(); i++) {
                context.report(
                    Pointers.of("fee", "items", i, "amount"), "message", items.get(i).getName());
              }
            });
  }

  /** A Rp 0 item without a condition or applicant category (a conditional Rp 0 is a price). */
  private static boolean unconditionallyZero(FeeItem item) {
    return item.getAmount().filter(amount -> amount.getAmount() == 0).isPresent()
        && item.getCondition().isEmpty()
        && item.getApplicantCategory().isEmpty();
  }
}
