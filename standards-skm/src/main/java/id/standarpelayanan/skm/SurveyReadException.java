package id.standarpelayanan.skm;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.skm.internal.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Survey responses that cannot be read: what is wrong ({@link Problem}), where (row and column,
 * both counted from one, the header being row 1 of a CSV; respondent number and property in JSON)
 * and the offending text. {@link #getMessage()} is Indonesian; {@link #message(Locale)} gives
 * English too.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SurveyReadException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the responses. Branch on this, never on the message. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public enum Problem {
    /** The input has no data at all (no header, or an empty file). */
    EMPTY,
    /** The header lacks an element's column. */
    MISSING_COLUMN,
    /** Two columns of the header have the same name. */
    DUPLICATE_COLUMN,
    /** A row has more or fewer cells than the header. */
    CELL_COUNT,
    /** An answer is a whole number outside 1–4. */
    OUT_OF_RANGE,
    /** An answer is not a whole number. */
    NOT_A_NUMBER,
    /** A row (a line of the input) is longer than the reader's limit. */
    ROW_TOO_LONG,
    /** The input is not well-formed CSV or JSON, or not of the documented JSON shape. */
    MALFORMED,
    /** More distinct service types than {@link Survey#MAX_SERVICE_TYPES}. */
    TOO_MANY_SERVICE_TYPES
  }

  private final Problem problem;
  private final long row;
  private final int column;
  private final String columnName;
  private final String detail;

  /**
   * Creates the failure.
   *
   * @param problem what is wrong
   * @param row the row (CSV, header = 1) or respondent (JSON, first = 1); 0 when none applies
   * @param column the column, from 1; 0 when none applies
   * @param columnName the column's header or the JSON property, or {@code ""}
   * @param detail the offending text, a count or a limit, as the message needs it, or {@code ""}
   */
  public SurveyReadException(
      Problem problem, long row, int column, String columnName, String detail) {
    super(text(Languages.INDONESIAN, problem, row, column, columnName, detail));
    this.problem = Objects.requireNonNull(problem, "problem");
    this.row = row;
    this.column = column;
    this.columnName = Objects.requireNonNull(columnName, "columnName");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * Returns the row: in a CSV the record, the header being 1; in JSON the respondent, from 1.
   *
   * @return the row, or 0 when the failure has none (an empty input)
   */
  public long row() {
    return row;
  }

  /**
   * Returns the column, from 1.
   *
   * @return the column, or 0 when the failure has none
   */
  public int column() {
    return column;
  }

  /**
   * Returns the column's header (CSV) or the property (JSON).
   *
   * @return the name, or empty
   */
  public Optional<String> columnName() {
    return columnName.isEmpty() ? Optional.empty() : Optional.of(columnName);
  }

  /**
   * Returns the message in a language.
   *
   * @param locale the language; English for English, Indonesian otherwise
   * @return the message, one line
   */
  public String message(Locale locale) {
    return text(locale, problem, row, column, columnName, detail);
  }

  private static String text(
      Locale locale, Problem problem, long row, int column, String columnName, String detail) {
    Texts texts = Texts.of(locale);
    String what =
        texts.format("read." + problem.name(), Printable.of(detail), Printable.of(columnName));
    if (row == 0) {
      return what;
    }
    if (column != 0) {
      return texts.format("read.atCell", row, column, Printable.of(columnName), what);
    }
    return columnName.isEmpty()
        ? texts.format("read.atRow", row, what)
        : texts.format("read.atNamed", row, Printable.of(columnName), what);
  }

  /** Quotes input text in messages: control characters escaped, shortened to 80 characters. */
  private static final class Printable {
    static String of(String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints()
          .limit(80)
          .forEach(
              c -> {
                if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                  out.append(String.format(Locale.ROOT, "\\u%04x", c));
                } else {
                  out.appendCodePoint(c);
                }
              });
      return text.codePointCount(0, text.length()) > 80 ? out + "…" : out.toString();
    }
  }
}
