package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.RegulationType;
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
 * title). Reports each repeat.
 */
public final class DuplicateLegalReference extends BuiltInRule {

  public DuplicateLegalReference() {
    super(
        "sp.legal-basis.duplicate",
        Severity.WARNING,
        ConsistencyArticles.LEGAL_BASIS,
        List.of(Component.LEGAL_BASIS),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<LegalReference> references = standard.getLegalBasis();
    for (Duplicates.Repeat<Identity> repeat :
        Duplicates.of(references, DuplicateLegalReference::key)) {
      context.report(
          Pointers.of("legalBasis", repeat.index()),
          "message",
          LegalReferences.cite(references.get(repeat.index())),
          repeat.firstIndex() + 1);
    }
  }

  /**
   * What makes two references the same regulation: the type, and the number, or the title when
   * there is no number (normalised), and the year if given.
   */
  private record Identity(RegulationType type, boolean numbered, String text, Integer year) {}

  private static Optional<Identity> key(LegalReference reference) {
    Optional<String> number = reference.getNumber();
    String text =
        Texts.normalized(number.isPresent() ? number.get() : reference.getTitle().orElse(""));
    return Optional.of(
        new Identity(
            reference.getType(), number.isPresent(), text, reference.getYear().orElse(null)));
  }
}
