package id.standarpelayanan.model;

import id.standarpelayanan.model.constraints.NotBlankIfPresent;
import id.standarpelayanan.model.constraints.XmlCharacters;
import id.standarpelayanan.model.internal.TimesOfDay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Opening hours on some days of the week, e.g. Monday to Thursday 08:00–16:00 with a break from
 * 12:00 to 13:00. Since 1.1.
 */
@Value.Immutable
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface ServicePeriod {

  /**
   * Returns the days these hours apply to.
   *
   * @return the days, Monday first, possibly empty in a draft
   */
  Set<DayOfWeek> getDays();

  /**
   * Returns when service opens (jam buka).
   *
   * @return the opening time
   */
  Optional<LocalTime> getOpens();

  /**
   * Returns when service closes (jam tutup).
   *
   * @return the closing time
   */
  Optional<LocalTime> getCloses();

  /**
   * Returns the breaks (istirahat) between opening and closing.
   *
   * @return the breaks, possibly empty
   */
  List<@Valid TimeWindow> getBreaks();

  /**
   * Returns a note, e.g. "pendaftaran ditutup pukul 15.00".
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
  static ImmutableServicePeriod.Builder builder() {
    return ImmutableServicePeriod.builder();
  }

  /** Rejects opening or closing times that are not to the minute. */
  @Value.Check
  default void check() {
    getOpens().ifPresent(time -> TimesOfDay.requireWholeMinute(time, "opens"));
    getCloses().ifPresent(time -> TimesOfDay.requireWholeMinute(time, "closes"));
  }
}
