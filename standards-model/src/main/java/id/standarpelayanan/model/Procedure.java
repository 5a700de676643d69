package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 3, system, mechanism and procedure (sistem, mekanisme, dan prosedur): how the service
 * works, as a narrative and as numbered steps.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Procedure {

  /**
   * Returns the system and mechanism in words, e.g. how applications arrive and are routed.
   *
   * @return the description
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getDescription();

  /**
   * Returns the steps, in the order given.
   *
   * @return the steps, possibly empty
   */
  List<@Valid ProcedureStep> getSteps();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableProcedure.Builder builder() {
    return ImmutableProcedure.builder();
  }
}
