package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 7, one facility (sarana, prasarana, dan/atau fasilitas), with the vulnerable groups it
 * serves (UU 25/2009 art. 29).
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Facility {

  /**
   * Returns the facility's name, e.g. "Ruang tunggu ber-AC" or "Kursi roda".
   *
   * @return the name
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}")
  String getName();

  /**
   * Returns the facility's category.
   *
   * @return the category
   */
  Optional<FacilityCategory> getCategory();

  /**
   * Returns the vulnerable groups the facility serves.
   *
   * @return the groups in declaration order, empty for a general facility
   */
  Set<VulnerableGroup> getVulnerableGroups();

  /**
   * Returns how many of the facility there are.
   *
   * @return one or more
   */
  Optional<
          @Positive(message = "{id.standarpelayanan.model.Positive.message}")
          @Max(value = TextLimits.COUNT, message = "{id.standarpelayanan.model.Max.message}")
          Integer>
      getQuantity();

  /**
   * Returns a description.
   *
   * @return the description
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
  static ImmutableFacility.Builder builder() {
    return ImmutableFacility.builder();
  }
}
