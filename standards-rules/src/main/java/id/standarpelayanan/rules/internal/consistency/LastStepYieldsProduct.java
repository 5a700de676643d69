package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Product;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.products.last-step-output}: the procedure's last step does not yield a product: its
 * output is missing, or neither contains nor is contained in any product's name (ignoring case).
 * Quiet when there are no steps or no products (the completeness rules report those). Not API.
 */
public final class LastStepYieldsProduct extends BuiltInRule {

  /** Makes the rule. */
  public LastStepYieldsProduct() {
    super("sp.products.last-step-output", Severity.WARNING, "UU 25/2009 pasal 21 huruf c dan f",
        List.of(Component.PRODUCTS, Component.PROCEDURE), "missing", "mismatch");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<ProcedureStep> steps = standard.getProcedure().map(procedure -> procedure.getSteps()).orElse(List.of());
    List<String> products = standard.getProducts().stream().map(Product::getName).filter(Texts::meaningful).toList();
    if (steps.isEmpty() || products.isEmpty()) {
      return;
    }
    int last = steps.size() - 1;
    Optional<String> output = steps.get(last).getOutput();
    if (output.isEmpty()) {
      context.report(Component.PRODUCTS, Pointers.of("procedure", "steps", last, "output"), "missing", products);
      return;
    }
    String yielded = Texts.normalized(output.get());
    for (String name : products) {
      String product = Texts.normalized(name);
      if (!yielded.isEmpty() && (product.contains(yielded) || yielded.contains(product))) {
        return;
      }
    }
    context.report(Component.PRODUCTS, Pointers.of("procedure", "steps", last, "output"), "mismatch", output.get(), products);
  }
}
