package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A record that a standard or catalogue was published (dipublikasikan), as UU 25/2009 art. 15 and
 * PermenPANRB 15/2014 require: the medium, where, and since when. Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Publication {

  /**
   * Returns the medium.
   *
   * @return the medium
   */
  PublicationMedium getMedium();

  /**
   * Returns where it is published, e.g. "https://ptsp.kemenag.go.id" or "ruang tunggu PTSP".
   *
   * @return the address or place
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getAddress();

  /**
   * Returns the date it was published.
   *
   * @return the date
   */
  Optional<LocalDate> getDate();

  /**
   * Returns a note.
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
  static ImmutablePublication.Builder builder() {
    return ImmutablePublication.builder();
  }
}
