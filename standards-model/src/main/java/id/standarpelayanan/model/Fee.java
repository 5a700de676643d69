package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 5, fee or tariff (biaya/tarif): either explicitly free (gratis / Rp 0) or a list of
 * priced items, each with the regulation that sets it, plus the channels to pay through.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Fee {

  /**
   * Tells whether the service is explicitly free of charge.
   *
   * @return {@code false} by default
   */
  @Value.Default
  default boolean isFree() {
    return false;
  }

  /**
   * Returns the priced items.
   *
   * @return the items, empty for a free service
   */
  List<@Valid FeeItem> getItems();

  /**
   * Returns the channels through which a fee is paid, e.g. "Bank Syariah Indonesia (SIMPONI)".
   *
   * @return the channels, possibly empty
   */
  List<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getPaymentChannels();

  /**
   * Returns a note on the fee.
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
  static ImmutableFee.Builder builder() {
    return ImmutableFee.builder();
  }
}
