package id.standarpelayanan.model;

import jakarta.validation.Valid;
import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Component 4, completion time (jangka waktu penyelesaian): the longest the whole process takes,
 * from a complete application to the product.
 */
@Value.Immutable
public interface CompletionTime {

  /**
   * Returns the longest time the service takes. A standard must state it as a measurable span.
   *
   * @return the span
   */
  Optional<@Valid TimeSpan> getMaximum();

  /**
   * Returns a note on the time, e.g. "sejak berkas dinyatakan lengkap".
   *
   * @return the note
   */
  Optional<@NotBlankIfPresent @Size(max = TextLimits.TEXT) String> getDescription();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableCompletionTime.Builder builder() {
    return ImmutableCompletionTime.builder();
  }
}
