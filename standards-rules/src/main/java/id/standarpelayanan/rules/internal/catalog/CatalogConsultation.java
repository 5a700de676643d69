package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.PublicConsultation;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.catalog.consultation}: a catalogue that is consulted or later records no public
 * consultation dated before its establishment: before the decree's date when it has one, otherwise
 * on or before today. UU 25/2009 art. 20 requires the community to take part. A WARNING: a
 * published standard need not print its consultation, so its absence from the document is a sign of
 * a gap, not proof of one.
 */
public final class CatalogConsultation extends BuiltInRule {

  public CatalogConsultation() {
    super(
        "sp.catalog.consultation",
        Severity.WARNING,
        "UU 25/2009 pasal 20",
        List.of(),
        "missing",
        "not-before-decree");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (!Stages.reached(catalog, CatalogStatus.CONSULTED)) {
      return;
    }
    List<LocalDate> dates =
        catalog.getConsultations().stream()
            .map(PublicConsultation::getDate)
            .flatMap(Optional::stream)
            .toList();
    Optional<LocalDate> decreed = catalog.getDecree().flatMap(decree -> decree.getDate());
    if (decreed.isPresent()) {
      if (dates.stream().noneMatch(date -> date.isBefore(decreed.get()))) {
        context.report(
            "/consultations",
            dates.isEmpty() ? "missing" : "not-before-decree",
            decreed.get().toString());
      }
    } else if (dates.stream().noneMatch(date -> !date.isAfter(context.today()))) {
      context.report("/consultations", "missing", context.today().toString());
    }
  }
}
