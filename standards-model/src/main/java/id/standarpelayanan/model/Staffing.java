package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 11, number of implementers (jumlah pelaksana): how many people deliver the service, in
 * which roles, for what expected workload.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Staffing {

  /**
   * Returns the number of implementers.
   *
   * @return one or more
   */
  Optional<
          @Positive(message = "{id.standarpelayanan.model.Positive.message}")
          @Max(value = TextLimits.COUNT, message = "{id.standarpelayanan.model.Max.message}")
          Integer>
      getImplementerCount();

  /**
   * Returns the roles and their head counts.
   *
   * @return the roles, possibly empty
   */
  List<@Valid StaffRole> getRoles();

  /**
   * Returns the expected number of applications per working day.
   *
   * @return zero or more
   */
  Optional<
          @PositiveOrZero(message = "{id.standarpelayanan.model.PositiveOrZero.message}")
          @Max(value = TextLimits.COUNT, message = "{id.standarpelayanan.model.Max.message}")
          Integer>
      getExpectedDailyDemand();

  /**
   * Returns a note on the staffing.
   *
   * @return the note
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getDescription();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableStaffing.Builder builder() {
    return ImmutableStaffing.builder();
  }
}
