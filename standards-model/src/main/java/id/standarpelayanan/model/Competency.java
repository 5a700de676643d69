package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * Component 8, one competence (kompetensi pelaksana) implementers must have, in one of the four
 * dimensions: knowledge, expertise, skill, experience.
 */
@Value.Immutable
public interface Competency {

  /**
   * Returns the dimension.
   *
   * @return the dimension
   */
  CompetencyDimension getDimension();

  /**
   * Returns the competence, e.g. "Memahami regulasi pendidikan madrasah".
   *
   * @return the description
   */
  @NotBlankIfPresent
  @Size(max = TextLimits.TEXT)
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
