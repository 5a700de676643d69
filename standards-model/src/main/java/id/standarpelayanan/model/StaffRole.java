package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A role among the implementers (pelaksana), e.g. "Petugas Front Office", with its head count. */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface StaffRole {

  /**
   * Returns the role's name; procedure steps name it as their actor.
   *
   * @return the name
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}")
  String getName();

  /**
   * Returns how many people fill the role.
   *
   * @return one or more
   */
  Optional<
          @Positive(message = "{id.standarpelayanan.model.Positive.message}")
          @Max(value = TextLimits.COUNT, message = "{id.standarpelayanan.model.Max.message}")
          Integer>
      getCount();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableStaffRole.Builder builder() {
    return ImmutableStaffRole.builder();
  }
}
