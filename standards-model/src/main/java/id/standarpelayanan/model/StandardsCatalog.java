package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One provider's catalogue of service standards, as established by one decree: the provider, the
 * decree, the lifecycle status and dates, the service pledge, the public consultations held and the
 * standards themselves.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface StandardsCatalog {

  /**
   * Returns the provider.
   *
   * @return the provider
   */
  Optional<@Valid ServiceProvider> getProvider();

  /**
   * Returns the decree that establishes the catalogue.
   *
   * @return the decree, absent while a draft
   */
  Optional<@Valid Decree> getDecree();

  /**
   * Returns the catalogue's version as the provider labels it, e.g. "2024".
   *
   * @return the version
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.CODE, message = "{id.standarpelayanan.model.Size.message}") String>
      getVersion();

  /**
   * Returns the lifecycle status.
   *
   * @return the status, {@link CatalogStatus#DRAFT} by default
   */
  @Value.Default
  default CatalogStatus getStatus() {
    return CatalogStatus.DRAFT;
  }

  /**
   * Returns the date from which the standards apply.
   *
   * @return the effective date
   */
  Optional<LocalDate> getEffectiveDate();

  /**
   * Returns the date the standards were last evaluated.
   *
   * @return the date of the last evaluation
   */
  Optional<LocalDate> getLastEvaluationDate();

  /**
   * Returns the service pledge (maklumat pelayanan).
   *
   * @return the pledge
   */
  Optional<@Valid ServicePledge> getPledge();

  /**
   * Returns where and since when the catalogue is published. Since 1.1.
   *
   * @return the publications, possibly empty
   */
  List<@Valid Publication> getPublications();

  /**
   * Returns the public consultations held on the standards.
   *
   * @return the consultations, possibly empty
   */
  List<@Valid PublicConsultation> getConsultations();

  /**
   * Returns the standards.
   *
   * @return the standards, in catalogue order
   */
  List<@Valid ServiceStandard> getStandards();

  /**
   * Returns what supersedes a {@link CatalogStatus#SUPERSEDED} catalogue, e.g. the number of the
   * newer decree.
   *
   * @return the successor's reference
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.CODE, message = "{id.standarpelayanan.model.Size.message}") String>
      getSupersededBy();

  /**
   * Returns integrator-specific data, carried untouched through every codec.
   *
   * @return the entries, sorted by key
   */
  @Value.NaturalOrder
  SortedMap<
          @XmlCharacters
          @Pattern(
              regexp = TextLimits.ID_PATTERN,
              message = "{id.standarpelayanan.model.Identifier.message}")
          String,
          @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getExtensions();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableStandardsCatalog.Builder builder() {
    return ImmutableStandardsCatalog.builder();
  }
}
