package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A public consultation (konsultasi publik) held on the draft standards with users, the community
 * and stakeholders (UU 25/2009 art. 20, PermenPANRB 15/2014 and 16/2017).
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface PublicConsultation {

  /**
   * Returns the day it was held.
   *
   * @return the date
   */
  Optional<LocalDate> getDate();

  /**
   * Returns its form.
   *
   * @return the form
   */
  Optional<ConsultationForm> getForm();

  /**
   * Returns how many took part.
   *
   * @return one or more
   */
  Optional<
          @Positive(message = "{id.standarpelayanan.model.Positive.message}")
          @Max(value = TextLimits.COUNT, message = "{id.standarpelayanan.model.Max.message}")
          Integer>
      getParticipantCount();

  /**
   * Returns a summary of what was agreed.
   *
   * @return the summary
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getSummary();

  /**
   * Returns the reference of the minutes (berita acara).
   *
   * @return the reference
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.CODE, message = "{id.standarpelayanan.model.Size.message}") String>
      getMinutesReference();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutablePublicConsultation.Builder builder() {
    return ImmutablePublicConsultation.builder();
  }
}
