package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One way of reaching a {@link Channel}, with its own address, e.g. SP4N-LAPOR! by SMS to 1708.
 * Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ChannelAccess {

  /**
   * Returns the kind of access.
   *
   * @return the kind
   */
  ChannelKind getKind();

  /**
   * Returns the address, as written, e.g. "1708", "www.lapor.go.id" or "@lapor1708".
   *
   * @return the address
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getAddress();

  /**
   * Returns the platform of a social-media account.
   *
   * @return the platform
   */
  Optional<SocialPlatform> getPlatform();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableChannelAccess.Builder builder() {
    return ImmutableChannelAccess.builder();
  }
}
