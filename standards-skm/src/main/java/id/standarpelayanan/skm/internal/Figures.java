package id.standarpelayanan.skm.internal;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.skm.Fraction;
import java.util.Locale;
import java.util.Optional;

/** The roundings figures are shown with, and the language's decimal separator. */
final class Figures {

  /** Decimals of a mean, a weighted mean and the index. */
  static final int MEAN_SCALE = 3;

  private Figures() {}

  /** A figure rounded half up, with a decimal comma in Indonesian. */
  static String show(Fraction value, int scale, Locale locale) {
    String text = value.round(scale).toPlainString();
    return Languages.supported(locale).equals(Locale.ENGLISH) ? text : text.replace('.', ',');
  }

  static String show(Optional<Fraction> value, int scale, Locale locale) {
    return value.map(v -> show(v, scale, locale)).orElse("-");
  }
}
