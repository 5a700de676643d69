package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Duplicates;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.legal-basis.duplicate}: the same regulation is cited twice: same type, number and year
 * (numbers compared ignoring case and spacing; a reference without a number is compared by its
 * title). Reports each repeat. Not API.
 */
public final class DuplicateLegalReference extends BuiltInRule {

  /** Makes the rule. */
  public DuplicateLegalReference() {
    super("sp.legal-basis.duplicate", Severity.WARNING, ConsistencyArticles.LEGAL_BASIS, List.of(Component.LEGAL_BASIS), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<LegalReference> references = standard.getLegalBasis();
    for (Duplicates.Repeat repeat : Duplicates.of(references, DuplicateLegalReference::key)) {
      context.report(Pointers.of("legalBasis", repeat.index()), "message",
          LegalReferences.cite(references.get(repeat.index())), repeat.firstIndex() + 1);
    }
  }

  private static Optional<String> key(LegalReference reference) {
    String identity = reference.getNumber().map(Texts::normalized)
        .orElseGet(() -> "title:" + reference.getTitle().map(Texts::normalized).orElse(""));
    return Optional.of(reference.getType() + "|" + identity + "|" + reference.getYear().map(String::valueOf).orElse(""));
  }
}
