package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 14, performance evaluation of implementers (evaluasi kinerja pelaksana): the methods
 * and how often (UU 25/2009 art. 10: every 3, 6, 12 or 24 months), and the results of community
 * satisfaction surveys.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface PerformanceEvaluation {

  /**
   * Returns the methods used.
   *
   * @return the methods in declaration order, possibly empty
   */
  Set<EvaluationMethod> getMethods();

  /**
   * Returns how often the evaluation is done.
   *
   * @return the frequency
   */
  Optional<EvaluationFrequency> getFrequency();

  /**
   * Returns a description.
   *
   * @return the description
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getDescription();

  /**
   * Returns the community satisfaction surveys (Survei Kepuasan Masyarakat) whose results are
   * recorded. Since 1.1.
   *
   * @return the surveys in the order given, possibly empty
   */
  List<@Valid SatisfactionSurvey> getSatisfactionSurveys();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutablePerformanceEvaluation.Builder builder() {
    return ImmutablePerformanceEvaluation.builder();
  }
}
