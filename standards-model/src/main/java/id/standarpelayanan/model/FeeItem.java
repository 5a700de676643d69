package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An item of a fee (biaya/tarif): what is charged, how much, and which regulation sets it. The
 * amount is stated in the standard, set by a named regulation without being stated, or charged at
 * cost ({@link #getPricing()}); an item may apply only under a condition or to a category of
 * applicant, and may be a surcharge (denda, e.g. for late registration).
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface FeeItem {

  /**
   * Returns what is charged for.
   *
   * @return the name
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}")
  String getName();

  /**
   * Returns the amount in whole rupiah, when the standard states it.
   *
   * @return the amount; empty when the amount is set elsewhere or charged at cost
   */
  Optional<@Valid Rupiah> getAmount();

  /**
   * Returns how the amount is set. Since 1.1.
   *
   * @return the pricing; empty when the document does not say (an item with an amount is {@link
   *     FeePricing#STATED})
   */
  Optional<FeePricing> getPricing();

  /**
   * Returns when the item is charged, e.g. "di luar KUA atau di luar jam kerja". Since 1.1.
   *
   * @return the condition; empty when it always applies
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getCondition();

  /**
   * Returns the category of applicant charged, e.g. "Pasien umum" beside free care for "Peserta
   * BPJS Kesehatan". Since 1.1.
   *
   * @return the category; empty when it applies to every applicant
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getApplicantCategory();

  /**
   * Tells whether the item is a surcharge (denda or tambahan), e.g. for late registration. Since
   * 1.1.
   *
   * @return {@code false} by default
   */
  @Value.Default
  default boolean isSurcharge() {
    return false;
  }

  /**
   * Returns the unit the amount is charged per, e.g. "per lembar".
   *
   * @return the unit
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getUnit();

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
