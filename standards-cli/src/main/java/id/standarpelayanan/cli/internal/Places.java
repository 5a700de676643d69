package id.standarpelayanan.cli.internal;

import id.standarpelayanan.model.Component;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.rules.Severity;
import java.util.Optional;

/**
 * Says in words, for people in an office, where a finding lies and how severe it is: "Persyaratan
 * no. 3", "Langkah prosedur no. 5" (numbered from 1, in the report's language) beside the JSON
 * Pointer, and GALAT / PERINGATAN / INFO.
 */
public final class Places {

  private Places() {}

  /**
   * Returns a severity's label in a language.
   *
   * @param severity the severity
   * @param language the language
   * @return the label, e.g. {@code GALAT}
   */
  public static String severity(Severity severity, Language language) {
    return language.message("severity." + severity.name());
  }

  /**
   * Describes the place a pointer within one standard names: its component, and the numbered item
   * of a list within it, as far as the tool has words for it.
   *
   * @param pointer the finding's pointer, relative to a standard or under {@code /standards/N}
   * @param language the language
   * @return the place in words, or empty when the pointer names no component
   */
  public static Optional<String> describe(Pointer pointer, Language language) {
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
    String place = component.get().label(language.locale());
    String path = pointer.token(start);
    for (int i = start + 1; i < pointer.size(); i++) {
      String token = pointer.token(i);
      if (Pointer.isIndex(token) && token.length() < 10) {
        place =
            language.message("place.number", place, String.valueOf(Integer.parseInt(token) + 1));
      } else if (language.has("place." + path + "." + token)) {
        path = path + "." + token;
        place = language.message("place." + path);
      } else {
        break;
      }
    }
    return Optional.of(place);
  }
}
