package id.standarpelayanan.rules.internal.completeness;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Structure;
import id.standarpelayanan.rules.internal.TextFields;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;

/**
 * {@code sp.text.placeholder}: a text field anywhere in a standard or a catalogue holds a
 * placeholder ("-", "TBD", "menyusul"…) instead of content. The finding concerns the component the
 * field lies in.
 */
public final class PlaceholderText extends BuiltInRule {

  public PlaceholderText() {
    super(
        "sp.text.placeholder",
        Severity.WARNING,
        "PermenPANRB 15/2014",
        List.of(Component.values()),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    TextFields.of(
        standard,
        Texts::isPlaceholder,
        (pointer, text) ->
            Structure.component(pointer, false)
                .ifPresentOrElse(
                    component -> context.report(component, pointer, "message", text),
                    () -> context.report(pointer, "message", text)));
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    TextFields.of(
        catalog, Texts::isPlaceholder, (pointer, text) -> context.report(pointer, "message", text));
  }
}
