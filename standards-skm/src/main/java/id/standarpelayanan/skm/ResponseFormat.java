package id.standarpelayanan.skm;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The forms survey responses are read from (docs/skm.md describes both).
 *
 * <ul>
 *   <li>{@link #CSV}: one header row naming the columns, the element codes ({@code U1} … {@code
 *       U9}, any case) and any respondent attributes (service type, date, sex, education…), then
 *       one row per respondent; an answer is 1 to 4 or blank. Comma or semicolon separated (the
 *       separator the header uses more), UTF-8 with or without a byte order mark.
 *   <li>{@link #JSON}: {@code {"respondents": [ {"U1": 4, "U2": null, "jenis_layanan": "KTP"} ]}}
 *       or the bare array; an answer is 1 to 4, or null or absent for blank; other properties are
 *       attributes (strings, numbers or booleans).
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ResponseFormat {
  /** Comma- or semicolon-separated values with a header row. */
  CSV,
  /** The JSON object or array described above. */
  JSON;

  /**
   * Returns the lower-case name users type.
   *
   * @return {@code csv} or {@code json}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
