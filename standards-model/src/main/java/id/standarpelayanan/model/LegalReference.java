package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A regulation cited as legal basis (dasar hukum), e.g. "UU No. 25 Tahun 2009 tentang Pelayanan
 * Publik": its type, number, year and title.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface LegalReference {

  /**
   * Returns the type of regulation.
   *
   * @return the type
   */
  RegulationType getType();

  /**
   * Returns the regulation's number, as written ("25", "B-123/Kw.01/2020").
   *
   * @return the number, if it has one (the 1945 Constitution has none)
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.CODE, message = "{id.standarpelayanan.model.Size.message}") String>
      getNumber();

  /**
   * Returns the year the regulation was enacted.
   *
   * @return the four-digit year
   */
  Optional<
          @Min(value = 1000, message = "{id.standarpelayanan.model.Min.message}")
          @Max(value = 9999, message = "{id.standarpelayanan.model.Max.message}") Integer>
      getYear();

  /**
   * Returns the body that issued the instrument, as written, e.g. "Menteri Pendayagunaan Aparatur
   * Negara dan Reformasi Birokrasi", "Menteri Kesehatan", "Komisi Informasi Pusat". It tells apart
   * instruments of one type: a Permenkes 36/2012 is not a PermenPANRB 36/2012. Since 1.1.
   *
   * @return the issuer
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getIssuer();

  /**
   * Returns the region whose regional regulation this is, e.g. "Kabupaten Sleman" or "Aceh". Since
   * 1.1.
   *
   * @return the region
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getRegion();

  /**
   * Returns the article or part cited, e.g. "Pasal 21". Since 1.1.
   *
   * @return the article
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getArticle();

  /**
   * Returns the title (tentang …).
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
  static ImmutableLegalReference.Builder builder() {
    return ImmutableLegalReference.builder();
  }
}
