package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One step of the procedure (prosedur): its number, who acts, what happens, how long it takes and
 * what it yields, in the columns of the SOP format of PermenPAN 35/2012 (activity, actor,
 * requirements or equipment, time, output, notes). A step may apply only under a condition, and a
 * decision step leads to other steps by its {@link #getBranches() branches}; without branches the
 * steps follow one another in order.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ProcedureStep {

  /**
   * Returns the step's id, unique within its standard.
   *
   * @return the id
   */
  Optional<
          @XmlCharacters
          @Pattern(
              regexp = TextLimits.ID_PATTERN,
              message = "{id.standarpelayanan.model.Identifier.message}")
          String>
      getId();

  /**
   * Returns the step's number; the steps of a procedure are numbered 1 to n.
   *
   * @return one or more
   */
  @Positive(message = "{id.standarpelayanan.model.Positive.message}")
  int getNumber();

  /**
   * Returns who performs the step, e.g. "Petugas PTSP" or "Pemohon"; matched against the staffing
   * roles.
   *
   * @return the actor
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getActor();

  /**
   * Returns what happens in the step.
   *
   * @return the description
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}")
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
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getOutput();

  /**
   * Returns what the step needs, the SOP's "kelengkapan" column, e.g. "Formulir, komputer". Since
   * 1.1.
   *
   * @return the requirements or equipment
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getEquipment();

  /**
   * Returns the condition under which the step is taken, e.g. "jika berkas lengkap". Since 1.1.
   *
   * @return the condition; empty when the step is always taken
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getCondition();

  /**
   * Returns where a decision step leads, e.g. "tidak lengkap: berkas dikembalikan kepada pemohon".
   * Since 1.1.
   *
   * @return the branches, in the order written; empty for a step followed by the next
   */
  List<@Valid StepBranch> getBranches();

  /**
   * Returns the SOP's notes column (keterangan). Since 1.1.
   *
   * @return the notes
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getNotes();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableProcedureStep.Builder builder() {
    return ImmutableProcedureStep.builder();
  }
}
