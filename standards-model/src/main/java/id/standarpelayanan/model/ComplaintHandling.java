package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Component 10, handling of complaints, suggestions and feedback (penanganan pengaduan, saran, dan
 * masukan): the channels, the time to respond, the procedure and who is responsible (UU 25/2009
 * art. 36).
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ComplaintHandling {

  /**
   * Returns the channels through which the public can complain.
   *
   * @return the channels, possibly empty
   */
  List<@Valid Channel> getChannels();

  /**
   * Returns the time within which a complaint is answered.
   *
   * @return the response time
   */
  Optional<@Valid TimeSpan> getResponseTime();

  /**
   * Returns how complaints are handled and followed up.
   *
   * @return the procedure
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.TEXT, message = "{id.standarpelayanan.model.Size.message}") String>
      getProcedure();

  /**
   * Returns the unit or officer responsible for complaints.
   *
   * @return the responsible unit
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getResponsibleUnit();

  /**
   * Returns the officer responsible for complaints, by name or position, e.g. "Kepala Subbagian
   * Tata Usaha" (UU 25/2009 art. 36). Since 1.1.
   *
   * @return the officer
   */
  Optional<
          @NotBlankIfPresent @XmlCharacters
          @Size(max = TextLimits.NAME, message = "{id.standarpelayanan.model.Size.message}") String>
      getResponsibleOfficer();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableComplaintHandling.Builder builder() {
    return ImmutableComplaintHandling.builder();
  }
}
