package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An extension of the completion time (perpanjangan jangka waktu) that applies under a condition,
 * e.g. an information request under UU 14/2008: 10 working days, extendable by 7 working days with
 * written notice. Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface TimeExtension {

  /**
   * Returns how much longer the service may take.
   *
   * @return the additional span
   */
  @Valid
  TimeSpan getDuration();

  /**
   * Returns when the extension applies, e.g. "dengan pemberitahuan tertulis kepada pemohon".
   *
   * @return the condition
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getCondition();

  /**
   * Returns the regulation that allows the extension.
   *
   * @return the legal basis
   */
  Optional<@Valid LegalReference> getLegalBasis();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableTimeExtension.Builder builder() {
    return ImmutableTimeExtension.builder();
  }
}
