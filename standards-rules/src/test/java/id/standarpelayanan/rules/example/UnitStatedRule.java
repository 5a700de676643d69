package id.standarpelayanan.rules.example;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.Rule;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import java.util.Locale;
import java.util.Set;

/**
 * An integrator's own rule, found through {@code META-INF/services}: every standard names the work
 * unit that delivers it. Uses only the public API.
 */
public class UnitStatedRule implements Rule {

  /** The rule's id. */
  public static final String ID = "acme.standard.unit";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public Set<Component> components() {
    return Set.of();
  }

  @Override
  public String description(Locale locale) {
    return english(locale)
        ? "Every standard names its work unit."
        : "Setiap standar menyebutkan unit kerjanya.";
  }

  @Override
  public Set<String> messageKeys() {
    return Set.of("missing");
  }

  @Override
  public String messagePattern(String key, Locale locale) {
    return english(locale)
        ? "The service {0} names no work unit."
        : "Layanan {0} tidak menyebutkan unit kerja.";
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    if (standard.getUnit().isEmpty()) {
      context.report("/unit", "missing", standard.getId().orElse("?"));
    }
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }
}
