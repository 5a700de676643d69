package id.standarpelayanan.model;

import jakarta.validation.Valid;
import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** A priced item of a fee (biaya/tarif): what is charged, how much, and which regulation sets it. */
@Value.Immutable
public interface FeeItem {

  /**
   * Returns what is charged for.
   *
   * @return the name
   */
  @NotBlankIfPresent
  @Size(max = TextLimits.NAME)
  String getName();

  /**
   * Returns the amount in whole rupiah.
   *
   * @return the amount
   */
  @Valid
  Rupiah getAmount();

  /**
   * Returns the unit the amount is charged per, e.g. "per lembar".
   *
   * @return the unit
   */
  Optional<@NotBlankIfPresent @Size(max = TextLimits.NAME) String> getUnit();

  /**
   * Returns the regulation that sets the tariff.
   *
   * @return the legal basis
   */
  Optional<@Valid LegalReference> getLegalBasis();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableFeeItem.Builder builder() {
    return ImmutableFeeItem.builder();
  }
}
