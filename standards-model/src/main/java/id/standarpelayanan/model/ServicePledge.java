package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The service pledge (maklumat pelayanan, UU 25/2009 art. 22): the head's public declaration that
 * the provider delivers according to the standard and accepts sanctions if it does not.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ServicePledge {

  /**
   * Returns the pledge's text.
   *
   * @return the text
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}")
  String getText();

  /**
   * Returns who signed it.
   *
   * @return the signatory
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getSignatory();

  /**
   * Returns the date it was signed.
   *
   * @return the date
   */
  Optional<LocalDate> getDate();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableServicePledge.Builder builder() {
    return ImmutableServicePledge.builder();
  }
}
