package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.fee.item-legal-basis}: a priced item (amount above zero) names no regulation, or one
 * whose type cannot set a tariff ({@code RegulationType.canSetTariff()}: decrees, circulars and the
 * constitution cannot). Not API.
 */
public final class FeeItemLegalBasis extends BuiltInRule {

  /** Makes the rule. */
  public FeeItemLegalBasis() {
    super("sp.fee.item-legal-basis", Severity.ERROR, ConsistencyArticles.FEE, List.of(Component.FEE), "missing", "cannot-set-tariff");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<FeeItem> items = standard.getFee().map(fee -> fee.getItems()).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      FeeItem item = items.get(i);
      Optional<LegalReference> basis = item.getLegalBasis();
      if (item.getAmount().filter(amount -> amount.getAmount() == 0).isPresent()) {
        continue;
      }
      if (basis.isEmpty()) {
        context.report(Pointers.of("fee", "items", i, "legalBasis"), "missing", item.getName());
      } else if (!basis.get().getType().canSetTariff()) {
        context.report(Pointers.of("fee", "items", i, "legalBasis", "type"), "cannot-set-tariff", item.getName(), basis.get().getType());
      }
    }
  }
}
