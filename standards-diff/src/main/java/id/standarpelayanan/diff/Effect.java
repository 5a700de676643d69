package id.standarpelayanan.diff;

import id.standarpelayanan.diff.internal.Texts;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a change means for the public (the users of the service), the question a public consultation
 * forum and the head who signs the decree ask of an update.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Effect {
  /**
   * The public must do, wait or pay more, or loses a way in: a requirement added, a longer time, a
   * fee introduced or raised, a channel or a facility removed, shorter service hours.
   */
  BURDENS,
  /** The opposite of {@link #BURDENS}: less to do, wait or pay, or a new way in. */
  RELIEVES,
  /** Nothing changes for the public: wording, the order of equal items, the decree's data. */
  NEUTRAL,
  /**
   * The reader must judge, never guessed: the values cannot be compared exactly (months against
   * working days where the order depends on the calendar), or the effect depends on what the
   * document does not say (a service withdrawn or added: where it went, what the new one asks).
   */
  UNDETERMINED;

  /**
   * Returns the effect of the inverse change (new to old).
   *
   * @return {@link #RELIEVES} for {@link #BURDENS} and the reverse; the others unchanged
   */
  public Effect inverse() {
    return switch (this) {
      case BURDENS -> RELIEVES;
      case RELIEVES -> BURDENS;
      default -> this;
    };
  }

  /**
   * Returns the label of this effect in the language of {@code locale}: English for an English
   * locale, Indonesian for any other.
   *
   * @param locale the locale
   * @return the label, for example "membebani"
   */
  public String label(Locale locale) {
    return Texts.of(Objects.requireNonNull(locale, "locale")).text("effect." + name());
  }
}
