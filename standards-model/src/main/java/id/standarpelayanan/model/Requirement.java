package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One requirement (persyaratan) the applicant must fulfil: a document or other condition,
 * administrative or technical, mandatory or required only under a condition.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Requirement {

  /**
   * Returns the requirement's id, unique within its standard.
   *
   * @return the id
   */
  Optional<
          @XmlCharacters
          @Pattern(
              regexp = TextLimits.ID_PATTERN,
              message = "{id.standarpelayanan.model.Identifier.message}")
          String>
      getId();

  /**
   * Returns what is required, e.g. "Fotokopi ijazah yang dilegalisir".
   *
   * @return the description
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}")
  String getDescription();

  /**
   * Returns documents any one of which may be submitted instead of the one {@link #getDescription()
   * described}, as in "KTP atau akta pendirian badan hukum". Since 1.1.
   *
   * @return the alternatives, in the order written; empty when there is no choice
   */
  List<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getAlternatives();

  /**
   * Returns the category of applicant the requirement applies to, when the document lists
   * requirements per category, e.g. "Warga Negara Asing" or "Badan hukum". Since 1.1.
   *
   * @return the category; empty when it applies to every applicant
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getApplicantCategory();

  /**
   * Returns whether the requirement is administrative or technical.
   *
   * @return the kind
   */
  Optional<RequirementKind> getKind();

  /**
   * Returns the form in which the document is handed over.
   *
   * @return the form
   */
  Optional<DocumentForm> getForm();

  /**
   * Returns how many copies are required.
   *
   * @return one or more
   */
  Optional<
          @Positive(message = "{id.standarpelayanan.model.Positive.message}")
          @Max(value = TextLimits.COUNT, message = "{id.standarpelayanan.model.Max.message}")
          Integer>
      getCopies();

  /**
   * Tells whether the requirement always applies; when it does not, {@link #getCondition()} says
   * when it does.
   *
   * @return {@code true} by default
   */
  @Value.Default
  default boolean isMandatory() {
    return true;
  }

  /**
   * Returns the condition under which a conditional requirement applies, e.g. "jika dikuasakan".
   *
   * @return the condition
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getCondition();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableRequirement.Builder builder() {
    return ImmutableRequirement.builder();
  }
}
