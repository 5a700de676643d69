package id.standarpelayanan.publish;

import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Report;
import id.standarpelayanan.rules.Severity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A catalogue as it is about to be published: the catalogue, its report, and the decision between a
 * draft and a publication that {@link Publisher#edition} took. Every layout of one edition shows
 * the same decision. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Edition {

  private final StandardsCatalog catalog;
  private final Report report;
  private final Set<DraftReason> reasons;

  Edition(StandardsCatalog catalog, Report report, Set<DraftReason> reasons) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.report = Objects.requireNonNull(report, "report");
    this.reasons =
        Collections.unmodifiableSet(
            reasons.isEmpty() ? EnumSet.noneOf(DraftReason.class) : EnumSet.copyOf(reasons));
  }

  /**
   * Returns the catalogue published.
   *
   * @return the catalogue
   */
  public StandardsCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the report of the check the decision rests on.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * Returns whether the edition is a draft: it carries the DRAF/DRAFT watermark.
   *
   * @return whether any {@link #reasons() reason} holds
   */
  public boolean draft() {
    return !reasons.isEmpty();
  }

  /**
   * Returns why the edition is a draft, empty for a publication.
   *
   * @return the reasons, in their declaration order
   */
  public Set<DraftReason> reasons() {
    return reasons;
  }

  /**
   * Returns the check's findings at ERROR, which the annex lists in a section of its own.
   *
   * @return the errors, in the report's order
   */
  public List<Finding> errors() {
    return report.findings(Severity.ERROR);
  }
}
