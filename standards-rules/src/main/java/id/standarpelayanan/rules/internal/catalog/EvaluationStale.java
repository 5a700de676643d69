package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code sp.dates.evaluation-stale}: the catalogue's last evaluation is older than the profile's
 * limit (twelve months by default) on the checker's date, or an established or published catalogue
 * records no evaluation at all. Standards are to be evaluated periodically (PermenPANRB 15/2014).
 */
public final class EvaluationStale extends BuiltInRule {

  public EvaluationStale() {
    super(
        "sp.dates.evaluation-stale",
        Severity.WARNING,
        "PermenPANRB 15/2014",
        List.of(),
        "stale",
        "missing");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    LocalDate today = context.today();
    catalog
        .getLastEvaluationDate()
        .ifPresentOrElse(
            evaluated -> {
              if (evaluated.isAfter(today)) {
                // Not stale; and a date far in the future would overflow when the age is added.
                return;
              }
              LocalDate due = evaluated.plus(context.maximumEvaluationAge());
              if (due.isBefore(today)) {
                context.report(
                    "/lastEvaluationDate",
                    "stale",
                    evaluated.toString(),
                    context.maximumEvaluationAge(),
                    today.toString());
              }
            },
            () -> {
              CatalogStatus status = catalog.getStatus();
              if (status == CatalogStatus.ESTABLISHED || status == CatalogStatus.PUBLISHED) {
                context.report("/lastEvaluationDate", "missing", status);
              }
            });
  }
}
