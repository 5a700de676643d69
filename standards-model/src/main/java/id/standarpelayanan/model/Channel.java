package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A contact or complaint channel (saluran): its kind and its address in the form that kind uses (an
 * email address, a phone number, a URL, a place), as the document writes it.
 *
 * <p>One address may serve several kinds (one number for phone, SMS and WhatsApp: {@link
 * #getAdditionalKinds()}); a channel may be reached in several ways, each with its own address
 * (SP4N-LAPOR! by web, SMS 1708, its app and social media: {@link #getAccess()}); a desk or a
 * suggestion box may be at the provider's own address ({@link #isAtProviderAddress()}).
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
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
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getAddress();

  /**
   * Returns the further kinds the same address serves, e.g. SMS and WhatsApp on a phone number.
   * Since 1.1.
   *
   * @return the kinds, in the order of {@link ChannelKind}, without {@link #getKind()}
   */
  Set<ChannelKind> getAdditionalKinds();

  /**
   * Returns the platform of a social-media account. Since 1.1.
   *
   * @return the platform
   */
  Optional<SocialPlatform> getPlatform();

  /**
   * Tells whether the channel is at the provider's own address (a desk, a suggestion box), so that
   * it needs no address of its own. Since 1.1.
   *
   * @return {@code false} by default
   */
  @Value.Default
  default boolean isAtProviderAddress() {
    return false;
  }

  /**
   * Returns the further ways of reaching this channel, each with its own address, e.g. the web
   * site, the SMS number 1708 and the app of SP4N-LAPOR!. Since 1.1.
   *
   * @return the ways, possibly empty
   */
  List<@Valid ChannelAccess> getAccess();

  /**
   * Returns the hours the channel is attended, when they differ from the provider's. Since 1.1.
   *
   * @return the hours
   */
  Optional<@Valid ServiceHours> getServiceHours();

  /**
   * Returns a note, e.g. opening hours.
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
  static ImmutableChannel.Builder builder() {
    return ImmutableChannel.builder();
  }
}
