package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.FeeItem;
import id.standarpelayanan.model.Requirement;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Set;

/**
 * {@code sp.text.refers-elsewhere}: a requirement or a fee only refers elsewhere, so the public
 * cannot tell from the standard what it is (UU 25/2009 art. 21 letters b and e):
 *
 * <ul>
 *   <li>a requirement whose documents are "sesuai ketentuan Imigrasi", "sesuai syarat masing-masing
 *       perkara" or "menurut ketentuan yang berlaku" (a requirement "sesuai Perda" that names what
 *       is required, and refers only for a detail, is not one);
 *   <li>a fee item of a fee that is not free without an amount: set by a regulation the public must
 *       look up ("sesuai Perda", "berdasarkan SK Panjar"), by a radius table, or by an application;
 * </ul>
 *
 * A completion time that only refers elsewhere is {@code sp.completion-time.vague}'s, a procedure
 * that only points to an attachment {@code sp.completeness.procedure}'s.
 */
public final class RefersElsewhere extends BuiltInRule {

  /** Words that refer elsewhere. */
  private static final Set<String> REFERRING =
      Set.of("sesuai", "berdasarkan", "menurut", "mengikuti", "mengacu", "lihat");

  /** What a requirement refers to when it does not say what is required. */
  private static final Set<String> RULES_ELSEWHERE =
      Set.of(
          "ketentuan", "syarat", "persyaratan", "aturan", "kebutuhan", "masing", "prosedur", "sop");

  public RefersElsewhere() {
    super(
        "sp.text.refers-elsewhere",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf b dan e",
        List.of(Component.REQUIREMENTS, Component.FEE),
        "requirement",
        "fee-item");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<Requirement> requirements = standard.getRequirements();
    for (int i = 0; i < requirements.size(); i++) {
      String description = requirements.get(i).getDescription();
      if (Texts.containsAny(description, REFERRING)
          && refersForWhatIsRequired(Texts.words(description))) {
        context.report(
            Component.REQUIREMENTS,
            Pointers.of("requirements", i),
            "requirement",
            requirements.get(i).getDescription());
      }
    }
    standard
        .getFee()
        .filter(fee -> !fee.isFree())
        .ifPresent(
            fee -> {
              List<FeeItem> items = fee.getItems();
              for (int i = 0; i < items.size(); i++) {
                if (items.get(i).getAmount().isEmpty()) {
                  context.report(
                      Component.FEE,
                      Pointers.of("fee", "items", i),
                      "fee-item",
                      items.get(i).getName());
                }
              }
            });
  }

  /**
   * "… sesuai ketentuan …", "… sesuai syarat masing-masing …": a referring word and, within three
   * words, what rules elsewhere.
   */
  private static boolean refersForWhatIsRequired(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (REFERRING.contains(words.get(i))) {
        for (int j = i + 1; j <= i + 3 && j < words.size(); j++) {
          if (RULES_ELSEWHERE.contains(words.get(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
