package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.SatisfactionSurvey;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.SurveyElement;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp.evaluation.survey-weights}: the element weights (bobot unsur) recorded for a community
 * satisfaction survey do not sum to exactly 1, so its index is not the weighted mean PermenPANRB
 * 14/2017 defines: nine weights of 0.11 sum to 0.99 and of 0.111 to 0.999, and scale every figure
 * down. The sum is exact: an element without a weight takes the equal share 1/n of the survey's n
 * elements, which no decimal writes, so the check is Σ recorded weights × n + (elements without a
 * weight) = n. Quiet for a survey that records no weight at all (equal shares sum to 1).
 */
public final class SurveyWeights extends BuiltInRule {

  public SurveyWeights() {
    super(
        "sp.evaluation.survey-weights",
        Severity.ERROR,
        "PermenPANRB 14/2017",
        List.of(Component.PERFORMANCE_EVALUATION),
        "sum");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    List<SatisfactionSurvey> surveys =
        standard.getPerformanceEvaluation().map(e -> e.getSatisfactionSurveys()).orElse(List.of());
    for (int i = 0; i < surveys.size(); i++) {
      List<SurveyElement> elements = surveys.get(i).getElements();
      BigDecimal recorded = BigDecimal.ZERO;
      int unweighted = 0;
      for (SurveyElement element : elements) {
        Optional<BigDecimal> weight = element.getWeight();
        if (weight.isPresent()) {
          recorded = recorded.add(weight.get());
        } else {
          unweighted++;
        }
      }
      if (unweighted == elements.size()) {
        continue;
      }
      BigDecimal n = BigDecimal.valueOf(elements.size());
      if (recorded.multiply(n).add(BigDecimal.valueOf(unweighted)).compareTo(n) != 0) {
        String sum =
            recorded.stripTrailingZeros().toPlainString()
                + (unweighted == 0 ? "" : " + " + unweighted + "/" + elements.size());
        context.report("/performanceEvaluation/satisfactionSurveys/" + i + "/elements", "sum", sum);
      }
    }
  }
}
