package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A branch of a decision step: under which answer the procedure goes where, e.g. "tidak lengkap"
 * leading to "berkas dikembalikan kepada pemohon", or "lengkap" leading to step 3. Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface StepBranch {

  /**
   * Returns the answer or condition that takes this branch, e.g. "berkas tidak lengkap".
   *
   * @return the condition
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}")
  String getCondition();

  /**
   * Returns the number of the step the branch leads to.
   *
   * @return the step number; empty when the branch ends the procedure or leaves it
   */
  Optional<
          @Positive(message = "{id.standarpelayanan.model.Positive.message}")
          @Max(value = TextLimits.COUNT, message = "{id.standarpelayanan.model.Max.message}")
          Integer>
      getNextStep();

  /**
   * Returns what happens on this branch, e.g. "berkas dikembalikan kepada pemohon untuk
   * dilengkapi".
   *
   * @return the outcome
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getOutcome();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableStepBranch.Builder builder() {
    return ImmutableStepBranch.builder();
  }
}
