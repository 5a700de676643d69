package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code sp.staffing.actor-roles}: a step's actor is not among the staffing roles, when roles are
 * given; names are compared trimmed, whitespace collapsed and ignoring case. The applicant is not
 * staff: an actor named "Pemohon", "Pengguna layanan" or "Applicant" is always accepted. Not API.
 */
public final class StepActorRoles extends BuiltInRule {

  private static final Set<String> APPLICANT = Set.of("pemohon", "pengguna layanan", "applicant");

  /** Makes the rule. */
  public StepActorRoles() {
    super("sp.staffing.actor-roles", Severity.WARNING, "UU 25/2009 pasal 21 huruf c dan k",
        List.of(Component.PROCEDURE, Component.STAFFING), "message");
  }

  @Override
  public void check(ServiceStandard standard, RuleContext context) {
    Set<String> roles = standard.getStaffing().map(StaffingCapacity::roleNames).orElse(List.of()).stream()
        .map(Texts::normalized).collect(Collectors.toSet());
    if (roles.isEmpty()) {
      return;
    }
    List<ProcedureStep> steps = standard.getProcedure().map(procedure -> procedure.getSteps()).orElse(List.of());
    for (int i = 0; i < steps.size(); i++) {
      int index = i;
      steps.get(i).getActor()
          .filter(actor -> !roles.contains(Texts.normalized(actor)) && !APPLICANT.contains(Texts.normalized(actor)))
          .ifPresent(actor -> context.report(
              Component.STAFFING, Pointers.of("procedure", "steps", index, "actor"), "message", actor, StaffingCapacity.roleNames(standard.getStaffing().orElseThrow())));
    }
  }
}
