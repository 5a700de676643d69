package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.CompetencyDimension;
import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code sp.competence.dimensions}: the competences listed do not cover all four dimensions UU
 * 25/2009 art. 21 names: knowledge, expertise, skill and experience.
 */
public final class CompetenceDimensions extends BuiltInRule {

  public CompetenceDimensions() {
    super(
        "sp.competence.dimensions",
        Severity.WARNING,
        "UU 25/2009 pasal 21 huruf h",
        List.of(Component.COMPETENCE),
        "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    if (standard.getCompetencies().isEmpty()) {
      return;
    }
    Set<CompetencyDimension> missing = EnumSet.allOf(CompetencyDimension.class);
    standard.getCompetencies().stream()
        .flatMap(c -> c.getDimension().stream())
        .forEach(missing::remove);
    if (!missing.isEmpty()) {
      context.report("/competencies", "message", List.copyOf(missing));
    }
  }
}
