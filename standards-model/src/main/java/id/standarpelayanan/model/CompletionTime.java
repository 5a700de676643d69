package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 4, completion time (jangka waktu penyelesaian): the longest the whole process takes,
 * from a complete application to the product.
 *
 * <p>Real documents write it in many shapes, each with its place: a range ("10–15 menit": {@link
 * #getMinimum()} and {@link #getMaximum()}), a compound value ("10 hari kerja 35 menit": a maximum
 * of 10 working days {@link #getMaximumPlus() plus} 35 minutes), a time per unit ("30 menit per
 * berkas": {@link #getPerUnit()}), a start condition ("sejak berkas lengkap": {@link
 * #getStartCondition()}) and an {@link #getExtension() extension} under a condition.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface CompletionTime {

  /**
   * Returns the longest time the service takes. A standard must state it as a measurable span.
   *
   * @return the span
   */
  Optional<@Valid TimeSpan> getMaximum();

  /**
   * Returns the shortest time the service takes, when the document gives a range. Since 1.1.
   *
   * @return the span
   */
  Optional<@Valid TimeSpan> getMinimum();

  /**
   * Returns the spans added to the {@link #getMaximum() maximum} for a compound value, in the order
   * written: "10 hari kerja 35 menit" is a maximum of 10 working days plus 35 minutes. Since 1.1.
   *
   * @return the further spans, empty for a simple value
   */
  List<@Valid TimeSpan> getMaximumPlus();

  /**
   * Returns the unit the time is given per, e.g. "berkas" for "30 menit per berkas". Since 1.1.
   *
   * @return the unit
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getPerUnit();

  /**
   * Returns the moment the time starts, e.g. "sejak berkas dinyatakan lengkap". Since 1.1.
   *
   * @return the start condition
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getStartCondition();

  /**
   * Returns the extension the document allows under a condition. Since 1.1.
   *
   * @return the extension
   */
  Optional<@Valid TimeExtension> getExtension();

  /**
   * Returns all the parts of the maximum: the maximum followed by {@link #getMaximumPlus()}.
   *
   * @return the parts, empty when no maximum is stated
   */
  default List<TimeSpan> maximumParts() {
    if (getMaximum().isEmpty()) {
      return List.of();
    }
    List<TimeSpan> parts = new ArrayList<>(1 + getMaximumPlus().size());
    parts.add(getMaximum().get());
    parts.addAll(getMaximumPlus());
    return Collections.unmodifiableList(parts);
  }

  /**
   * Returns a note on the time, e.g. a dependency ("jika pejabat berada di tempat").
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
  static ImmutableCompletionTime.Builder builder() {
    return ImmutableCompletionTime.builder();
  }
}
