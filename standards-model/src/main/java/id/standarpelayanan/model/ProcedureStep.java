package id.standarpelayanan.model;

import jakarta.validation.Valid;
import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of the procedure (prosedur): its number, who acts, what happens, how long it takes and
 * what it yields.
 */
@Value.Immutable
public interface ProcedureStep {

  /**
   * Returns the step's id, unique within its standard.
   *
   * @return the id
   */
  Optional<@Pattern(regexp = TextLimits.ID_PATTERN, message = "{sp.identifier}") String> getId();

  /**
   * Returns the step's number; the steps of a procedure are numbered 1 to n.
   *
   * @return one or more
   */
  @Positive
  int getNumber();

  /**
   * Returns who performs the step, e.g. "Petugas PTSP" or "Pemohon"; matched against the staffing
   * roles.
   *
   * @return the actor
   */
  Optional<@NotBlankIfPresent @Size(max = TextLimits.NAME) String> getActor();

  /**
   * Returns what happens in the step.
   *
   * @return the description
   */
  @NotBlankIfPresent
  @Size(max = TextLimits.TEXT)
  String getDescription();

  /**
   * Returns how long the step takes.
   *
   * @return the duration
   */
  Optional<@Valid TimeSpan> getDuration();

  /**
   * Returns what the step yields, e.g. "Tanda terima berkas".
   *
   * @return the output
   */
  Optional<@NotBlankIfPresent @Size(max = TextLimits.NAME) String> getOutput();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableProcedureStep.Builder builder() {
    return ImmutableProcedureStep.builder();
  }
}
