package id.standarpelayanan.rules.internal.update;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code sp.update.previous-not-superseded}: the update is in force (established or later, and its
 * effective date, if any, reached), but the previous version does not say it is superseded, does
 * not name its successor, or names another one than the update's decree. The finding judges the
 * previous document, which the report does not contain: it points at the root of the current
 * catalogue ({@code ""}), and its message says that it concerns the previous version ("versi
 * sebelumnya …") and which field there. Quiet when the previous version equals the current one
 * (nothing was updated).
 */
public final class PreviousNotSuperseded extends BuiltInRule {

  /** Makes the rule. */
  public PreviousNotSuperseded() {
    super(
        "sp.update.previous-not-superseded",
        Severity.WARNING,
        "PermenPANRB 15/2014",
        List.of(),
        "not-superseded",
        "no-successor",
        "other-successor");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    Optional<StandardsCatalog> found = context.previousCatalog();
    if (found.isEmpty() || found.get().equals(catalog) || !inForce(catalog, context)) {
      return;
    }
    StandardsCatalog previous = found.get();
    if (previous.getStatus() != CatalogStatus.SUPERSEDED) {
      context.report("", "not-superseded", previous.getStatus());
    } else if (!Texts.meaningful(previous.getSupersededBy())) {
      context.report("", "no-successor");
    } else {
      String successor = previous.getSupersededBy().get();
      Optional<String> number = catalog.getDecree().flatMap(Decree::getNumber);
      if (number.isPresent()
          && Texts.meaningful(number.get())
          && !Texts.contains(compact(successor), compact(number.get()))) {
        context.report("", "other-successor", successor, number.get());
      }
    }
  }

  /** Whether the update has replaced the previous version: established and effective by today. */
  private static boolean inForce(StandardsCatalog catalog, RuleContext context) {
    return catalog.getStatus().compareTo(CatalogStatus.ESTABLISHED) >= 0
        && catalog.getEffectiveDate().map(date -> !date.isAfter(context.today())).orElse(true);
  }

  /** A decree number as compared: without whitespace, in lower case ("B-12 / Kw" = "b-12/kw"). */
  private static String compact(String text) {
    return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
