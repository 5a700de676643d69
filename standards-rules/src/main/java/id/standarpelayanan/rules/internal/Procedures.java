package id.standarpelayanan.rules.internal;

import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.TimeSpan;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules read from a standard's procedure (sistem, mekanisme dan prosedur) and staffing
 * (jumlah pelaksana), in one place: its steps, their durations, the roles' names, and whether a
 * procedure only points to a document elsewhere. A missing procedure or staffing reads as no steps
 * and no roles. Stateless; every method is safe to call from any thread.
 */
public final class Procedures {

  /** Words with which a text points to a document elsewhere. */
  private static final Set<String> ATTACHED =
      Set.of("terlampir", "lampiran", "sop", "attached", "annex");

  private Procedures() {}

  /**
   * Returns the steps of a standard's procedure, in the order given.
   *
   * @param standard the standard
   * @return the steps; empty if there is no procedure
   */
  public static List<ProcedureStep> steps(ServiceStandard standard) {
    return standard.getProcedure().map(Procedure::getSteps).orElse(List.of());
  }

  /**
   * Returns the durations of a standard's steps that state one, in step order; a step without a
   * duration counts as nothing.
   *
   * @param standard the standard
   * @return the durations
   */
  public static List<TimeSpan> stepDurations(ServiceStandard standard) {
    return steps(standard).stream()
        .map(ProcedureStep::getDuration)
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Returns the names of a standard's staffing roles, in the order given.
   *
   * @param standard the standard
   * @return the names; empty if there is no staffing
   */
  public static List<String> roleNames(ServiceStandard standard) {
    return standard.getStaffing().map(Staffing::getRoles).orElse(List.of()).stream()
        .map(StaffRole::getName)
        .toList();
  }

  /**
   * Tells whether a procedure has no steps and a text that only points to an attachment or another
   * document ("Terlampir SOP …", "sesuai SOP", "lihat lampiran").
   *
   * @param procedure the procedure
   * @return whether it does
   */
  public static boolean attachedOnly(Procedure procedure) {
    return procedure.getSteps().isEmpty()
        && procedure
            .getDescription()
            .map(Texts::words)
            .filter(words -> words.stream().anyMatch(ATTACHED::contains))
            .isPresent();
  }
}
