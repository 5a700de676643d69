package id.standarpelayanan.skm;

import id.standarpelayanan.model.Languages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One element (unsur) of the survey: the code that heads its column ({@code U1}) and its name in
 * Indonesian and English.
 *
 * <p>{@link #STANDARD} are the nine elements of PermenPANRB 14/2017 in the guideline's order.
 *
 * @param code the code, such as {@code U1}: letters, digits, {@code _} or {@code -}, not blank
 * @param indonesian the name in Indonesian
 * @param english the name in English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Element(String code, String indonesian, String english) {

  /** The nine elements of PermenPANRB 14/2017, Lampiran, in its order. */
  public static final List<Element> STANDARD =
      List.of(
          new Element("U1", "Persyaratan", "Requirements"),
          new Element(
              "U2", "Sistem, mekanisme, dan prosedur", "Systems, mechanisms and procedures"),
          new Element("U3", "Waktu penyelesaian", "Completion time"),
          new Element("U4", "Biaya/tarif", "Fee/tariff"),
          new Element("U5", "Produk spesifikasi jenis pelayanan", "Product specification"),
          new Element("U6", "Kompetensi pelaksana", "Implementer competence"),
          new Element("U7", "Perilaku pelaksana", "Implementer behaviour"),
          new Element(
              "U8",
              "Penanganan pengaduan, saran, dan masukan",
              "Handling of complaints, suggestions and feedback"),
          new Element("U9", "Sarana dan prasarana", "Facilities"));

  /**
   * Checks the element.
   *
   * @throws IllegalArgumentException when the code is not of letters, digits, {@code _} or {@code
   *     -}, or a name is blank
   */
  public Element {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(indonesian, "indonesian");
    Objects.requireNonNull(english, "english");
    if (!code.matches("[A-Za-z0-9_-]{1,32}")) {
      throw new IllegalArgumentException(
          "element code must be 1 to 32 letters, digits, _ or -: " + code);
    }
    if (indonesian.isBlank() || english.isBlank()) {
      throw new IllegalArgumentException("element " + code + " needs both names");
    }
  }

  /**
   * Returns the name in the library's language for {@code locale}.
   *
   * @param locale the locale; English for English, Indonesian otherwise
   * @return the name
   */
  public String name(Locale locale) {
    return Languages.supported(locale).equals(Locale.ENGLISH) ? english : indonesian;
  }
}
