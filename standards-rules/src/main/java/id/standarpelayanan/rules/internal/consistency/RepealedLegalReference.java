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
 * {@code sp.legal-basis.repealed}: the legal basis cites a regulation known to be repealed, such
 * as PermenPANRB 36/2012 (replaced by PermenPANRB 15/2014); the message names the replacement. The
 * list is data ({@link RepealedRegulations}). Not API.
 */
public final class RepealedLegalReference extends BuiltInRule {

  /** Makes the rule. */
  public RepealedLegalReference() {
    super("sp.legal-basis.repealed", Severity.ERROR, ConsistencyArticles.LEGAL_BASIS, List.of(Component.LEGAL_BASIS), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<LegalReference> references = standard.getLegalBasis();
    for (int i = 0; i < references.size(); i++) {
      LegalReference reference = references.get(i);
      if (reference.getNumber().isEmpty() || reference.getYear().isEmpty()) {
        continue;
      }
      int index = i;
      RepealedRegulations.find(reference.getType(), reference.getNumber().get(), reference.getYear().get())
          .ifPresent(repealed -> context.report(
              Pointers.of("legalBasis", index), "message", LegalReferences.cite(reference), repealed.replacedBy()));
    }
  }
}
