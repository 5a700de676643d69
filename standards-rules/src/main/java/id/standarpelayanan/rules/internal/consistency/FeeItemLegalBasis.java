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
 * {@code sp.fee.item-legal-basis}: a priced item (an amount above zero) names no regulation, and
 * the fee does not name one in words either (that is {@code sp.fee.item-legal-basis-unidentified}'s
 * case), or it names one whose type cannot set a tariff ({@code RegulationType.canSetTariff()}:
 * decrees, circulars and the constitution cannot), except a court's decree on the advance on court
 * costs (panjar biaya perkara), which PERMA 3/2012 leaves to the court's chief. An item without an
 * amount is not priced here ({@code sp.text.refers-elsewhere} judges it). Not API.
 */
public final class FeeItemLegalBasis extends BuiltInRule {

  /** Makes the rule. */
  public FeeItemLegalBasis() {
    super("sp.fee.item-legal-basis", Severity.ERROR, ConsistencyArticles.FEE, List.of(Component.FEE), "missing", "cannot-set-tariff");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<FeeItem> items = standard.getFee().map(fee -> fee.getItems()).orElse(List.of());
    boolean namedInWords = standard.getFee().filter(FeeLegalBasis::namedInWords).isPresent();
    for (int i = 0; i < items.size(); i++) {
      FeeItem item = items.get(i);
      if (!FeeLegalBasis.priced(item)) {
        continue;
      }
      Optional<LegalReference> basis = item.getLegalBasis();
      if (basis.isEmpty()) {
        if (!namedInWords && !FeeLegalBasis.namedInWords(item)) {
          context.report(Pointers.of("fee", "items", i, "legalBasis"), "missing", item.getName());
        }
      } else if (!basis.get().getType().canSetTariff() && !FeeLegalBasis.courtCosts(basis.get())) {
        context.report(Pointers.of("fee", "items", i, "legalBasis", "type"), "cannot-set-tariff", item.getName(), basis.get().getType());
      }
    }
  }
}
