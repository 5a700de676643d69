package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;

/**
 * {@code sp.fee.item-legal-basis-unidentified}: a priced item cites no regulation, but the fee
 * names one in words only ("Sesuai SK Panjar", "sesuai Perda"), without type, number and year, so
 * the public cannot look it up. Less grave than citing nothing ({@code sp.fee.item-legal-basis}):
 * the instrument may be the proper one, only its identification is missing.
 */
public final class FeeItemLegalBasisUnidentified extends BuiltInRule {

  public FeeItemLegalBasisUnidentified() {
    super(
        "sp.fee.item-legal-basis-unidentified",
        Severity.WARNING,
        ConsistencyArticles.FEE,
        List.of(Component.FEE),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    for (FeeLegalBasis.PricedItem priced : FeeLegalBasis.pricedItems(standard)) {
      if (priced.item().getLegalBasis().isEmpty() && priced.namedInWords()) {
        context.report(priced.basisPointer(), "message", priced.item().getName());
      }
    }
  }
}
