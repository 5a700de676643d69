package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Component 6, a service product (produk pelayanan): what the applicant receives. */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Product {

  /**
   * Returns the product's name, e.g. "Surat Keputusan Izin Operasional Madrasah".
   *
   * @return the name
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}")
  String getName();

  /**
   * Returns a description of the product.
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
  static ImmutableProduct.Builder builder() {
    return ImmutableProduct.builder();
  }
}
