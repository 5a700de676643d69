package id.standarpelayanan.cli.internal;

import id.standarpelayanan.model.Pointer;
import id.standarpelayanan.model.internal.text.Printable;
import id.standarpelayanan.rules.Report;

/** What checking one document (or one record of it) gave. */
public sealed interface Outcome {

  /**
   * Returns the name of the document.
   *
   * @return the source's name
   */
  String source();

  /**
   * Returns the document as a relative URI reference, for SARIF.
   *
   * @return the URI
   */
  String uri();

  /**
   * A document or record that was read and checked.
   *
   * @param source the document's name
   * @param uri the document as a URI reference
   * @param prefix the JSON Pointer of the checked standard within the document (the root for a
   *     whole document, {@code /3} for the fourth record of an array or NDJSON file)
   * @param report the report, with pointers relative to the checked value
   */
  record Checked(String source, String uri, Pointer prefix, Report report) implements Outcome {}

  /**
   * A document or record that could not be read.
   *
   * @param source the document's name
   * @param uri the document as a URI reference
   * @param code the error code ({@code ReadErrorCode} name, or {@code NOT_FOUND}/{@code IO})
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

    /** The codes of a file that could not be opened: their message names the file itself. */
    public static final java.util.Set<String> FILE_ERRORS =
        java.util.Set.of("NOT_FOUND", "IS_DIRECTORY", "NOT_REGULAR_FILE", "ACCESS_DENIED", "IO");

    /**
     * Returns the one line a person reads, the location once: {@code file:line:column: message
     * (pointer …)}, the file name escaped, the whole document shown as "(dokumen)"/"(document)".
     *
     * @param language the language
     * @return the line
     */
    public String describe(Language language) {
      if (FILE_ERRORS.contains(code)) {
        return message;
      }
      String where =
          Printable.of(source, Printable.DEFAULT_LENGTH)
              + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
      String shown = pointer.isEmpty() ? language.message("error.document") : Printable.of(pointer);
      String at =
          record >= 0
              ? language.message("error.atRecord", String.valueOf(record), shown)
              : language.message("error.atPointer", shown);
      return language.message("error.readFailed", where, message, at);
    }
  }

  /**
   * A document whose reading or checking failed inside the tool (an internal failure, not bad
   * data): a virtual machine error such as an {@code OutOfMemoryError} or a {@code
   * StackOverflowError}, or an unexpected exception. Exit code {@code 3}.
   *
   * @param source the document's name
   * @param uri the document as a URI reference
   * @param failure what failed: the exception's type and (escaped) message
   */
  record Failed(String source, String uri, String failure) implements Outcome {

    /**
     * Returns the one line a person reads: {@code file: internal failure …}.
     *
     * @param language the language
     * @return the line
     */
    public String describe(Language language) {
      return language.message("error.internal", Printable.of(source), failure);
    }
  }
}
