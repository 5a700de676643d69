package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The head's decree (surat keputusan, SK) that establishes a catalogue of standards. */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Decree {

  /**
   * Returns the decree's number as written, e.g. "B-1234/Kw.01/HK.00/12/2024"; a number with an
   * empty slot ("140 / / SK / 2022") is kept as written.
   *
   * @return the number; empty when the document leaves it out (optional since 1.1)
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.CODE, message = "{id.standarpelayanan.model.Size.message}") String>
      getNumber();

  /**
   * Returns the date the decree was signed.
   *
   * @return the date
   */
  Optional<LocalDate> getDate();

  /**
   * Returns who signed it, e.g. "Kepala Kantor Wilayah Kementerian Agama Provinsi Aceh".
   *
   * @return the signatory
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getSignatory();

  /**
   * Returns the decree's title.
   *
   * @return the title
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getTitle();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableDecree.Builder builder() {
    return ImmutableDecree.builder();
  }
}
