package id.standarpelayanan.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A regulation cited as legal basis (dasar hukum), e.g. "UU No. 25 Tahun 2009 tentang Pelayanan
 * Publik": its type, number, year and title.
 */
@Value.Immutable
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
  Optional<@NotBlankIfPresent @Size(max = TextLimits.CODE) String> getNumber();

  /**
   * Returns the year the regulation was enacted.
   *
   * @return the four-digit year
   */
  Optional<@Min(1000) @Max(9999) Integer> getYear();

  /**
   * Returns the title (tentang …).
   *
   * @return the title
   */
  Optional<@NotBlankIfPresent @Size(max = TextLimits.NAME) String> getTitle();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableLegalReference.Builder builder() {
    return ImmutableLegalReference.builder();
  }
}
