package id.standarpelayanan.publish.pdf;

import id.standarpelayanan.model.Languages;
import id.standarpelayanan.publish.pdf.internal.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * A publication that cannot be made into a PDF: what is wrong ({@link Problem}) and, for HTML that
 * is not well-formed, the line and column where reading stopped. {@link #getMessage()} is
 * Indonesian; {@link #message(Locale)} gives English too.
 *
 * <p>The built-in templates always give well-formed HTML; {@link Problem#MALFORMED_HTML} points at
 * a template an office edited ({@code --templates DIR}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PdfPublishException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong. Branch on this, never on the message. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public enum Problem {
    /**
     * The HTML is not well-formed XML (an element left open, an HTML-only entity such as {@code
     * &nbsp;}): the PDF renderer reads XHTML.
     */
    MALFORMED_HTML,
    /** The HTML is longer than {@link PdfPublisher.Builder#maxHtmlLength(int)} allows. */
    TOO_LARGE
  }

  private final Problem problem;
  private final int line;
  private final int column;
  private final long detail;

  /**
   * Creates the failure.
   *
   * @param problem what is wrong
   * @param line the 1-based line where reading stopped, or 0 when none applies
   * @param column the 1-based column where reading stopped, or 0 when none applies
   * @param detail the figure the message names: the limit for {@link Problem#TOO_LARGE}, else 0
   */
  public PdfPublishException(Problem problem, int line, int column, long detail) {
    super(
        text(
            Languages.INDONESIAN,
            Objects.requireNonNull(problem, "problem"),
            line,
            column,
            detail));
    this.problem = problem;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.detail = detail;
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
   * Returns the line of the HTML where reading stopped.
   *
   * @return the 1-based line, or empty when the failure has none
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * Returns the column of the HTML where reading stopped.
   *
   * @return the 1-based column, or empty when the failure has none
   */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /**
   * Returns the message in a language.
   *
   * @param locale the language; English for English, Indonesian otherwise
   * @return the message, one line
   */
  public String message(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return text(locale, problem, line, column, detail);
  }

  private static String text(Locale locale, Problem problem, int line, int column, long detail) {
    ResourceBundle bundle = Messages.bundle(locale);
    String what =
        new MessageFormat(
                bundle.getString("problem." + problem.name()), Languages.supported(locale))
            .format(new Object[] {detail});
    if (line <= 0) {
      return what;
    }
    return new MessageFormat(bundle.getString("problem.at"), Languages.supported(locale))
        .format(new Object[] {line, Math.max(column, 0), what});
  }
}
