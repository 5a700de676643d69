package id.standarpelayanan.reports;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.reports.internal.Texts;
import id.standarpelayanan.rules.Severity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Says in words, for people in an office, where a finding lies and how severe it is: "Persyaratan
 * no. 3", "Langkah prosedur no. 5" (numbered from 1, in the report's language) beside the JSON
 * Pointer, and GALAT / PERINGATAN / INFO; what the text report prints, for a web page that shows
 * findings its own way.
 *
 * <p>Languages: English for an English locale, Indonesian for any other.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Places {

  private Places() {}

  /**
   * Returns a severity's label in a language.
   *
   * @param severity the severity
   * @param locale the language
   * @return the label, e.g. {@code GALAT} or {@code ERROR}
   * @throws NullPointerException if an argument is null
   */
  public static String severity(Severity severity, Locale locale) {
    return Texts.message(locale, "severity." + Objects.requireNonNull(severity, "severity").name());
  }

  /**
   * Describes the place a pointer within one standard names: its component, and the numbered item
   * of a list within it, as far as there are words for it.
   *
   * @param pointer the finding's pointer, relative to a standard or under {@code /standards/N}
   * @param locale the language
   * @return the place in words, or empty when the pointer names no component
   * @throws NullPointerException if an argument is null
   */
  public static Optional<String> describe(Pointer pointer, Locale locale) {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(locale, "locale");
    int start =
        pointer.size() >= 2
                && pointer.token(0).equals("standards")
                && Pointer.isIndex(pointer.token(1))
            ? 2
            : 0;
    if (pointer.size() <= start) {
      return Optional.empty();
    }
    Optional<Component> component = Component.ofProperty(pointer.token(start));
    if (component.isEmpty()) {
      return Optional.empty();
    }
    String place = component.get().label(Texts.language(locale));
    String path = pointer.token(start);
    for (int i = start + 1; i < pointer.size(); i++) {
      String token = pointer.token(i);
      if (Pointer.isIndex(token) && token.length() < 10) {
        place =
            Texts.message(
                locale, "place.number", place, String.valueOf(Integer.parseInt(token) + 1));
      } else if (Texts.has(locale, "place." + path + "." + token)) {
        path = path + "." + token;
        place = Texts.message(locale, "place." + path);
      } else {
        break;
      }
    }
    return Optional.of(place);
  }
}
