package id.standarpelayanan.skm;

import id.standarpelayanan.skm.internal.JsonResult;
import id.standarpelayanan.skm.internal.SvgResult;
import id.standarpelayanan.skm.internal.TextResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The forms a {@link SurveyResult} is written in, in Indonesian or English.
 *
 * <ul>
 *   <li>{@link #TEXT}: a table per element, then the index, converted value and grade, and the same
 *       per service type; figures with the language's decimal separator.
 *   <li>{@link #JSON}: the shape of {@link #schema()} ({@code skm-result.schema.json},
 *       docs/skm.md): exact figures as fractions ({@code "10/3"}) beside their roundings as
 *       numbers.
 *   <li>{@link #SVG}: a bar chart of the elements' means with a {@code <title>} and {@code <desc>};
 *       the same result gives the same bytes.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum SurveyFormat {
  /** Plain text for people. */
  TEXT,
  /** JSON for programs. */
  JSON,
  /** An SVG bar chart. */
  SVG;

  /**
   * Writes a result.
   *
   * @param result the result
   * @param locale the language; English for English, Indonesian otherwise
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(SurveyResult result, Locale locale, Writer out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    switch (this) {
      case TEXT -> TextResult.write(result, locale, out);
      case JSON -> JsonResult.write(result, locale, out);
      case SVG -> SvgResult.write(result, locale, out);
      default -> throw new AssertionError(this);
    }
    out.flush();
  }

  /**
   * Returns the JSON Schema (2020-12) of the {@link #JSON} form.
   *
   * @return the schema's text for {@link #JSON}, empty for the others
   */
  public Optional<String> schema() {
    if (this != JSON) {
      return Optional.empty();
    }
    try (InputStream in = SurveyFormat.class.getResourceAsStream("skm-result.schema.json")) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the lower-case name users type.
   *
   * @return {@code text}, {@code json} or {@code svg}
   */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
