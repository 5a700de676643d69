package id.standarpelayanan.rules.internal.consistency;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.rules.RuleContext;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.rules.internal.BuiltInRule;
import id.standarpelayanan.rules.internal.Pointers;
import id.standarpelayanan.rules.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    List<String> names = standard.getStaffing().map(StaffingCapacity::roleNames).orElse(List.of());
    if (names.isEmpty()) {
      return;
    }
    Set<String> roles = new HashSet<>();
    for (String name : names) {
      roles.add(Texts.normalized(name));
    }
    List<ProcedureStep> steps = standard.getProcedure().map(procedure -> procedure.getSteps()).orElse(List.of());
    for (int i = 0; i < steps.size(); i++) {
      Optional<String> actor = steps.get(i).getActor();
      if (actor.isPresent()) {
        String normalized = Texts.normalized(actor.get());
        if (!roles.contains(normalized) && !APPLICANT.contains(normalized)) {
          context.report(Component.STAFFING, Pointers.of("procedure", "steps", i, "actor"), "message", actor.get(), names);
        }
      }
    }
  }
}
