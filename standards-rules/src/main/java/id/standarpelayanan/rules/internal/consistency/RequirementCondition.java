package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
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
 * {@code sp.requirements.condition}: a requirement that is not mandatory does not say when it
 * applies, neither in its condition nor in its own text ("Kartu BPJS bagi yang memiliki", "jika
 * dikuasakan"); the applicant cannot tell whether to bring it.
 */
public final class RequirementCondition extends BuiltInRule {

  public RequirementCondition() {
    super(
        "sp.requirements.condition",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf b",
        List.of(Component.REQUIREMENTS),
        "message");
  }

  /** Words that open a condition ("jika dikuasakan", "khusus pasien umum"). */
  private static final Set<String> IF =
      Set.of("jika", "apabila", "bila", "bilamana", "khusus", "if");

  /**
   * Words that open a condition when "yang" or a kind of applicant follows ("bagi yang memiliki").
   */
  private static final Set<String> FOR = Set.of("bagi", "untuk", "for");

  /** What follows "bagi" or "untuk" in a condition. */
  private static final Set<String> WHOM =
      Set.of("yang", "pasien", "pemohon", "peserta", "warga", "those");

  /**
   * Whether the description states when the requirement applies ("Kartu BPJS bagi yang memiliki").
   */
  private static boolean conditionInText(String description) {
    List<String> words = Texts.words(description);
    for (int i = 0; i < words.size(); i++) {
      if (IF.contains(words.get(i))
          || (FOR.contains(words.get(i))
              && i + 1 < words.size()
              && WHOM.contains(words.get(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<Requirement> requirements = standard.getRequirements();
    for (int i = 0; i < requirements.size(); i++) {
      Requirement requirement = requirements.get(i);
      if (!requirement.isMandatory()
          && requirement.getCondition().isEmpty()
          && !conditionInText(requirement.getDescription())) {
        context.report(
            Pointers.of("requirements", i, "condition"), "message", requirement.getDescription());
      }
    }
  }
}
