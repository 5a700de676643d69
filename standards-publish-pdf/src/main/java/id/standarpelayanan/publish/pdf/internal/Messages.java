package id.standarpelayanan.publish.pdf.internal;

import id.standarpelayanan.model.Languages;
import java.util.Locale;
import java.util.ResourceBundle;

/** The PDF module's message bundle ({@code id.standarpelayanan.publish.pdf.Messages}). */
public final class Messages {

  /** The bundle's base name. */
  public static final String BASE_NAME = "id.standarpelayanan.publish.pdf.Messages";

  private Messages() {}

  /**
   * Loads the bundle in the supported language of {@code locale}.
   *
   * @param locale the language wanted
   * @return Indonesian, or English for English
   */
  public static ResourceBundle bundle(Locale locale) {
    return Languages.bundle(BASE_NAME, locale, Messages.class.getModule());
  }
}
