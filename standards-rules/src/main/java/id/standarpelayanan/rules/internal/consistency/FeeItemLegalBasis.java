package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.fee.item-legal-basis}: a priced item (an amount above zero) names no regulation, and
 * the fee does not name one in words either (that is {@code sp.fee.item-legal-basis-unidentified}'s
 * case), or it names one whose type cannot set a tariff ({@code RegulationType.canSetTariff()}:
 * decrees, circulars and the constitution cannot), except a court's decree on the advance on court
 * costs (panjar biaya perkara), which PERMA 3/2012 leaves to the court's chief. An item without an
 * amount is not priced here ({@code sp.text.refers-elsewhere} judges it).
 */
public final class FeeItemLegalBasis extends BuiltInRule {

  public FeeItemLegalBasis() {
    super(
        "sp.fee.item-legal-basis",
        Severity.ERROR,
        ConsistencyArticles.FEE,
        List.of(Component.FEE),
        "missing",
        "cannot-set-tariff");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    for (FeeLegalBasis.PricedItem priced : FeeLegalBasis.pricedItems(standard)) {
      FeeItem item = priced.item();
      Optional<LegalReference> basis = item.getLegalBasis();
      if (basis.isEmpty()) {
        if (!priced.namedInWords()) {
          context.report(priced.basisPointer(), "missing", item.getName());
        }
      } else if (!basis.get().getType().canSetTariff() && !FeeLegalBasis.courtCosts(basis.get())) {
        context.report(
            priced.basisTypePointer(), "cannot-set-tariff", item.getName(), basis.get().getType());
      }
    }
  }
}
