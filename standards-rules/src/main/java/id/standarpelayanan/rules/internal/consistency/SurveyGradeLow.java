package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SurveyGrade;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.evaluation.survey-grade}: the latest recorded community satisfaction survey (Survei
 * Kepuasan Masyarakat) has grade C (kurang baik) or D (tidak baik), naming its weakest elements
 * when they are recorded. PermenPANRB 14/2017 asks the provider to follow a survey up on its
 * weakest elements; a standard whose service is graded below B is to be improved. The latest survey
 * is the one whose period ends last (the later one in the list on a tie).
 */
public final class SurveyGradeLow extends BuiltInRule {

  public SurveyGradeLow() {
    super(
        "sp.evaluation.survey-grade",
        Severity.WARNING,
        "PermenPANRB 14/2017",
        List.of(Component.PERFORMANCE_EVALUATION),
        "low",
        "low-weakest");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<SatisfactionSurvey> surveys =
        standard.getPerformanceEvaluation().map(e -> e.getSatisfactionSurveys()).orElse(List.of());
    latest(surveys)
        .ifPresent(
            index -> {
              SatisfactionSurvey survey = surveys.get(index);
              SurveyGrade grade = survey.getGrade();
              if (grade != SurveyGrade.C && grade != SurveyGrade.D) {
                return;
              }
              String pointer = "/performanceEvaluation/satisfactionSurveys/" + index + "/grade";
              String label = grade.name() + " (" + grade.label(context.locale()) + ")";
              String value = survey.getConvertedValue().toPlainString();
              String period = survey.getPeriodStart() + " – " + survey.getPeriodEnd();
              if (survey.getWeakestElements().isEmpty()) {
                context.report(pointer, "low", label, value, period);
              } else {
                context.report(
                    pointer,
                    "low-weakest",
                    label,
                    value,
                    period,
                    String.join(", ", survey.getWeakestElements()));
              }
            });
  }

  /** The index of the survey whose period ends last, the later on a tie; empty if none. */
  static Optional<Integer> latest(List<SatisfactionSurvey> surveys) {
    Integer latest = null;
    for (int i = 0; i < surveys.size(); i++) {
      if (latest == null
          || !surveys.get(i).getPeriodEnd().isBefore(surveys.get(latest).getPeriodEnd())) {
        latest = i;
      }
    }
    return Optional.ofNullable(latest);
  }
}
