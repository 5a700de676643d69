package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.PerformanceEvaluation;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Set;

/**
 * {@code sp.evaluation.frequency}: the performance evaluation (evaluasi kinerja pelaksana) does not
 * state how often implementers are evaluated, or states a period the law does not allow. UU 25/2009
 * art. 10 with its elucidation: every 3, 6, 12 or 24 months, as the standard fixes. A frequency in
 * the typed field is one of those by construction; otherwise the description is read: "sekali dalam
 * 3 (tiga) bulan", "setiap semester", "setahun sekali" state one; "setiap bulan" or "mingguan"
 * state a period that is not allowed. Quiet when the component is missing (the completeness rule
 * reports that).
 */
public final class EvaluationFrequencyStated extends BuiltInRule {

  /** Words that state one of the allowed periods by themselves. */
  private static final Set<String> ALLOWED =
      Set.of(
          "triwulanan",
          "semesteran",
          "tahunan",
          "setahun",
          "quarterly",
          "annually",
          "yearly",
          "semiannually",
          "biennially");

  /**
   * Periods that are allowed after a word of frequency ("setiap semester", "per tahun", "sekali
   * dalam setahun").
   */
  private static final Set<String> PERIODS = Set.of("triwulan", "semester", "tahun", "year");

  /** Words of frequency before a period. */
  private static final Set<String> EVERY =
      Set.of("setiap", "tiap", "per", "sekali", "dalam", "satu", "1", "2", "dua", "every");

  /** Words that state a period shorter or other than the allowed ones. */
  private static final Set<String> NOT_ALLOWED =
      Set.of(
          "minggu",
          "mingguan",
          "seminggu",
          "bulanan",
          "sebulan",
          "harian",
          "weekly",
          "monthly",
          "daily");

  public EvaluationFrequencyStated() {
    super(
        "sp.evaluation.frequency",
        Severity.WARNING,
        "UU 25/2009 pasal 10 dan penjelasannya",
        List.of(Component.PERFORMANCE_EVALUATION),
        "missing",
        "not-allowed");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    standard
        .getPerformanceEvaluation()
        .filter(e -> e.getFrequency().isEmpty())
        .ifPresent(
            evaluation -> {
              switch (statedInWords(evaluation)) {
                case 0 -> context.report("/performanceEvaluation/frequency", "missing");
                case -1 ->
                    context.report(
                        "/performanceEvaluation/description",
                        "not-allowed",
                        evaluation.getDescription().orElse(""));
                default -> {}
              }
            });
  }

  /**
   * 1 if the description states an allowed period, -1 if only one that is not allowed, 0 if none.
   */
  private static int statedInWords(PerformanceEvaluation evaluation) {
    List<String> words = evaluation.getDescription().map(Texts::words).orElse(List.of());
    boolean notAllowed = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("bulan") || word.equals("months")) {
        int months = monthsBefore(words, i);
        if (months == 3 || months == 6 || months == 12 || months == 24) {
          return 1;
        }
        notAllowed = true;
      } else if (ALLOWED.contains(word)
          || (PERIODS.contains(word) && i > 0 && EVERY.contains(words.get(i - 1)))) {
        return 1;
      } else if (NOT_ALLOWED.contains(word)) {
        notAllowed = true;
      }
    }
    return notAllowed ? -1 : 0;
  }

  /** The number of months written just before "bulan" ("3 (tiga) bulan", "enam bulan"), or 1. */
  private static int monthsBefore(List<String> words, int at) {
    for (int back = 1; back <= 2 && at - back >= 0; back++) {
      String word = words.get(at - back);
      if (word.chars().allMatch(Character::isDigit) && word.length() <= 3) {
        return Integer.parseInt(word);
      }
      int spelled = List.of("", "satu", "dua", "tiga", "empat", "lima", "enam").indexOf(word);
      if (spelled > 0) {
        return spelled;
      }
      if (word.equals("belas")) {
        return at - back - 1 >= 0 && words.get(at - back - 1).equals("dua") ? 12 : 0;
      }
    }
    return 1;
  }
}
