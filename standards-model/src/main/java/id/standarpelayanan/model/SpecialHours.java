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
 * Service hours that replace the weekly schedule on an occasion, e.g. shorter hours in Ramadan or
 * no service on public holidays. Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface SpecialHours {

  /**
   * Returns the occasion.
   *
   * @return the occasion
   */
  Occasion getOccasion();

  /**
   * Tells whether there is no service at all on the occasion.
   *
   * @return {@code false} by default
   */
  @Value.Default
  default boolean isClosed() {
    return false;
  }

  /**
   * Returns the hours on the occasion, when it is not closed.
   *
   * @return the periods, possibly empty
   */
  List<@Valid ServicePeriod> getPeriods();

  /**
   * Returns a note, e.g. the name of an {@link Occasion#OTHER} occasion.
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
  static ImmutableSpecialHours.Builder builder() {
    return ImmutableSpecialHours.builder();
  }
}
