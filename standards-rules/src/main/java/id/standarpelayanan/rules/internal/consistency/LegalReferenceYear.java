package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/**
 * {@code sp.legal-basis.year}: a cited regulation's year is implausible: after the current year (by
 * the checker's clock), or, for a regulation of the Republic, before 1945, the year of the
 * Constitution. Colonial regulations still in force (HIR, Staatsblad 1941 No. 44; RBg, Staatsblad
 * 1927 No. 227), cited by courts as type {@code OTHER}, may be older.
 */
public final class LegalReferenceYear extends BuiltInRule {

  /** The earliest plausible year of an Indonesian regulation. */
  static final int EARLIEST = 1945;

  public LegalReferenceYear() {
    super(
        "sp.legal-basis.year",
        Severity.WARNING,
        ConsistencyArticles.LEGAL_BASIS,
        List.of(Component.LEGAL_BASIS),
        "future",
        "too-early");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<LegalReference> references = standard.getLegalBasis();
    int thisYear = context.today().getYear();
    for (int i = 0; i < references.size(); i++) {
      LegalReference reference = references.get(i);
      if (reference.getYear().isEmpty()) {
        continue;
      }
      int year = reference.getYear().get();
      if (year > thisYear) {
        context.report(
            Pointers.of("legalBasis", i, "year"),
            "future",
            LegalReferences.cite(reference),
            thisYear);
      } else if (year < EARLIEST && reference.getType() != RegulationType.OTHER) {
        context.report(
            Pointers.of("legalBasis", i, "year"),
            "too-early",
            LegalReferences.cite(reference),
            EARLIEST);
      }
    }
  }
}
