package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.util.List;

/**
 * {@code sp.legal-basis.repealed}: the legal basis cites a regulation known to be repealed, such as
 * PermenPANRB 36/2012 (replaced by PermenPANRB 15/2014) or Perpres 25/2008 (replaced by Perpres
 * 96/2018); the message names the replacement. Regulations are keyed by type, issuing body, number
 * and year, and the list is data with a source for each entry ({@link RepealedRegulations}). Not
 * API.
 */
public final class RepealedLegalReference extends BuiltInRule {

  public RepealedLegalReference() {
    super(
        "sp.legal-basis.repealed",
        Severity.ERROR,
        ConsistencyArticles.LEGAL_BASIS,
        List.of(Component.LEGAL_BASIS),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<LegalReference> references = standard.getLegalBasis();
    for (int i = 0; i < references.size(); i++) {
      LegalReference reference = references.get(i);
      int index = i;
      RepealedRegulations.find(reference)
          .ifPresent(
              repealed ->
                  context.report(
                      Pointers.of("legalBasis", index),
                      "message",
                      LegalReferences.cite(reference),
                      repealed.replacedBy()));
    }
  }
}
