package id.standarpelayanan.rules.internal.update;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Decree;
import id.standarpelayanan.model.ImmutableServiceStandard;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.update.identity-unchanged}: the standards changed from the previous version, but the
 * update still carries the previous version's decree number, decree date, version or effective
 * date, so that the public and the inspectors cannot tell the two texts apart. One finding per
 * unchanged field, at that field of the current document. A catalogue is judged once it is
 * established (a draft of the next edition may still carry the old decree); its content is its list
 * of standards. A standard published on its own is judged on its own decree, its content being
 * everything but its decree, pledge and publications.
 */
public final class IdentityUnchanged extends BuiltInRule {

  /** Makes the rule. */
  public IdentityUnchanged() {
    super(
        "sp.update.identity-unchanged",
        Severity.ERROR,
        "PermenPANRB 15/2014",
        List.of(),
        "decree-number",
        "decree-date",
        "version",
        "effective-date");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    Optional<StandardsCatalog> previous = context.previousCatalog();
    if (previous.isEmpty()
        || catalog.getStatus().compareTo(CatalogStatus.ESTABLISHED) < 0
        || catalog.getStandards().equals(previous.get().getStandards())) {
      return;
    }
    decree(catalog.getDecree(), previous.get().getDecree(), "/decree", context);
    if (catalog.getVersion().isPresent()
        && catalog.getVersion().equals(previous.get().getVersion())) {
      context.report("/version", "version", catalog.getVersion().get());
    }
    if (catalog.getEffectiveDate().isPresent()
        && catalog.getEffectiveDate().equals(previous.get().getEffectiveDate())) {
      context.report(
          "/effectiveDate", "effective-date", catalog.getEffectiveDate().get().toString());
    }
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    Optional<ServiceStandard> previous = context.previousStandard();
    if (previous.isEmpty()
        || standard.getDecree().isEmpty()
        || content(standard).equals(content(previous.get()))) {
      return;
    }
    decree(standard.getDecree(), previous.get().getDecree(), "/decree", context);
  }

  private static void decree(
      Optional<Decree> current, Optional<Decree> previous, String at, RuleContext context) {
    if (current.isEmpty() || previous.isEmpty()) {
      return;
    }
    Optional<String> number = current.get().getNumber();
    if (number.isPresent() && number.equals(previous.get().getNumber())) {
      context.report(at + "/number", "decree-number", number.get());
    }
    if (current.get().getDate().isPresent()
        && current.get().getDate().equals(previous.get().getDate())) {
      context.report(at + "/date", "decree-date", current.get().getDate().get().toString());
    }
  }

  /** What the standard says to the public: all of it but what identifies its publication. */
  private static ServiceStandard content(ServiceStandard standard) {
    return ImmutableServiceStandard.copyOf(standard)
        .withDecree(Optional.empty())
        .withPledge(Optional.empty())
        .withPublications(List.of());
  }
}
