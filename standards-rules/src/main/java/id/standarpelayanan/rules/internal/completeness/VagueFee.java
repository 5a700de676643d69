package id.standarpelayanan.rules.internal.completeness;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;

/**
 * {@code sp.fee.vague}: the fee is neither stated as free nor priced item by item, only described
 * in words ("sesuai ketentuan"); the public cannot tell what they will pay.
 */
public final class VagueFee extends BuiltInRule {

  public VagueFee() {
    super(
        "sp.fee.vague",
        Severity.ERROR,
        ComponentStated.article(Component.FEE),
        List.of(Component.FEE),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getFee()
        .filter(
            fee ->
                !fee.isFree() && fee.getItems().isEmpty() && Texts.meaningful(fee.getDescription()))
        .ifPresent(fee -> context.report("/fee", "message", fee.getDescription().orElseThrow()));
  }
}
