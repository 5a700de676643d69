package id.standarpelayanan.rules.internal.catalog;

import id.standarpelayanan.model.CatalogStatus;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StandardsCatalog;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * {@code sp.evaluation.survey-missing}: a standard of a catalogue in force (established or
 * published) records community satisfaction surveys (Survei Kepuasan Masyarakat), but none whose
 * period ends within the twelve months before the checker's date. PermenPANRB 14/2017 requires at
 * least one survey a year.
 *
 * <p>Only standards that record surveys are judged: a published standard states how its
 * implementers are evaluated, and results come later, so the real standards of the corpus (none of
 * which records a result) would all be reported if the absence of any record counted. A survey
 * ending after the checker's date is not yet a result and does not count.
 */
public final class SurveyMissing extends BuiltInRule {

  /** At least one survey a year (PermenPANRB 14/2017). */
  static final Period YEAR = Period.ofMonths(12);

  public SurveyMissing() {
    super(
        "sp.evaluation.survey-missing",
        Severity.WARNING,
        "PermenPANRB 14/2017",
        List.of(Component.PERFORMANCE_EVALUATION),
        "missing");
  }

  @Override
  public void check(StandardsCatalog catalog, RuleContext context) {
    if (!(catalog.getStatus() == CatalogStatus.ESTABLISHED
        || catalog.getStatus() == CatalogStatus.PUBLISHED)) {
      return;
    }
    LocalDate today = context.today();
    LocalDate yearAgo = today.minus(YEAR);
    List<ServiceStandard> standards = catalog.getStandards();
    for (int i = 0; i < standards.size(); i++) {
      List<SatisfactionSurvey> surveys =
          standards
              .get(i)
              .getPerformanceEvaluation()
              .map(e -> e.getSatisfactionSurveys())
              .orElse(List.of());
      if (surveys.isEmpty()) {
        continue;
      }
      boolean recent =
          surveys.stream()
              .map(SatisfactionSurvey::getPeriodEnd)
              .anyMatch(end -> !end.isAfter(today) && !end.isBefore(yearAgo));
      if (!recent) {
        LocalDate last =
            surveys.stream()
                .map(SatisfactionSurvey::getPeriodEnd)
                .filter(end -> !end.isAfter(today))
                .max(LocalDate::compareTo)
                .orElse(null);
        context.report(
            Component.PERFORMANCE_EVALUATION,
            Pointers.of("standards", i, "performanceEvaluation", "satisfactionSurveys"),
            "missing",
            last == null ? "–" : last.toString(),
            today.toString());
      }
    }
  }
}
