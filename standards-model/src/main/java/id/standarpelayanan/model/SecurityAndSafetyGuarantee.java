package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 13, security and safety guarantee (jaminan keamanan dan keselamatan pelayanan): the
 * commitment to a service free of danger, risk and doubt, and the measures behind it.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface SecurityAndSafetyGuarantee {

  /**
   * Returns the guarantee.
   *
   * @return the statement
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}")
  String getStatement();

  /**
   * Returns the measures, e.g. "CCTV", "APAR", "Dokumen disimpan dalam arsip terkunci".
   *
   * @return the measures, possibly empty
   */
  List<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getMeasures();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableSecurityAndSafetyGuarantee.Builder builder() {
    return ImmutableSecurityAndSafetyGuarantee.builder();
  }
}
