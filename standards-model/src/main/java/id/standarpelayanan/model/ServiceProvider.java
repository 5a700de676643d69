package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The public service provider (penyelenggara), e.g. Kanwil Kementerian Agama Provinsi Aceh. */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ServiceProvider {

  /**
   * Returns the provider's name.
   *
   * @return the name
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}")
  String getName();

  /**
   * Returns the agency the provider belongs to, e.g. "Kementerian Agama Republik Indonesia".
   *
   * @return the parent agency
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getParentAgency();

  /**
   * Returns the provider's unit code.
   *
   * @return the code
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.CODE, message = "{id.standarpelayanan.model.Size.message}") String>
      getUnitCode();

  /**
   * Returns the region served, e.g. "Provinsi Aceh".
   *
   * @return the region
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getRegion();

  /**
   * Returns the office address.
   *
   * @return the address
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getAddress();

  /**
   * Returns the provider's contacts.
   *
   * @return the contacts, possibly empty
   */
  List<@Valid Channel> getContacts();

  /**
   * Returns the provider's service hours (jam pelayanan). Since 1.1.
   *
   * @return the hours
   */
  Optional<@Valid ServiceHours> getServiceHours();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableServiceProvider.Builder builder() {
    return ImmutableServiceProvider.builder();
  }
}
