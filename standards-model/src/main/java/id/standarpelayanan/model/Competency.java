package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 8, one competence (kompetensi pelaksana) implementers must have: in one of the four
 * statutory dimensions (knowledge, expertise, skill, experience), as a qualification (minimum
 * education, certification, training), or both, as the document writes it.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Competency {

  /**
   * Returns the statutory dimension.
   *
   * @return the dimension; empty for a qualification the document does not place in one
   */
  Optional<CompetencyDimension> getDimension();

  /**
   * Returns the kind of qualification, when the competence is written as one, e.g. "Minimal
   * SMA/sederajat" (education). Since 1.1.
   *
   * @return the qualification
   */
  Optional<QualificationKind> getQualification();

  /**
   * Returns the competence, e.g. "Memahami regulasi pendidikan madrasah".
   *
   * @return the description
   */
  @NotBlankIfPresent
  @XmlCharacters
  @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}")
  String getDescription();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableCompetency.Builder builder() {
    return ImmutableCompetency.builder();
  }
}
