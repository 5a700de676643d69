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
 * Service hours (jam pelayanan): a weekly schedule with its breaks, and the occasions on which it
 * differs (Fridays are part of the weekly schedule; Ramadan and holidays are {@link SpecialHours}).
 * Held by the provider, and optionally by a standard (its unit) or a channel. Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ServiceHours {

  /**
   * Returns the weekly schedule.
   *
   * @return the periods, possibly empty
   */
  List<@Valid ServicePeriod> getPeriods();

  /**
   * Returns the hours on special occasions.
   *
   * @return the special hours, possibly empty
   */
  List<@Valid SpecialHours> getSpecialHours();

  /**
   * Returns the hours in words, as the document writes them, e.g. "Senin–Kamis 08.00–15.30 WIB".
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
  static ImmutableServiceHours.Builder builder() {
    return ImmutableServiceHours.builder();
  }
}
