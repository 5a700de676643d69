package id.standarpelayanan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.standarpelayanan.model.Procedure;
import id.standarpelayanan.model.ProcedureStep;
import id.standarpelayanan.model.ServiceStandard;
import id.standarpelayanan.model.StaffRole;
import id.standarpelayanan.model.Staffing;
import id.standarpelayanan.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** {@link Procedures}: what the rules read from a procedure and from staffing. */
class ProceduresTest {

  private static ProcedureStep step(int number, String description) {
    return ProcedureStep.builder().setNumber(number).setDescription(description).build();
  }

  @Test
  void aStandardWithoutProcedureOrStaffingHasNoStepsDurationsOrRoles() {
    ServiceStandard standard = ServiceStandard.builder().setName("Layanan").build();
    assertThat(Procedures.steps(standard)).isEmpty();
    assertThat(Procedures.stepDurations(standard)).isEmpty();
    assertThat(Procedures.roleNames(standard)).isEmpty();
  }

  @Test
  void durationsAreThoseOfTheStepsThatStateOneInStepOrder() {
    ProcedureStep first =
        ProcedureStep.builder()
            .from(step(1, "Pemohon mengisi formulir"))
            .setDuration(TimeSpan.ofMinutes(10))
            .build();
    ProcedureStep second = step(2, "Petugas memeriksa berkas");
    ProcedureStep third =
        ProcedureStep.builder()
            .from(step(3, "Petugas menyerahkan surat"))
            .setDuration(TimeSpan.ofMinutes(5))
            .build();
    ServiceStandard standard =
        ServiceStandard.builder()
            .setProcedure(Procedure.builder().addStep(first).addStep(second).addStep(third).build())
            .build();
    assertThat(Procedures.steps(standard)).containsExactly(first, second, third);
    assertThat(Procedures.stepDurations(standard))
        .containsExactly(TimeSpan.ofMinutes(10), TimeSpan.ofMinutes(5));
  }

  @Test
  void roleNamesAreTheStaffingRolesInTheOrderGiven() {
    ServiceStandard standard =
        ServiceStandard.builder()
            .setStaffing(
                Staffing.builder()
                    .addRole(StaffRole.builder().setName("Petugas PTSP").setCount(2).build())
                    .addRole(StaffRole.builder().setName("Kepala Seksi").build())
                    .build())
            .build();
    assertThat(Procedures.roleNames(standard)).containsExactly("Petugas PTSP", "Kepala Seksi");
  }

  @Test
  void aProcedureWithoutStepsThatPointsToAnAttachmentIsAttachedOnly() {
    assertThat(
            Procedures.attachedOnly(
                Procedure.builder().setDescription("Terlampir SOP pelayanan").build()))
        .isTrue();
    assertThat(
            Procedures.attachedOnly(
                Procedure.builder().setDescription("Pemohon datang ke loket").build()))
        .isFalse();
    assertThat(
            Procedures.attachedOnly(
                Procedure.builder()
                    .setDescription("Sesuai SOP")
                    .addStep(step(1, "Pemohon datang ke loket"))
                    .build()))
        .isFalse();
    assertThat(Procedures.attachedOnly(Procedure.builder().build())).isFalse();
  }
}
