package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 12, service guarantee (jaminan pelayanan): the provider's statement that the service is
 * delivered according to the standard.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ServiceGuarantee {

  /**
   * Returns the guarantee, e.g. "Pelayanan diberikan sesuai standar dan tanpa pungutan".
   *
   * @return the statement
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}")
  String getStatement();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableServiceGuarantee.Builder builder() {
    return ImmutableServiceGuarantee.builder();
  }
}
