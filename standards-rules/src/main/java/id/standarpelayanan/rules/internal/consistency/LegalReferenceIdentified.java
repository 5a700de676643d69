package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.LegalReference;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.RegulationType;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.legal-basis.number-year}: a legal reference has no number or no year, so the public
 * cannot look it up: a PMA cited by its title only, a head's decree without its number, "Pedoman
 * Pelaksanaan Tugas dan Administrasi MA RI (Buku II)". In the legal basis, and as the basis of a
 * fee item or of an extension of the completion time. The constitution (UUD 1945) has no number.
 */
public final class LegalReferenceIdentified extends BuiltInRule {

  public LegalReferenceIdentified() {
    super(
        "sp.legal-basis.number-year",
        Severity.WARNING,
        ConsistencyArticles.LEGAL_BASIS,
        List.of(Component.LEGAL_BASIS),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<LegalReference> references = standard.getLegalBasis();
    for (int i = 0; i < references.size(); i++) {
      check(
          context,
          Component.LEGAL_BASIS,
          Optional.of(references.get(i)),
          Pointers.of("legalBasis", i));
    }
    List<FeeItem> items = standard.getFee().map(fee -> fee.getItems()).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      check(
          context,
          Component.FEE,
          items.get(i).getLegalBasis(),
          Pointers.of("fee", "items", i, "legalBasis"));
    }
    check(
        context,
        Component.COMPLETION_TIME,
        standard
            .getCompletionTime()
            .flatMap(time -> time.getExtension())
            .flatMap(extension -> extension.getLegalBasis()),
        Pointers.of("completionTime", "extension", "legalBasis"));
  }

  private static void check(
      RuleContext context,
      Component component,
      Optional<LegalReference> reference,
      Pointer pointer) {
    if (reference.isEmpty() || reference.get().getType() == RegulationType.UUD) {
      return;
    }
    LegalReference cited = reference.get();
    if (!Texts.meaningful(cited.getNumber()) || cited.getYear().isEmpty()) {
      context.report(
          component, pointer, "message", cited.getTitle().orElse(LegalReferences.cite(cited)));
    }
  }
}
