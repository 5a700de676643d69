package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Procedures;
import id.standarpelayanan.rules.internal.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code sp.procedure.step-order}: a step repeats an earlier one out of order ("Pemohon menerima
 * Surat Rekomendasi" as step 5 and again as step 7, after another step), so the public cannot tell
 * which comes when. Two steps are the same when they share at least three fifths of their words of
 * three letters or more (of the words either has), and at least three words. A run of steps
 * repeated in order (a second sub-procedure, "Mekanisme Mutasi Keluar" after "Mutasi Masuk") is how
 * procedures for two cases are written, and is not reported; numbering is {@code
 * sp.procedure.step-numbering}'s.
 */
public final class RepeatedStep extends BuiltInRule {

  public RepeatedStep() {
    super(
        "sp.procedure.step-order",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf c",
        List.of(Component.PROCEDURE),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<ProcedureStep> steps = Procedures.steps(standard);
    List<Set<String>> words = new ArrayList<>();
    for (ProcedureStep step : steps) {
      Set<String> significant = new HashSet<>();
      for (String word : Texts.words(step.getDescription())) {
        if (word.length() >= 3) {
          significant.add(word);
        }
      }
      words.add(significant);
    }
    for (int j = 1; j < steps.size(); j++) {
      for (int i = 0; i < j - 1; i++) {
        if (same(words, i, j) && !same(words, i - 1, j - 1) && !same(words, i + 1, j + 1)) {
          context.report(
              Pointers.of("procedure", "steps", j),
              "message",
              steps.get(j).getNumber(),
              steps.get(i).getNumber());
          break;
        }
      }
    }
  }

  private static boolean same(List<Set<String>> words, int i, int j) {
    if (i < 0 || j >= words.size() || i == j) {
      return false;
    }
    Set<String> a = words.get(i);
    Set<String> b = words.get(j);
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    // shared <= small and union >= large: sets of too different sizes are never the same, and
    // that is known without looking at a word (long texts compared with short ones cost nothing).
    if (small.size() < 3 || 5L * small.size() < 3L * large.size()) {
      return false;
    }
    long shared = 0;
    for (String word : small) {
      if (large.contains(word)) {
        shared++;
      }
    }
    long union = (long) a.size() + b.size() - shared;
    return shared >= 3 && 5 * shared >= 3 * union;
  }
}
