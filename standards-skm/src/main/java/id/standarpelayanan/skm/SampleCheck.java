package id.standarpelayanan.skm;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.rules.Severity;
import id.standarpelayanan.skm.internal.Texts;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A sample measured against the minimum of {@link SampleSize}: a {@link Severity#WARNING} when
 * there are fewer respondents than the population needs, {@link Severity#INFO} otherwise.
 *
 * @param population the number of people served in the period
 * @param minimum the minimum number of respondents for it
 * @param respondents the number of respondents
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SampleCheck(long population, long minimum, long respondents) {

  /**
   * Tells whether the sample reaches the minimum.
   *
   * @return whether {@code respondents >= minimum}
   */
  public boolean sufficient() {
    return respondents >= minimum;
  }

  /**
   * Returns the severity: WARNING for a sample below the minimum, INFO otherwise.
   *
   * @return the severity
   */
  public Severity severity() {
    return sufficient() ? Severity.INFO : Severity.WARNING;
  }

  /**
   * Returns the check as a sentence.
   *
   * @param locale the language; English for English, Indonesian otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return Texts.of(Languages.supported(locale))
        .format(
            sufficient() ? "sample.sufficient" : "sample.insufficient",
            respondents,
            minimum,
            population);
  }
}
