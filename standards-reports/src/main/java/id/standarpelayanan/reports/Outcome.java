package id.standarpelayanan.reports;

import id.standarpelayanan.io.SourcePosition;
import id.standarpelayanan.io.SourcePositions;
import id.standarpelayanan.io.StandardsReadException;
import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.reports.internal.NotRegularFile;
import id.standarpelayanan.reports.internal.Texts;
import id.standarpelayanan.rules.Finding;
import id.standarpelayanan.rules.Report;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What checking one document, or one record of an array or NDJSON document, gave: its {@link
 * Checked report}, the reason it was {@link Unreadable}, or an internal {@link Failed failure}.
 * {@link DocumentChecks} gives outcomes and {@link ReportWriter} writes them.
 *
 * <p>Immutable values; tell them apart by their type ({@code instanceof}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface Outcome {

  /**
   * Returns the name of the document.
   *
   * @return the document's name, as {@link DocumentInput#name()}
   */
  String source();

  /**
   * Returns the document as a URI reference, for SARIF.
   *
   * @return the URI, as {@link DocumentInput#uri()}
   */
  String uri();

  /**
   * Returns what this outcome means for whoever waits for a verdict: passed, findings at ERROR,
   * unreadable, or failed.
   *
   * @return the verdict
   */
  Verdict verdict();

  /**
   * A document or record that was read and checked.
   *
   * @param source the document's name
   * @param uri the document as a URI reference
   * @param prefix the JSON Pointer of the checked value within the document (the root for a whole
   *     document, {@code /3} for the fourth record of an array or NDJSON file)
   * @param report the report, with pointers relative to the checked value
   * @param positions where the checked value's values came from, by pointers relative to it as the
   *     report's are ({@link SourcePositions#none()} when the reader did not keep them)
   */
  record Checked(
      String source, String uri, Pointer prefix, Report report, SourcePositions positions)
      implements Outcome {

    /**
     * Makes the outcome; {@link DocumentChecks} does.
     *
     * @param source the document's name
     * @param uri the document as a URI reference
     * @param prefix the JSON Pointer of the checked value within the document
     * @param report the report
     * @param positions the source positions
     * @throws NullPointerException if an argument is null
     */
    public Checked {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(positions, "positions");
    }

    /**
     * Returns where in the document a finding lies: the position of the value at its pointer or,
     * for a value that is not in the text (a missing property), of the nearest enclosing value. The
     * line is the document's (for a record of NDJSON, the record's own line).
     *
     * @param finding a finding of {@link #report()}
     * @return the position, empty when positions were not kept
     */
    public Optional<SourcePosition> position(Finding finding) {
      return positions.nearest(finding.path());
    }

    /**
     * Returns {@link Verdict#PASSED} when the report passed (no finding at ERROR), {@link
     * Verdict#FINDINGS} otherwise.
     *
     * @return the verdict
     */
    @Override
    public Verdict verdict() {
      return report.passed() ? Verdict.PASSED : Verdict.FINDINGS;
    }
  }

  /**
   * A document or record that could not be read.
   *
   * @param source the document's name
   * @param uri the document as a URI reference
   * @param code the error code: a {@code ReadErrorCode} name, or one of {@link #FILE_ERRORS}
   * @param message the localized message, without the location (document text in it escaped)
   * @param line the line, 0 if unknown
   * @param column the column, 0 if unknown
   * @param pointer the JSON Pointer of the offending value, {@code ""} if none or the whole
   *     document
   * @param record the 0-based index of the record of an array or NDJSON stream, -1 if none
   */
  record Unreadable(
      String source,
      String uri,
      String code,
      String message,
      int line,
      int column,
      String pointer,
      long record)
      implements Outcome {

    /**
     * The codes of a file that could not be opened ({@code NOT_FOUND}, {@code IS_DIRECTORY}, {@code
     * NOT_REGULAR_FILE}, {@code ACCESS_DENIED}, {@code IO}): their message names the file itself.
     */
    public static final Set<String> FILE_ERRORS =
        Set.of("NOT_FOUND", "IS_DIRECTORY", "NOT_REGULAR_FILE", "ACCESS_DENIED", "IO");

    /**
     * Makes the outcome.
     *
     * @param source the document's name
     * @param uri the document as a URI reference
     * @param code the error code
     * @param message the localized message
     * @param line the line, 0 if unknown
     * @param column the column, 0 if unknown
     * @param pointer the JSON Pointer of the offending value, {@code ""} if none
     * @param record the 0-based index of the record, -1 if none
     * @throws NullPointerException if an argument is null
     */
    public Unreadable {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Describes a document the readers refused: the error's code, its description in the language
     * of {@code locale}, line, column, pointer and record.
     *
     * @param input the document
     * @param failure what the reader threw
     * @param locale the language of the message: English for English, Indonesian otherwise
     * @return the outcome
     * @throws NullPointerException if an argument is null
     */
    public static Unreadable of(
        DocumentInput input, StandardsReadException failure, Locale locale) {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(locale, "locale");
      return new Unreadable(
          input.name(),
          input.uri(),
          failure.getCode().name(),
          failure.getDescription(locale),
          failure.getLine(),
          failure.getColumn(),
          failure.getPointer(),
          failure.getRecordIndex().orElse(-1));
    }

    /**
     * Describes a document that could not be opened or read: {@code NOT_FOUND} ({@link
     * NoSuchFileException}), {@code IS_DIRECTORY} or {@code NOT_REGULAR_FILE} (refused by {@link
     * DocumentInput#open()}), {@code ACCESS_DENIED} ({@link AccessDeniedException}), {@code IO}
     * otherwise; the message names the document (escaped).
     *
     * @param input the document
     * @param failure what opening or reading threw
     * @param locale the language of the message: English for English, Indonesian otherwise
     * @return the outcome
     * @throws NullPointerException if an argument is null
     */
    public static Unreadable of(DocumentInput input, IOException failure, Locale locale) {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(locale, "locale");
      String name = Printable.of(input.name());
      if (failure instanceof NoSuchFileException) {
        return fileError(input, "NOT_FOUND", Texts.message(locale, "error.notFound", name));
      }
      if (failure instanceof NotRegularFile e) {
        return fileError(
            input,
            e.directory() ? "IS_DIRECTORY" : "NOT_REGULAR_FILE",
            Texts.message(locale, e.directory() ? "error.isDirectory" : "error.notRegular", name));
      }
      if (failure instanceof AccessDeniedException) {
        return fileError(input, "ACCESS_DENIED", Texts.message(locale, "error.accessDenied", name));
      }
      return fileError(
          input,
          "IO",
          Texts.message(
              locale,
              "error.unreadable",
              name,
              failure.getMessage() == null
                  ? failure.getClass().getSimpleName()
                  : Printable.of(failure.getMessage())));
    }

    private static Unreadable fileError(DocumentInput input, String code, String message) {
      return new Unreadable(input.name(), input.uri(), code, message, 0, 0, "", -1);
    }

    /**
     * Returns {@link Verdict#UNREADABLE}.
     *
     * @return the verdict
     */
    @Override
    public Verdict verdict() {
      return Verdict.UNREADABLE;
    }

    /**
     * Returns the one line a person reads, the location once: {@code file:line:column: message
     * (pointer …)}, the file name escaped, the whole document shown as "(dokumen)"/"(document)";
     * for a file that could not be opened, its message alone.
     *
     * @param locale the language: English for English, Indonesian otherwise
     * @return the line
     */
    public String describe(Locale locale) {
      if (FILE_ERRORS.contains(code)) {
        return message;
      }
      String where =
          Printable.of(source, Printable.DEFAULT_LENGTH)
              + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
      String shown =
          pointer.isEmpty() ? Texts.message(locale, "error.document") : Printable.of(pointer);
      String at =
          record >= 0
              ? Texts.message(locale, "error.atRecord", String.valueOf(record), shown)
              : Texts.message(locale, "error.atPointer", shown);
      return Texts.message(locale, "error.readFailed", where, message, at);
    }
  }

  /**
   * A document whose reading or checking failed inside the library (an internal failure, not bad
   * data): a virtual machine error such as an {@code OutOfMemoryError} or a {@code
   * StackOverflowError}, or an unexpected exception.
   *
   * @param source the document's name
   * @param uri the document as a URI reference
   * @param failure what failed: the exception's type and (escaped) message, see {@link
   *     #text(Throwable)}
   */
  record Failed(String source, String uri, String failure) implements Outcome {

    /**
     * Makes the outcome.
     *
     * @param source the document's name
     * @param uri the document as a URI reference
     * @param failure what failed
     * @throws NullPointerException if an argument is null
     */
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(failure, "failure");
    }

    /**
     * Describes an internal failure while a document was read or checked.
     *
     * @param input the document
     * @param failure the virtual machine error or unexpected exception
     * @return the outcome
     * @throws NullPointerException if an argument is null
     */
    public static Failed of(DocumentInput input, Throwable failure) {
      Objects.requireNonNull(input, "input");
      return new Failed(input.name(), input.uri(), text(failure));
    }

    /**
     * Names a failure in one line, without its stack trace: its type and its message, escaped and
     * shortened.
     *
     * @param failure the failure
     * @return the text, e.g. {@code java.lang.OutOfMemoryError: Java heap space}
     * @throws NullPointerException if {@code failure} is null
     */
    public static String text(Throwable failure) {
      String message = failure.getMessage();
      return failure.getClass().getName() + (message == null ? "" : ": " + Printable.of(message));
    }

    /**
     * Returns {@link Verdict#FAILED}.
     *
     * @return the verdict
     */
    @Override
    public Verdict verdict() {
      return Verdict.FAILED;
    }

    /**
     * Returns the one line a person reads: {@code file: internal failure …}.
     *
     * @param locale the language: English for English, Indonesian otherwise
     * @return the line
     */
    public String describe(Locale locale) {
      return Texts.message(locale, "error.internal", Printable.of(source), failure);
    }
  }
}
