package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp.service.discontinued}: a catalogue in force (established or published) holds a standard
 * for a service known to have been discontinued or moved to another body before the checker's date,
 * such as Kemenag recommendations for hajj and umrah passports (no longer an immigration
 * requirement since 2023) or hajj and umrah affairs (moved from the Ministry of Religious Affairs
 * to the Ministry of Hajj and Umrah in 2025). The list is dated data with a source for each entry
 * ({@link DiscontinuedServices}); the message says what changed, in the report's language, and
 * where several changes apply (a passport recommendation, then the move of hajj affairs), the
 * latest, which is the state of affairs today.
 */
public final class DiscontinuedService extends BuiltInRule {

  public DiscontinuedService() {
    super(
        "sp.service.discontinued",
        Severity.WARNING,
        "UU 25/2009 pasal 20 ayat (1)",
        List.of(),
        "message");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (!(catalog.getStatus() == CatalogStatus.ESTABLISHED
        || catalog.getStatus() == CatalogStatus.PUBLISHED)) {
      return;
    }
    String provider =
        catalog
            .getProvider()
            .map(p -> p.getName() + " " + p.getParentAgency().orElse(""))
            .orElse("");
    boolean english = context.locale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    List<ServiceStandard> standards = catalog.getStandards();
    for (int i = 0; i < standards.size(); i++) {
      int index = i;
      String service = standards.get(i).getName().orElse("");
      // One finding per standard: the latest change that applies is the state of affairs today.
      DiscontinuedServices.matching(provider, service).stream()
          .filter(entry -> !context.today().isBefore(entry.date()))
          .max(Comparator.comparing(DiscontinuedServices.Entry::date))
          .ifPresent(
              entry ->
                  context.report(
                      Pointers.of("standards", index, "name"),
                      "message",
                      service,
                      entry.date().toString(),
                      english ? entry.changeEn() : entry.changeId()));
    }
  }
}
