package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact or complaint channel (saluran): its kind and its address in the form that kind uses
 * (an email address, a phone number, a URL, a place).
 */
@Value.Immutable
public interface Channel {

  /**
   * Returns the kind of channel.
   *
   * @return the kind
   */
  ChannelKind getKind();

  /**
   * Returns the address, e.g. "ptsp.aceh@kemenag.go.id" or "+62 651 22442".
   *
   * @return the address
   */
  Optional<@NotBlankIfPresent @Size(max = TextLimits.NAME) String> getAddress();

  /**
   * Returns a note, e.g. opening hours.
   *
   * @return the note
   */
  Optional<@NotBlankIfPresent @Size(max = TextLimits.TEXT) String> getDescription();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableChannel.Builder builder() {
    return ImmutableChannel.builder();
  }
}
