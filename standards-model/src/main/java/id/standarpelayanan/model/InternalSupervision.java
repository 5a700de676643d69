package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 9, internal supervision (pengawasan internal): internal control and direct supervision
 * by the unit head or the implementer's superior.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface InternalSupervision {

  /**
   * Returns how supervision is done.
   *
   * @return the description
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getDescription();

  /**
   * Returns who supervises, e.g. "Kepala Kantor Wilayah", "Kepala Bagian Tata Usaha".
   *
   * @return the supervisors, possibly empty
   */
  List<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getSupervisors();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableInternalSupervision.Builder builder() {
    return ImmutableInternalSupervision.builder();
  }
}
