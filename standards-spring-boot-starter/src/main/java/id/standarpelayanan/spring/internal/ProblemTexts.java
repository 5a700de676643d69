package id.standarpelayanan.spring.internal;

import id.standarpelayanan.model.Languages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.springframework.web.context.request.WebRequest;

/** The texts of the problem details, in the language a request asks for. */
public final class ProblemTexts {

  private static final String BUNDLE = "id.standarpelayanan.spring.Messages";
  private static final List<Locale> SUPPORTED = List.of(Languages.INDONESIAN, Locale.ENGLISH);

  private ProblemTexts() {}

  /**
   * Returns the language of a request's answer: English when its {@code Accept-Language} prefers
   * English to Indonesian, Indonesian otherwise (also without the header, or with one that names
   * neither or does not parse).
   *
   * @param request the request
   * @return {@link Locale#ENGLISH} or {@link Languages#INDONESIAN}
   */
  public static Locale language(WebRequest request) {
    Objects.requireNonNull(request, "request");
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return Languages.INDONESIAN;
    }
    try {
      Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
      return found == null ? Languages.INDONESIAN : Languages.supported(found);
    } catch (IllegalArgumentException e) {
      // A malformed header is the client's problem, not a reason to fail the answer.
      return Languages.INDONESIAN;
    }
  }

  /**
   * Returns a text of the bundle, formatted.
   *
   * @param key the key
   * @param language the language
   * @param arguments the arguments of the pattern
   * @return the text
   */
  public static String text(String key, Locale language, Object... arguments) {
    ResourceBundle bundle = Languages.bundle(BUNDLE, language, ProblemTexts.class.getModule());
    return new MessageFormat(bundle.getString(key), Languages.supported(language))
        .format(arguments);
  }
}
