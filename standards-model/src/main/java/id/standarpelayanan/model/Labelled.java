package id.standarpelayanan.model;

import id.standarpelayanan.model.internal.Labels;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A vocabulary constant with an Indonesian and an English label, for forms and reports.
 *
 * <p>Labels are data, kept in the resource bundle {@code id/standarpelayanan/model/Labels}
 * (Indonesian by default, English in {@code _en}); every constant of every enum of the model has
 * both.
 */
@API(status = API.Status.MAINTAINED, since = "0.1.0")
public interface Labelled {

  /**
   * Returns the constant's name, as {@link Enum#name()}.
   *
   * @return the constant's name
   */
  String name();

  /**
   * Returns the label in the language of {@code locale}: English for an English locale, Indonesian
   * for any other.
   *
   * @param locale the language wanted
   * @return the label, never blank
   */
  default String label(Locale locale) {
    return Labels.label(this, locale);
  }

  /**
   * Returns a sentence that explains the constant, in the language of {@code locale} (English for
   * an English locale, Indonesian for any other).
   *
   * @param locale the language wanted
   * @return the description
   */
  default String description(Locale locale) {
    return ModelLabels.constantDescription((Enum<?>) this, locale);
  }

  /**
   * Returns the Indonesian label.
   *
   * @return the Indonesian label
   */
  default String labelIndonesian() {
    return label(Languages.INDONESIAN);
  }

  /**
   * Returns the English label.
   *
   * @return the English label
   */
  default String labelEnglish() {
    return label(Locale.ENGLISH);
  }
}
