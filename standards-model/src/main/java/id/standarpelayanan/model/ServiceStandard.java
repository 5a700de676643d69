package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The service standard (standar pelayanan) of one service type (jenis pelayanan), with the fourteen
 * {@link Component components} of UU 25/2009 art. 21.
 *
 * <p>Every component is optional so that a draft can be represented; {@link #filledComponents()}
 * tells which are present. Whether they are complete and consistent is for the rule engine to
 * judge. Build one with {@link #builder()}.
 *
 * <p>Example: {@code QuickStart.draft()} in the {@code examples} module ({@code
 * examples/src/main/java/id/standarpelayanan/examples/QuickStart.java}), run by {@code
 * ExamplesTest}.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ServiceStandard {

  /**
   * Returns the service's id, unique within its catalogue.
   *
   * @return the id, in the format of {@link TextLimits#ID_PATTERN}; empty in a draft that has none
   *     yet (optional since 1.1)
   */
  Optional<
          @XmlCharacters
          @Pattern(
              regexp = TextLimits.ID_PATTERN,
              message = "{id.standarpelayanan.model.Identifier.message}")
          String>
      getId();

  /**
   * Returns the service's name, e.g. "Legalisasi Fotokopi Ijazah Madrasah".
   *
   * @return the name; empty in a draft that has none yet (optional since 1.1)
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getName();

  /**
   * Returns a description of the service.
   *
   * @return the description
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getDescription();

  /**
   * Returns the work unit that delivers the service, e.g. "Bidang Pendidikan Madrasah".
   *
   * @return the unit
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getUnit();

  /**
   * Returns the hours of the unit that delivers the service, when they differ from the provider's.
   * Since 1.1.
   *
   * @return the hours
   */
  Optional<@Valid ServiceHours> getServiceHours();

  /**
   * Returns the decree that establishes this standard, for a standard published on its own (SIPPN
   * and many offices publish one standard at a time). Since 1.1.
   *
   * @return the decree
   */
  Optional<@Valid Decree> getDecree();

  /**
   * Returns the service pledge (maklumat pelayanan) published with this standard. Since 1.1.
   *
   * @return the pledge
   */
  Optional<@Valid ServicePledge> getPledge();

  /**
   * Returns where and since when this standard is published. Since 1.1.
   *
   * @return the publications, possibly empty
   */
  List<@Valid Publication> getPublications();

  /**
   * Returns the ways the service is delivered.
   *
   * @return the channels in declaration order, possibly empty
   */
  Set<DeliveryChannel> getDeliveryChannels();

  /**
   * Returns component 1, the legal basis (dasar hukum).
   *
   * @return the regulations, empty if not stated
   */
  List<@Valid LegalReference> getLegalBasis();

  /**
   * Returns component 2, the requirements (persyaratan).
   *
   * @return the requirements, empty if not stated or if there are {@link #isNoRequirements() none}
   */
  List<@Valid Requirement> getRequirements();

  /**
   * Tells whether the standard states that the service has no requirements ("Tidak ada
   * persyaratan"), as {@link Fee#isFree()} states that it costs nothing. Since 1.1.
   *
   * @return {@code false} by default
   */
  @Value.Default
  default boolean isNoRequirements() {
    return false;
  }

  /**
   * Returns component 3, the system, mechanism and procedure.
   *
   * @return the procedure
   */
  Optional<@Valid Procedure> getProcedure();

  /**
   * Returns component 4, the completion time.
   *
   * @return the completion time
   */
  Optional<@Valid CompletionTime> getCompletionTime();

  /**
   * Returns component 5, the fee or tariff.
   *
   * @return the fee
   */
  Optional<@Valid Fee> getFee();

  /**
   * Returns component 6, the products.
   *
   * @return the products, empty if not stated
   */
  List<@Valid Product> getProducts();

  /**
   * Returns component 7, the facilities.
   *
   * @return the facilities, empty if not stated
   */
  List<@Valid Facility> getFacilities();

  /**
   * Returns component 8, the implementer competences.
   *
   * @return the competences, empty if not stated
   */
  List<@Valid Competency> getCompetencies();

  /**
   * Returns component 9, internal supervision.
   *
   * @return the supervision
   */
  Optional<@Valid InternalSupervision> getInternalSupervision();

  /**
   * Returns component 10, complaint handling.
   *
   * @return the complaint handling
   */
  Optional<@Valid ComplaintHandling> getComplaintHandling();

  /**
   * Returns component 11, the number of implementers.
   *
   * @return the staffing
   */
  Optional<@Valid Staffing> getStaffing();

  /**
   * Returns component 12, the service guarantee.
   *
   * @return the guarantee
   */
  Optional<@Valid ServiceGuarantee> getServiceGuarantee();

  /**
   * Returns component 13, the security and safety guarantee.
   *
   * @return the guarantee
   */
  Optional<@Valid SecurityAndSafetyGuarantee> getSecurityAndSafety();

  /**
   * Returns component 14, the performance evaluation.
   *
   * @return the evaluation
   */
  Optional<@Valid PerformanceEvaluation> getPerformanceEvaluation();

  /**
   * Returns the components the document lists with an empty row (a "-" or a blank cell), as
   * distinct from components it does not list at all. Since 1.1.
   *
   * @return the components, in statutory order
   */
  @Value.NaturalOrder
  SortedSet<Component> getEmptyComponents();

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
   * Tells whether a component is present: a non-empty list or a present value (for the
   * requirements, also an explicit "no requirements"). Presence is not completeness; the rule
   * engine judges that.
   *
   * @param component the component
   * @return whether the standard states something for it
   */
  default boolean fills(Component component) {
    Objects.requireNonNull(component, "component");
    return switch (component) {
      case LEGAL_BASIS -> !getLegalBasis().isEmpty();
      case REQUIREMENTS -> !getRequirements().isEmpty() || isNoRequirements();
      case PROCEDURE -> getProcedure().isPresent();
      case COMPLETION_TIME -> getCompletionTime().isPresent();
      case FEE -> getFee().isPresent();
      case PRODUCTS -> !getProducts().isEmpty();
      case FACILITIES -> !getFacilities().isEmpty();
      case COMPETENCE -> !getCompetencies().isEmpty();
      case INTERNAL_SUPERVISION -> getInternalSupervision().isPresent();
      case COMPLAINT_HANDLING -> getComplaintHandling().isPresent();
      case STAFFING -> getStaffing().isPresent();
      case SERVICE_GUARANTEE -> getServiceGuarantee().isPresent();
      case SECURITY_AND_SAFETY -> getSecurityAndSafety().isPresent();
      case PERFORMANCE_EVALUATION -> getPerformanceEvaluation().isPresent();
    };
  }

  /**
   * Tells whether the document lists a component at all: it {@link #fills(Component) fills} it, or
   * lists it with an {@link #getEmptyComponents() empty row}.
   *
   * @param component the component
   * @return whether the component has a row
   */
  default boolean lists(Component component) {
    return fills(component) || getEmptyComponents().contains(component);
  }

  /**
   * Returns the components this standard states something for.
   *
   * @return an unmodifiable set in statutory order
   */
  default Set<Component> filledComponents() {
    EnumSet<Component> filled = EnumSet.noneOf(Component.class);
    for (Component component : Component.values()) {
      if (fills(component)) {
        filled.add(component);
      }
    }
    return Collections.unmodifiableSet(filled);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableServiceStandard.Builder builder() {
    return ImmutableServiceStandard.builder();
  }
}
